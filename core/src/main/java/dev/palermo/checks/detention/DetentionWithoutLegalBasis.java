package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import dev.palermo.events.LegalBasis;
import dev.palermo.facts.Truth;
import java.time.LocalDate;
import java.util.List;

/**
 * Detention of a victim without a legal basis (the legality condition): a victim or presumed
 * victim detained with no legal basis recorded as such ({@code legalBasis = none}); when the
 * legal basis is not recorded at all, the check cannot tell.
 *
 * <p>Rule: detention violates human rights law if it is not specifically provided for in law or
 * is contrary to law (seeds/004 line 410); case-by-case detention must meet legality (seeds/000
 * line 207); no detention may be arbitrary (ICCPR art. 9, seeds/004 line 383). Soft law for the
 * test.
 *
 * <p>Immutable and thread-safe.
 */
public final class DetentionWithoutLegalBasis extends DetentionCheck {
  /** Creates the check. */
  public DetentionWithoutLegalBasis() {
    super("detention-without-legal-basis", "PAL-C-0107", List.of("sl-det-unlawful-tests", "sl-det-case", "hr-iccpr-9"),
        List.of("events[detention].legalBasis",
            "events[identification].status"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    Truth none = d.event().legalBasis().map(b -> Truth.of(b == LegalBasis.NONE))
        .orElse(Truth.UNKNOWN);
    return List.of(field(d, "legalBasis", none), victim(ctx, d, day));
  }
}
