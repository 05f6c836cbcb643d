package dev.palermo.checks.assistance;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Assistance;
import dev.palermo.events.AssistanceStatus;
import dev.palermo.facts.Truth;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that assistance offered or given takes account of the person's age, gender and special
 * needs, children's in particular.
 *
 * <p>Rule: TIP Protocol art. 6(4) "requires that States parties take into account the age, gender
 * and special needs of victims of trafficking, in particular the special needs of children, in
 * providing appropriate housing, counselling and information, medical, psychological and material
 * assistance, employment, education and training" ({@code seeds/004_a416d8ba61ae2dbe.txt:21-25};
 * 603: "particular account must be taken of the special needs of children but elderly people may
 * also have special needs"). The provision needs no legislation (25); the check reads whether the
 * needs were taken into account for the assistance. Strength: binding where the Protocol binds.
 *
 * <p>Immutable and thread-safe.
 */
public final class AssistanceNotAdaptedToNeeds extends AbstractCheck {
  /** Creates the check. */
  public AssistanceNotAdaptedToNeeds() {
    super("assistance-not-adapted-to-needs", "PAL-C-0048", Stage.ASSISTANCE,
        List.of("tip-6-4"),
        List.of("events[assistance].status", "events[assistance].needsConsidered"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Assistance> a : ctx.events(Assistance.class)) {
      AssistanceStatus status = a.event().status();
      if (status != AssistanceStatus.GIVEN && status != AssistanceStatus.OFFERED) {
        continue;
      }
      Truth considered = a.event().needsConsidered();
      if (considered.isFalse()) {
        out.add(finding(ctx.profileOn(ctx.dayOf(a)), a.at("needsConsidered"),
            a.event().type().code()));
      } else if (!considered.isKnown()) {
        out.add(cannotTell(a.at("needsConsidered"), a.event().type().code()));
      }
    }
    return out;
  }
}
