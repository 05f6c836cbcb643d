package dev.palermo.checks.identification;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The identification checks, in a stable order. Thread-safe; has no instances.
 */
public final class IdentificationChecks {
  private IdentificationChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return List.of();
  }
}
