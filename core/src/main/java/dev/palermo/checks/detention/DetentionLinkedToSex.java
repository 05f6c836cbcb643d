package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import java.time.LocalDate;
import java.util.List;

/**
 * Detention linked to sex: a victim or presumed victim detained because of the person's sex,
 * for example under a policy of placing women and girls in closed shelters.
 *
 * <p>Rule: international law prohibits, absolutely, the discriminatory detention of victims,
 * including detention linked to the sex of the victim; no justification overrides it (seeds/000
 * line 205; seeds/003 line 278; seeds/004 lines 410, 412). Soft law stating an absolute rule.
 *
 * <p>Immutable and thread-safe.
 */
public final class DetentionLinkedToSex extends DetentionCheck {
  /** Creates the check. */
  public DetentionLinkedToSex() {
    super("detention-linked-to-sex", "PAL-C-0102", List.of("sl-det-sex", "sl-sr-17-35"),
        List.of("events[detention].linkedToSex",
            "events[identification].status"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    return List.of(field(d, "linkedToSex", d.event().linkedToSex()), victim(ctx, d, day));
  }
}
