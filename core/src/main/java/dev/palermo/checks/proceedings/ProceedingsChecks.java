package dev.palermo.checks.proceedings;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The proceedings checks, in a stable order. Thread-safe; has no instances.
 */
public final class ProceedingsChecks {
  private ProceedingsChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return List.of(
        new IdentityDisclosedPublicly(),
        new IdentifyingDataDisclosedWithoutConsent(),
        new ProceedingsInformationNotInLanguageUnderstood(),
        new ProceedingsWithoutInterpreter(),
        new VictimViewsNotConsidered(),
        new NoLegalAssistance(),
        new CompensationNotPossible(),
        new CompensationBarredByReturnOrStatus());
  }
}
