package dev.palermo.checks.detention;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The detention checks, in a stable order. Thread-safe; has no instances.
 */
public final class DetentionChecks {
  private DetentionChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return List.of();
  }
}
