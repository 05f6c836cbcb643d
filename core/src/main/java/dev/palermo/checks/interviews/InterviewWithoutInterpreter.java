package dev.palermo.checks.interviews;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Interview;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * An interview of a person who needed an interpreter, without one. Interpreters at interviews are
 * trained for work with victims and witnesses, including survivors of sexual and gender-based
 * violence, and both male and female interpreters should be available
 * (seeds/004_a416d8ba61ae2dbe.txt:484); skilled translators at interviews
 * (seeds/000_4ef45050c65d0a55.txt:617). Fires when {@code interpreterNeeded} is TRUE and
 * {@code interpreterProvided} FALSE.
 *
 * <p>Code PAL-C-0261. Cites {@code sl-interview}, {@code sl-translators}. Immutable and
 * thread-safe.
 */
public final class InterviewWithoutInterpreter extends EventRule<Interview> {
  /** Creates the check. */
  public InterviewWithoutInterpreter() {
    super("interview-without-interpreter", "PAL-C-0261", Stage.PROCEEDINGS,
        List.of("sl-interview", "sl-translators"),
        List.of("events[interview].interpreterNeeded", "events[interview].interpreterProvided"),
        Interview.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Interview e) {
    return e.interpreterNeeded().and(e.interpreterProvided().not());
  }

  @Override
  protected String field(Interview e, Truth breach) {
    if (!breach.isTrue() && !e.interpreterNeeded().isKnown()) {
      return "interpreterNeeded";
    }
    return "interpreterProvided";
  }
}
