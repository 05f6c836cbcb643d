package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import java.time.LocalDate;
import java.util.List;

/**
 * Routine detention of victims: a victim or presumed victim held under a routine policy (rather
 * than an individual decision), in a detention facility or in a public or private shelter.
 *
 * <p>Rule: routine detention of victims or suspected victims, applied generally as a matter of
 * policy, law or practice, is prima facie unlawful (seeds/000 line 205; seeds/004 line 410 "as a
 * matter of policy"; the Special Rapporteur, seeds/003 line 278). It violates the prohibitions of
 * unlawful and arbitrary detention (ICCPR art. 9, seeds/004 line 383). Soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class RoutineDetention extends DetentionCheck {
  /** Creates the check. */
  public RoutineDetention() {
    super("routine-detention", "PAL-C-0100", List.of("sl-det-routine", "sl-sr-17-35", "hr-iccpr-9"),
        List.of("events[detention].routinePolicy",
            "events[detention].freeToLeave",
            "events[identification].status"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    return List.of(field(d, "routinePolicy", d.event().routinePolicy()), victim(ctx, d, day));
  }
}
