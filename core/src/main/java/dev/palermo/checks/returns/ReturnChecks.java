package dev.palermo.checks.returns;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The returns checks, in a stable order. Thread-safe; has no instances.
 */
public final class ReturnChecks {
  private ReturnChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return List.of(
        new ReturnWithoutRegardForSafety(),
        new InvoluntaryReturn(),
        new ReturnWithoutRiskAssessment(),
        new ReturnDisregardingPendingProceedings(),
        new RefoulementToPersecution(),
        new RefoulementToTorture(),
        new ReturnDespiteReTraffickingRisk(),
        new CollectiveExpulsion(),
        new ReturnWithoutAsylumAccess(),
        new ChildReturnWithoutBestInterests());
  }
}
