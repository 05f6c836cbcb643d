package dev.palermo.checks.nonpunishment;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The nonpunishment checks, in a stable order. Thread-safe; has no instances.
 */
public final class NonPunishmentChecks {
  private NonPunishmentChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return List.of();
  }
}
