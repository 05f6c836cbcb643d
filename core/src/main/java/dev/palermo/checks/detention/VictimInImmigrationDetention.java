package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import dev.palermo.events.DetentionKind;
import dev.palermo.facts.Truth;
import java.time.LocalDate;
import java.util.List;

/**
 * A victim or presumed victim held in immigration detention.
 *
 * <p>Rule: trafficked persons should not be held in immigration detention centres (OHCHR
 * Guideline 6.2, seeds/004 line 368); migrants who survived trafficking must not be detained
 * (Working Group on Arbitrary Detention, seeds/004 line 385). Soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class VictimInImmigrationDetention extends DetentionCheck {
  /** Creates the check. */
  public VictimInImmigrationDetention() {
    super("victim-in-immigration-detention", "PAL-C-0113", List.of("rpg-g6-2", "sl-wgad-rd5"),
        List.of("events[detention].type",
            "events[identification].status"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    if (d.event().type() != DetentionKind.IMMIGRATION_DETENTION) {
      return List.of();
    }
    return List.of(field(d, "type", Truth.TRUE), victim(ctx, d, day));
  }
}
