package dev.palermo.checks.identification;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Identification;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a person is recorded as not a victim only after a completed screening.
 *
 * <p>Rule: "a presumption that a person who may be a victim of trafficking is a victim should
 * apply, until further screening takes place to rule out this possibility"
 * ({@code seeds/004_a416d8ba61ae2dbe.txt:266}); "a failure to identify a trafficked person
 * correctly is likely to result in a further denial of that person's rights" (OHCHR RPG
 * Guideline 2, {@code seeds/004…:258}). Strength: soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScreenedOutWithoutScreening extends AbstractCheck {
  /** Creates the check. */
  public ScreenedOutWithoutScreening() {
    super("screened-out-without-screening", "PAL-C-0004", Stage.IDENTIFICATION,
        List.of("sl-presumption-victim", "rpg-g2"),
        List.of("events[identification].status", "events[identification].screeningCompleted"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Identification> i : ctx.events(Identification.class)) {
      if (i.event().status() != IdentificationStatus.NOT_A_VICTIM) {
        continue;
      }
      switch (i.event().screeningCompleted()) {
        case FALSE:
          out.add(finding(ctx.profileOn(ctx.dayOf(i)), i.at("screeningCompleted"),
              ctx.dayOf(i).toString()));
          break;
        case UNKNOWN:
          out.add(cannotTell(i.at("screeningCompleted")));
          break;
        default:
          break;
      }
    }
    return out;
  }
}
