package dev.palermo.checks.residence;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The residence checks, in a stable order. Thread-safe; has no instances.
 */
public final class ResidenceChecks {
  private static final List<Check> ALL = List.of(
        new ReflectionPeriodNotGranted(),
        new ReflectionPeriodTooShort(),
        new RemovalOfChildDuringReflectionPeriod(),
        new RemovalDuringReflectionPeriod(),
        new ResidencePermitTiedToCooperation(),
        new ReflectionPeriodConditional(),
        new ChildReflectionPeriodNotGranted());

  private ResidenceChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return ALL;
  }
}
