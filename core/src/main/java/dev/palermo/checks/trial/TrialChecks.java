package dev.palermo.checks.trial;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The trial checks, in a stable order. Thread-safe; has no instances.
 */
public final class TrialChecks {
  private TrialChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return List.of(
        new ChargesNotInformed(),
        new InadequateTimeAndFacilities(),
        new UndueDelay(),
        new NoCounselOrLegalAid(),
        new WitnessesNotExamined(),
        new NoInterpreter(),
        new CompelledToTestify(),
        new NoPublicHearing(),
        new NoAppeal(),
        new TriedTwice(),
        new TortureEvidenceUsed(),
        new ProtectiveMeasuresDenyDefence(),
        new PretrialDetentionWithoutJudicialReview());
  }
}
