package dev.palermo.checks.proceedings;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The proceedings checks, in a stable order. Thread-safe; has no instances.
 */
public final class ProceedingsChecks {
  private ProceedingsChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return List.of();
  }
}
