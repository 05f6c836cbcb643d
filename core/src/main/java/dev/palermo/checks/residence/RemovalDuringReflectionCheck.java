package dev.palermo.checks.residence;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.ReflectionPeriod;
import dev.palermo.events.ReturnDecision;
import dev.palermo.events.ReturnKind;
import dev.palermo.person.PersonId;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shape of the two checks on removal during a reflection period, one for persons who are or
 * may be children and one for adults: a deportation, or a return known not to be voluntary,
 * decided on a day inside a reflection period of the same person. A return decision or a
 * reflection period without dates leaves the check unable to tell; a voluntary return and an
 * extradition not known to be forced are not removals for this rule.
 *
 * <p>Message arguments: {@code {0}} the return kind code, {@code {1}} the day of the decision,
 * {@code {2}} the first day of the reflection period ({@code -} when unknown). Subclasses are
 * final, immutable and thread-safe.
 */
abstract class RemovalDuringReflectionCheck extends AbstractCheck {
  private final boolean children;

  RemovalDuringReflectionCheck(String id, String code, List<String> provisionIds,
      boolean children) {
    super(id, code, Stage.RETURN, provisionIds,
        List.of("events[return-decision].when", "events[return-decision].type",
            "events[return-decision].voluntary", "events[reflection-period].when",
            "persons[].ageEvidence"));
    this.children = children;
  }

  @Override
  public final List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<ReturnDecision> r : ctx.events(ReturnDecision.class)) {
      ReturnDecision decision = r.event();
      boolean removal = decision.type() == ReturnKind.DEPORTATION
          || decision.voluntary().isFalse();
      PersonId person = decision.person();
      List<Located<ReflectionPeriod>> periods = ctx.events(ReflectionPeriod.class, person);
      LocalDate day = ctx.dayOf(r);
      if (!removal || periods.isEmpty() || ctx.mayBeChild(person, day) != children) {
        continue;
      }
      String kind = decision.type().code();
      if (r.day().isEmpty()) {
        out.add(cannotTell(r.at("when"), kind, "-", "-"));
        continue;
      }
      Optional<JsonPointer> unknown = Optional.empty();
      Optional<Located<ReflectionPeriod>> inside = Optional.empty();
      for (Located<ReflectionPeriod> p : periods) {
        if (p.event().when().isEmpty()) {
          unknown = unknown.isPresent() ? unknown : Optional.of(p.at("when"));
        } else if (p.event().when().get().contains(day)) {
          inside = Optional.of(p);
          break;
        }
      }
      if (inside.isPresent()) {
        out.add(finding(ctx.profileOn(day), r.at("when"), kind, day.toString(),
            inside.get().event().when().get().start().toString()));
      } else if (unknown.isPresent()) {
        out.add(cannotTell(unknown.get(), kind, day.toString(), "-"));
      }
    }
    return out;
  }
}
