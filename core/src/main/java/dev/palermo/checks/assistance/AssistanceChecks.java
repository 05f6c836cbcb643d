package dev.palermo.checks.assistance;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The assistance checks, in a stable order. Thread-safe; has no instances.
 */
public final class AssistanceChecks {
  private AssistanceChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return List.of();
  }
}
