package dev.palermo.checks.identification;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.ReturnDecision;
import dev.palermo.events.ReturnKind;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a person who may be a victim is not deported before screening has ruled out that
 * possibility.
 *
 * <p>Rule: a person recorded as a possible victim, or not yet screened while the recorded conduct
 * against the person meets the definition, is not deported until a screening is completed.
 * Encodes the presumption of victim status ({@code seeds/004_a416d8ba61ae2dbe.txt:266}, 100; Bali
 * Process, 106), the harm of deporting persons "without being appropriately and accurately
 * identified and referred" ({@code seeds/004…:307}) and OHCHR RPG Guideline 2: "a failure to
 * identify a trafficked person correctly is likely to result in a further denial of that person's
 * rights" ({@code seeds/004…:258}). Strength: soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class PresumedVictimRemovedBeforeScreening extends AbstractCheck {
  /** Creates the check. */
  public PresumedVictimRemovedBeforeScreening() {
    super("presumed-victim-removed-before-screening", "PAL-C-0002", Stage.IDENTIFICATION,
        List.of("sl-presumption-victim", "rpg-g2"),
        List.of("events[return-decision].type", "events[return-decision].when",
            "events[identification].status", "events[identification].screeningCompleted",
            "conducts"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<ReturnDecision> r : ctx.events(ReturnDecision.class)) {
      if (r.event().type() != ReturnKind.DEPORTATION) {
        continue;
      }
      LocalDate day = ctx.dayOf(r);
      Screening.Known may = Screening.mayBeUnscreenedVictim(ctx, r.event().person(), day);
      switch (may.truth()) {
        case TRUE:
          out.add(finding(ctx.profileOn(day), r.at("type"), day.toString()));
          break;
        case UNKNOWN:
          out.add(cannotTell(may.unknownAt(), day.toString()));
          break;
        default:
          break;
      }
    }
    return out;
  }
}
