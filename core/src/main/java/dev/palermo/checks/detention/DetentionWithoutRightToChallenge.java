package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import java.time.LocalDate;
import java.util.List;

/**
 * Detention of a victim without a right to challenge it (the right-to-challenge condition).
 *
 * <p>Rule: States must guarantee the detained person an enforceable right to challenge the fact of
 * detention (seeds/000 lines 207, 219). Soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class DetentionWithoutRightToChallenge extends DetentionCheck {
  /** Creates the check. */
  public DetentionWithoutRightToChallenge() {
    super("detention-without-right-to-challenge", "PAL-C-0112", List.of("sl-det-safeguards"),
        List.of("events[detention].rightToChallenge",
            "events[identification].status"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    return List.of(field(d, "rightToChallenge", d.event().rightToChallenge().not()),
        victim(ctx, d, day));
  }
}
