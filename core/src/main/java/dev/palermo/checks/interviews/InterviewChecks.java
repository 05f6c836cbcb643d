package dev.palermo.checks.interviews;

import dev.palermo.checks.Check;
import java.util.List;

/**
 * The interviews checks, in a stable order. Thread-safe; has no instances.
 */
public final class InterviewChecks {
  private InterviewChecks() {}

  /** @return the checks; unmodifiable */
  public static List<Check> all() {
    return List.of(
        new InterviewWithoutConsent(),
        new InterviewWithoutInterpreter(),
        new InterviewerSexPreferenceIgnored(),
        new InterviewInNonPrivatePlace(),
        new ChildInterviewedWithoutGuardian(),
        new SuspectPresentAtInterview());
  }
}
