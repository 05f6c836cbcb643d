package dev.palermo.checks.children;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The children checks, in a stable order. Thread-safe; has no instances.
 */
public final class ChildrenChecks {
  private ChildrenChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return List.of(
        new ChildVictimWithoutGuardian(),
        new ChildViewsNotHeard(),
        new ChildBestInterestsSubordinated(),
        new OpscAdaptedProcedures(),
        new OpscChildInformed(),
        new OpscViewsPresented(),
        new OpscSupportServices(),
        new OpscPrivacyProtected(),
        new OpscSafetyProtected(),
        new OpscNoUndueDelay());
  }
}
