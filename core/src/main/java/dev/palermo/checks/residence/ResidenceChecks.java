package dev.palermo.checks.residence;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The residence checks, in a stable order. Thread-safe; has no instances.
 */
public final class ResidenceChecks {
  private ResidenceChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return List.of();
  }
}
