package dev.palermo.checks.interviews;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Interview;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * An interview in a place where privacy cannot be guaranteed. "Interviews should not be conducted
 * in public areas where privacy cannot be guaranteed or in the presence of others who could
 * influence the interviewee" (seeds/004_a416d8ba61ae2dbe.txt:478). Soft law: a recommendation.
 *
 * <p>Code PAL-C-0263. Cites {@code sl-interview}. Immutable and
 * thread-safe.
 */
public final class InterviewInNonPrivatePlace extends EventRule<Interview> {
  /** Creates the check. */
  public InterviewInNonPrivatePlace() {
    super("interview-in-non-private-place", "PAL-C-0263", Stage.PROCEEDINGS,
        List.of("sl-interview"),
        List.of("events[interview].privatePlace"),
        Interview.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Interview e) {
    return e.privatePlace().not();
  }

  @Override
  protected String field(Interview e, Truth breach) {
    return "privatePlace";
  }
}
