package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import java.time.LocalDate;
import java.util.List;

/**
 * Detention of a victim whose proportionality was not shown (the proportionality condition).
 *
 * <p>Rule: case-by-case detention must meet proportionality (seeds/000 line 207); detention that
 * is unjust, unpredictable or disproportionate violates human rights law (seeds/004 line 410;
 * ICCPR art. 9, seeds/004 line 383). Soft law for the test.
 *
 * <p>Immutable and thread-safe.
 */
public final class DetentionProportionalityNotShown extends DetentionCheck {
  /** Creates the check. */
  public DetentionProportionalityNotShown() {
    super("detention-proportionality-not-shown", "PAL-C-0109", List.of("sl-det-case", "sl-det-unlawful-tests", "hr-iccpr-9"),
        List.of("events[detention].proportionality",
            "events[identification].status"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    return List.of(field(d, "proportionality", d.event().proportionality().not()),
        victim(ctx, d, day));
  }
}
