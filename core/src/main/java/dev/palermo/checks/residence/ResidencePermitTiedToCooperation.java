package dev.palermo.checks.residence;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.AssistanceCondition;
import dev.palermo.events.ResidencePermit;
import dev.palermo.facts.Truth;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A residence permit tied to testimony or cooperation: a permit whose conditions include
 * cooperation with the authorities or giving evidence.
 *
 * <p>Rule: a temporary residence permit granted on condition that the victim provides evidence
 * "defeats the very purpose of a reflection and recovery period", being tied to the willingness
 * to cooperate and testify (the Special Rapporteur, A/HRC/17/35 para. 50, seeds/003 lines 264-276
 * and 286); support, possibly including a right to stay, is due irrespective of the victim's
 * involvement in the criminal justice process (Working Group 2009, seeds/001 line 111);
 * permits to remain (TIP Protocol art. 7, seeds/003 line 258). Soft law: a recommendation.
 *
 * <p>Message arguments: {@code {0}} the first day of the permit ({@code -} when undated).
 * Immutable and thread-safe.
 */
public final class ResidencePermitTiedToCooperation extends AbstractCheck {
  private static final List<AssistanceCondition> TIES =
      List.of(AssistanceCondition.COOPERATION, AssistanceCondition.TESTIMONY);

  /** Creates the check. */
  public ResidencePermitTiedToCooperation() {
    super("residence-permit-tied-to-cooperation", "PAL-C-0134", Stage.RESIDENCE,
        List.of("sl-sr-17-35", "sl-wg-2009-13", "tip-7-1"),
        List.of("events[residence-permit].conditions"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<ResidencePermit> p : ctx.events(ResidencePermit.class)) {
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
