package dev.palermo.checks.identification;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The identification checks, in a stable order. Thread-safe; has no instances.
 */
public final class IdentificationChecks {
  private static final List<Check> ALL = List.of(
      new PresumedVictimChargedBeforeScreening(),
      new PresumedVictimRemovedBeforeScreening(),
      new PresumedVictimDetainedBeforeScreening(),
      new ScreenedOutWithoutScreening(),
      new IdentificationProfiling(),
      new PresumptionOfMinority(),
      new PresumedVictimDeniedAssistance(),
      new ChildRightsIndependentOfVictimStatus());

  private IdentificationChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return ALL;
  }
}
