package dev.palermo.checks.assistance;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Assistance;
import dev.palermo.events.AssistanceCondition;
import dev.palermo.facts.Truth;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shared rule of the checks that assistance is not made conditional: an assistance event
 * whose {@code conditions} include one of the forbidden conditions breaks the rule; one where
 * they are unknown cannot be judged. Subclasses fix the conditions and the provisions.
 *
 * <p>Immutable and thread-safe.
 */
abstract class ConditionCheck extends AbstractCheck {
  private final Set<AssistanceCondition> forbidden;

  ConditionCheck(String id, String code, List<String> provisionIds,
      Set<AssistanceCondition> forbidden) {
    super(id, code, Stage.ASSISTANCE, provisionIds,
        List.of("events[assistance].conditions", "events[assistance].type"));
    this.forbidden = Set.copyOf(forbidden);
  }

  @Override
  public final List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Assistance> a : ctx.events(Assistance.class)) {
      Truth conditional = a.event().conditions().anyOf(forbidden);
      if (conditional.isTrue()) {
        String which = forbidden.stream().filter(c -> a.event().conditions().status(c).isTrue())
            .sorted().map(AssistanceCondition::code).collect(Collectors.joining(", "));
        out.add(finding(ctx.profileOn(ctx.dayOf(a)), a.at("conditions"),
            a.event().type().code(), which));
      } else if (!conditional.isKnown()) {
        out.add(cannotTell(a.at("conditions"), a.event().type().code()));
      }
    }
    return out;
  }
}
