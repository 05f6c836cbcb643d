package dev.palermo.checks.assistance;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The assistance checks, in a stable order. Thread-safe; has no instances.
 */
public final class AssistanceChecks {
  private static final List<Check> ALL = List.of(
      new AssistanceConditionalOnTestimony(),
      new AssistanceConditionalOnCooperation(),
      new AssistanceConditionalOnCharge(),
      new AssistanceConditionalOnImmigrationStatus(),
      new AssistanceWithheldForNonCooperation(),
      new InformedConsentToServices(),
      new MandatoryDiseaseTesting(),
      new ServicesImposed(),
      new AssistanceNotAdaptedToNeeds());

  private AssistanceChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return ALL;
  }
}
