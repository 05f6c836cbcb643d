package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import dev.palermo.events.DetentionReason;
import dev.palermo.facts.Truth;
import java.time.LocalDate;
import java.util.List;

/**
 * Detention of a victim for illegal entry or residence.
 *
 * <p>Rule: trafficked persons must not be detained for their illegal entry into or residence in
 * countries of transit and destination (OHCHR Principle 7, seeds/004 line 86); States often seek
 * to justify shelter detention by irregular immigration status, which is detention contrary to
 * international law (seeds/004 lines 400-410). Soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class DetentionForImmigrationStatus extends DetentionCheck {
  /** Creates the check. */
  public DetentionForImmigrationStatus() {
    super("detention-for-immigration-status", "PAL-C-0118", List.of("rpg-p7", "sl-det-unlawful-tests"),
        List.of("events[detention].reasons",
            "events[identification].status"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    Truth status = d.event().reasons().status(DetentionReason.IMMIGRATION_STATUS);
    return List.of(field(d, "reasons", status), victim(ctx, d, day));
  }
}
