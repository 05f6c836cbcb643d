package dev.palermo.checks.nonpunishment;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The non-punishment checks, in a stable order. Thread-safe; has no instances.
 */
public final class NonPunishmentChecks {
  private static final List<Check> ALL = List.of(
      new VictimChargedForImmigrationOffence(),
      new CompelledOffencePenalised(),
      new CompelledAsDirectConsequenceOffenceProsecuted(),
      new NonPunishmentSoftLaw(),
      new SmuggledMigrantChargedForBeingSmuggled());

  private NonPunishmentChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return ALL;
  }
}
