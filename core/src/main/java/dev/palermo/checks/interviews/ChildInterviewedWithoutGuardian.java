package dev.palermo.checks.interviews;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Interview;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A child interviewed without a parent, guardian or support person. "Parents / appointed guardians
 * may be required where victim or witnesses being interviewed are children", while family members
 * may not be supportive or may have been involved in the crime (seeds/004_a416d8ba61ae2dbe.txt:479);
 * a guardian may need to be appointed to represent the child (UNICEF 2006,
 * seeds/004_a416d8ba61ae2dbe.txt:335). Does not fire when the guardian was kept out for cause
 * ({@code guardianExcludedForCause}). Applies to every person who is or may be a child
 * (seeds/004_a416d8ba61ae2dbe.txt:282).
 *
 * <p>Code PAL-C-0264. Cites {@code sl-interview}, {@code sl-unicef-guardian}. Immutable and
 * thread-safe.
 */
public final class ChildInterviewedWithoutGuardian extends EventRule<Interview> {
  /** Creates the check. */
  public ChildInterviewedWithoutGuardian() {
    super("child-interviewed-without-guardian", "PAL-C-0264", Stage.PROCEEDINGS,
        List.of("sl-interview", "sl-unicef-guardian"),
        List.of("events[interview].guardianPresent", "events[interview].guardianExcludedForCause"),
        Interview.class, Scope.CHILDREN);
  }

  @Override
  protected Truth breach(Interview e) {
    if (e.guardianExcludedForCause().isTrue()) {
      return Truth.FALSE;
    }
    return e.guardianPresent().not();
  }

  @Override
  protected String field(Interview e, Truth breach) {
    return "guardianPresent";
  }
}
