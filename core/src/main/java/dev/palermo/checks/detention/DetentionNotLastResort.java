package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import java.time.LocalDate;
import java.util.List;

/**
 * Detention of a victim that was not a measure of last resort (the last-resort condition).
 *
 * <p>Rule: it is probable that necessity, legality and proportionality would only support victim
 * detention shown to be a last resort, in response to credible and specific threats to that
 * victim's safety (seeds/000 line 207). An emerging norm ("It is probable"): a recommendation in
 * every jurisdiction.
 *
 * <p>Immutable and thread-safe.
 */
public final class DetentionNotLastResort extends DetentionCheck {
  /** Creates the check. */
  public DetentionNotLastResort() {
    super("detention-not-last-resort", "PAL-C-0110", List.of("sl-det-last-resort", "sl-det-case"),
        List.of("events[detention].lastResort",
            "events[identification].status"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    return List.of(field(d, "lastResort", d.event().lastResort().not()), victim(ctx, d, day));
  }
}
