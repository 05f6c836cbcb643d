package dev.palermo.checks.sanctions;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The sanctions checks, in a stable order. Thread-safe; has no instances.
 */
public final class SanctionsChecks {
  private SanctionsChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return List.of(
        new SanctionBelowProfileFloor(),
        new MandatoryMinimumApplied(),
        new DeathPenaltyImposed(),
        new DeathPenaltyNotMostSeriousCrime(),
        new DeathPenaltyAfterUnfairTrial(),
        new ChildOffenderDeathPenalty(),
        new ChildOffenderLifeWithoutRelease(),
        new DeathPenaltyPregnantWoman(),
        new CorporalPunishmentImposed(),
        new AggravationsNotConsidered(),
        new ForeignConvictionsNotConsidered(),
        new FormerVictimNotConsideredInMitigation(),
        new LegalPersonNotSanctionable());
  }
}
