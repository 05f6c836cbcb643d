package dev.palermo.checks.interviews;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Interview;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * An interview of a victim or witness without informed consent. "Interviewers should always obtain
 * the informed consent of the interviewees, including consent for the interview, the use of
 * recording devices, the taking of photographs, conducting of physical examinations, possible
 * subsequent uses of the information ... and the transfer of information to third parties", and
 * victims and witnesses are told they can withdraw consent (UNODC table,
 * seeds/004_a416d8ba61ae2dbe.txt:482). Soft law: a recommendation.
 *
 * <p>Code PAL-C-0260. Cites {@code sl-interview}. Immutable and
 * thread-safe.
 */
public final class InterviewWithoutConsent extends EventRule<Interview> {
  /** Creates the check. */
  public InterviewWithoutConsent() {
    super("interview-without-consent", "PAL-C-0260", Stage.PROCEEDINGS,
        List.of("sl-interview"),
        List.of("events[interview].consent"),
        Interview.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Interview e) {
    return e.consent().not();
  }

  @Override
  protected String field(Interview e, Truth breach) {
    return "consent";
  }
}
