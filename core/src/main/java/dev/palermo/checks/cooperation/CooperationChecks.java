package dev.palermo.checks.cooperation;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The cooperation checks, in a stable order. Thread-safe; has no instances.
 */
public final class CooperationChecks {
  private CooperationChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return List.of(
        new ExtraditionDespiteDeathPenalty(),
        new ExtraditionDespiteTortureRisk(),
        new ExtraditionOnDiscriminatoryGrounds(),
        new ExtraditionDespitePriorJudgment(),
        new ExtraditionWithoutFairTrialAssurance(),
        new NationalNeitherExtraditedNorProsecuted(),
        new DualCriminalityNotMet(),
        new VictimDataSharedWithoutSafeguards(),
        new CooperationEndangeringVictim(),
        new TransferWithoutTransparentForum(),
        new TransferAfterFinalJudgment(),
        new VictimTestimonyWithoutVideoLink(),
        new AssistanceRiskingIllTreatment(),
        new ProceedsNotPrioritisedForCompensation(),
        new ProceedsNotConsideredForVictims());
  }
}
