package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import java.time.LocalDate;
import java.util.List;

/**
 * Detention of a victim without judicial review (the judicial-review condition).
 *
 * <p>Rule: even lawful case-by-case detention requires judicial oversight of its ongoing legality
 * and necessity (seeds/000 lines 207, 219); detention not subject to judicial or administrative
 * review that can confirm its legality and continued necessity, and order release, violates human
 * rights law (seeds/004 line 410). Soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class DetentionWithoutJudicialReview extends DetentionCheck {
  /** Creates the check. */
  public DetentionWithoutJudicialReview() {
    super("detention-without-judicial-review", "PAL-C-0111", List.of("sl-det-safeguards", "sl-det-unlawful-tests"),
        List.of("events[detention].judicialReview",
            "events[identification].status"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    return List.of(field(d, "judicialReview", d.event().judicialReview().not()),
        victim(ctx, d, day));
  }
}
