package dev.palermo.checks.interviews;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Interview;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * An interview where the interviewee's preference for the interviewer's sex was not asked or not
 * met. "Whenever possible, the preference of the victim or witness regarding the sex of the
 * interviewer should be accommodated" (seeds/004_a416d8ba61ae2dbe.txt:479). Soft law ("whenever
 * possible"): a recommendation.
 *
 * <p>Code PAL-C-0262. Cites {@code sl-interview}. Immutable and
 * thread-safe.
 */
public final class InterviewerSexPreferenceIgnored extends EventRule<Interview> {
  /** Creates the check. */
  public InterviewerSexPreferenceIgnored() {
    super("interviewer-sex-preference-ignored", "PAL-C-0262", Stage.PROCEEDINGS,
        List.of("sl-interview"),
        List.of("events[interview].interviewerSexPreferenceRespected"),
        Interview.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Interview e) {
    return e.interviewerSexPreferenceRespected().not();
  }

  @Override
  protected String field(Interview e, Truth breach) {
    return "interviewerSexPreferenceRespected";
  }
}
