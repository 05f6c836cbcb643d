package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import java.time.LocalDate;
import java.util.List;

/**
 * Routine detention of a child victim: a person who is, or may be, a child (age uncertain:
 * treated as a child, seeds/004 line 282) and a victim or presumed victim, held under a routine
 * policy.
 *
 * <p>Rule: routine detention of trafficked children is directly contrary to international law and
 * cannot be justified under any circumstances (seeds/000 line 205; seeds/003 line 278). Soft law
 * stating an absolute rule: never satisfied while the detention is routine.
 *
 * <p>Immutable and thread-safe.
 */
public final class RoutineDetentionOfChild extends DetentionCheck {
  /** Creates the check. */
  public RoutineDetentionOfChild() {
    super("routine-detention-of-child", "PAL-C-0103", List.of("sl-det-child-routine", "sl-sr-17-35"),
        List.of("events[detention].routinePolicy",
            "persons[].ageEvidence",
            "events[age-determination]",
            "events[identification].status"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    return List.of(field(d, "routinePolicy", d.event().routinePolicy()), child(ctx, d, day),
        victim(ctx, d, day));
  }
}
