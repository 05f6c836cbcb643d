package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import java.time.LocalDate;
import java.util.List;

/**
 * Detention of a victim whose necessity was not shown (the necessity condition).
 *
 * <p>Rule: a State may defend victim detention case by case only if it meets the principles of
 * necessity, legality and proportionality (seeds/000 line 207); detention must be subject to
 * review of its continued necessity (seeds/004 line 410; ICCPR art. 9, seeds/004 line 383). Soft
 * law for the test.
 *
 * <p>Immutable and thread-safe.
 */
public final class DetentionNecessityNotShown extends DetentionCheck {
  /** Creates the check. */
  public DetentionNecessityNotShown() {
    super("detention-necessity-not-shown", "PAL-C-0108", List.of("sl-det-case", "sl-det-unlawful-tests", "hr-iccpr-9"),
        List.of("events[detention].necessity",
            "events[identification].status"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    return List.of(field(d, "necessity", d.event().necessity().not()), victim(ctx, d, day));
  }
}
