package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import java.time.LocalDate;
import java.util.List;

/**
 * Detention of a victim for a prolonged, unspecified or indefinite period.
 *
 * <p>Rule: detention imposed for a prolonged, unspecified or indefinite period violates human
 * rights law (seeds/004 line 410); a restriction of movement on grounds of security should be
 * exceptional and for a limited time (seeds/004 line 414); victims kept in shelters indefinitely
 * for their testimony (seeds/004 line 597). Soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class IndefiniteDetention extends DetentionCheck {
  /** Creates the check. */
  public IndefiniteDetention() {
    super("indefinite-detention", "PAL-C-0116", List.of("sl-det-unlawful-tests", "sl-shelter-consent"),
        List.of("events[detention].periodSpecified",
            "events[identification].status"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    return List.of(field(d, "periodSpecified", d.event().periodSpecified().not()),
        victim(ctx, d, day));
  }
}
