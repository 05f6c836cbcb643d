package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import java.time.LocalDate;
import java.util.List;

/**
 * Detention for migration status that was not a measure of last resort. Applies to every
 * migrant, victim or not.
 *
 * <p>Rule: any deprivation of liberty of migrants on the basis of their migration status should
 * be a measure of last resort (seeds/004 line 393); immigration detention must be justified as
 * reasonable, necessary and proportionate (Human Rights Committee General Comment 35, seeds/004
 * line 383). Soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class ImmigrationDetentionNotLastResort extends DetentionCheck {
  /** Creates the check. */
  public ImmigrationDetentionNotLastResort() {
    super("immigration-detention-not-last-resort", "PAL-C-0114", List.of("sl-migrant-detention", "sl-gc35-18"),
        List.of("events[detention].lastResort",
            "events[detention].type",
            "events[detention].reasons"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    return List.of(field(d, "lastResort", d.event().lastResort().not()), migration(d));
  }
}
