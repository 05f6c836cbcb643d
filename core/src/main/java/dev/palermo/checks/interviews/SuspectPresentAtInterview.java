package dev.palermo.checks.interviews;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Interview;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * An interview in the presence of a potential perpetrator. Interviews are not conducted "in the
 * presence of others who could influence the interviewee, including other witnesses or victims, or
 * potential perpetrators" (seeds/004_a416d8ba61ae2dbe.txt:478); for a child, direct contact with the
 * suspect is avoided where possible (Legislative Guide para. 65(b),
 * seeds/000_4ef45050c65d0a55.txt:285, 297).
 *
 * <p>Code PAL-C-0265. Cites {@code sl-interview}, {@code sl-lg-65b}. Immutable and
 * thread-safe.
 */
public final class SuspectPresentAtInterview extends EventRule<Interview> {
  /** Creates the check. */
  public SuspectPresentAtInterview() {
    super("suspect-present-at-interview", "PAL-C-0265", Stage.PROCEEDINGS,
        List.of("sl-interview", "sl-lg-65b"),
        List.of("events[interview].suspectPresent"),
        Interview.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Interview e) {
    return e.suspectPresent();
  }

  @Override
  protected String field(Interview e, Truth breach) {
    return "suspectPresent";
  }
}
