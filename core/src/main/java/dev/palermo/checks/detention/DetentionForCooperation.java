package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import dev.palermo.events.DetentionReason;
import dev.palermo.facts.Truth;
import java.time.LocalDate;
import java.util.List;

/**
 * Detention of a victim to secure cooperation or testimony, or because the person would not
 * cooperate.
 *
 * <p>Rule: victims are deprived of their liberty contrary to international law when detained for
 * unwillingness to cooperate in criminal proceedings (seeds/004 lines 400-410; also seeds/000 line
 * 203 on shelter detention to secure cooperation, and seeds/004 lines 597-599); shelter must not
 * depend on willingness to give evidence (OHCHR Guideline 6.2, seeds/004 line 368); detention
 * diminishes cooperation (the Special Rapporteur, seeds/003 line 292). Soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class DetentionForCooperation extends DetentionCheck {
  /** Creates the check. */
  public DetentionForCooperation() {
    super("detention-for-cooperation", "PAL-C-0117", List.of("sl-det-unlawful-tests", "rpg-g6-2", "sl-sr-17-35"),
        List.of("events[detention].reasons",
            "events[identification].status"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    Truth cooperation = d.event().reasons().anyOf(
        List.of(DetentionReason.SECURE_TESTIMONY, DetentionReason.NON_COOPERATION));
    return List.of(field(d, "reasons", cooperation), victim(ctx, d, day));
  }
}
