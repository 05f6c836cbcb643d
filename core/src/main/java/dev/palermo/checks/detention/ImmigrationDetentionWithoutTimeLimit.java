package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import java.time.LocalDate;
import java.util.List;

/**
 * Detention for migration status imposed without a specified, limited period. Applies to
 * every migrant, victim or not.
 *
 * <p>Rule: where migrants are detained, it should be for the shortest period of time (seeds/004
 * line 394), reassessed as it extends in time and for the shortest period necessary to prepare
 * return (General Comment 35, seeds/004 line 383). Soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class ImmigrationDetentionWithoutTimeLimit extends DetentionCheck {
  /** Creates the check. */
  public ImmigrationDetentionWithoutTimeLimit() {
    super("immigration-detention-without-time-limit", "PAL-C-0115", List.of("sl-migrant-detention", "sl-gc35-18"),
        List.of("events[detention].periodSpecified",
            "events[detention].type",
            "events[detention].reasons"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    return List.of(field(d, "periodSpecified", d.event().periodSpecified().not()), migration(d));
  }
}
