package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import java.time.LocalDate;
import java.util.List;

/**
 * Detention of a child victim without showing that no reasonable alternative exists: a person
 * who is, or may be, a child and a victim or presumed victim, detained without the detaining
 * authority having shown that no reasonable alternative option was available.
 *
 * <p>Rule: the detaining authority must be able to demonstrate that there is no reasonable
 * alternative option available (seeds/000 line 219). Soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChildDetentionAlternativeNotExcluded extends DetentionCheck {
  /** Creates the check. */
  public ChildDetentionAlternativeNotExcluded() {
    super("child-detention-alternative-not-excluded", "PAL-C-0105", List.of("sl-det-child-case", "crc-3"),
        List.of("events[detention].noAlternativeShown",
            "persons[].ageEvidence",
            "events[identification].status"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    return List.of(field(d, "noAlternativeShown", d.event().noAlternativeShown().not()),
        child(ctx, d, day), victim(ctx, d, day));
  }
}
