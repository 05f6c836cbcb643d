package dev.palermo.checks.residence;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.AssistanceCondition;
import dev.palermo.events.ReflectionPeriod;
import dev.palermo.facts.Truth;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A reflection period conditioned on cooperation: a period, or the assistance given during it,
 * made conditional on cooperation with the authorities, testimony or a charge against the
 * trafficker.
 *
 * <p>Rule: reflection and recovery periods come with assistance "not conditioned on cooperation
 * with authorities" (seeds/000 line 615); the period lets the victim make an informed decision on
 * cooperating (UNICEF, seeds/003 line 276), and tying it to cooperation and testimony "defeats the
 * very purpose" of the period (the Special Rapporteur, seeds/003 line 286). Soft law: a
 * recommendation.
 *
 * <p>Message arguments: {@code {0}} the first day of the period ({@code -} when undated).
 * Immutable and thread-safe.
 */
public final class ReflectionPeriodConditional extends AbstractCheck {
  private static final List<AssistanceCondition> TIES = List.of(AssistanceCondition.COOPERATION,
      AssistanceCondition.TESTIMONY, AssistanceCondition.CHARGE_AGAINST_TRAFFICKER);

  /** Creates the check. */
  public ReflectionPeriodConditional() {
    super("reflection-period-conditional", "PAL-C-0135", Stage.RESIDENCE,
        List.of("sl-reflection-encouraged", "sl-sr-17-35", "sl-unicef-reflection"),
        List.of("events[reflection-period].conditions"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<ReflectionPeriod> p : ctx.events(ReflectionPeriod.class)) {
      Truth tied = p.event().conditions().anyOf(TIES);
      String day = p.day().map(LocalDate::toString).orElse("-");
      if (tied.isTrue()) {
        out.add(finding(ctx.profileOn(ctx.dayOf(p)), p.at("conditions"), day));
      } else if (!tied.isKnown()) {
        out.add(cannotTell(p.at("conditions"), day));
      }
    }
    return out;
  }
}
