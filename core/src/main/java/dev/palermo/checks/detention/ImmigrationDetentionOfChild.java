package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import java.time.LocalDate;
import java.util.List;

/**
 * Immigration detention of a child: a person who is, or may be, a child, held in immigration
 * detention or detained for irregular entry or stay or to prepare return. Applies to every
 * migrant, victim or not.
 *
 * <p>Rule: children should never be detained or separated from their families, in accordance
 * with the best interests of the child (seeds/004 line 396); detaining children on the basis of
 * their parents' migration status always violates the child's rights (seeds/004 lines 385-387).
 * Soft law stating an absolute rule.
 *
 * <p>Immutable and thread-safe.
 */
public final class ImmigrationDetentionOfChild extends DetentionCheck {
  /** Creates the check. */
  public ImmigrationDetentionOfChild() {
    super("immigration-detention-of-child", "PAL-C-0106", List.of("sl-migrant-detention", "sl-wgad-rd5"),
        List.of("events[detention].type",
            "events[detention].reasons",
            "persons[].ageEvidence",
            "events[age-determination]"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    return List.of(migration(d), child(ctx, d, day));
  }
}
