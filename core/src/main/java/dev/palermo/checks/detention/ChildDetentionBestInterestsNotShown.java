package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import java.time.LocalDate;
import java.util.List;

/**
 * Detention of a child victim not shown to be in the child's best interests: a person who is,
 * or may be, a child and a victim or presumed victim, detained without the detaining authority
 * having shown that the detention is in the child's best interests.
 *
 * <p>Rule: for detained children the detaining authority must be able to demonstrate that the
 * detention is in the child's best interests (seeds/000 line 219); the best interests of the child
 * are a primary consideration (CRC art. 3, seeds/004 line 282). Soft law for the test.
 *
 * <p>Immutable and thread-safe.
 */
public final class ChildDetentionBestInterestsNotShown extends DetentionCheck {
  /** Creates the check. */
  public ChildDetentionBestInterestsNotShown() {
    super("child-detention-best-interests-not-shown", "PAL-C-0104", List.of("sl-det-child-case", "crc-3"),
        List.of("events[detention].bestInterestsShown",
            "persons[].ageEvidence",
            "events[identification].status"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    return List.of(field(d, "bestInterestsShown", d.event().bestInterestsShown().not()),
        child(ctx, d, day), victim(ctx, d, day));
  }
}
