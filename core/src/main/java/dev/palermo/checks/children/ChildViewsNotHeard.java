package dev.palermo.checks.children;

import dev.palermo.checks.EventRule;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.events.GuardianAppointment;
import dev.palermo.events.ReturnDecision;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A decision concerning a child (a return, or the appointment of a guardian) taken without hearing
 * the child. CRC art. 12(1)-(2): "the child's views must be sought and taken into consideration in
 * accordance with his or her age and maturity level" (seeds/004_a416d8ba61ae2dbe.txt:335;
 * seeds/000_4ef45050c65d0a55.txt:285). Applies to every person who is or may be a child
 * (seeds/004_a416d8ba61ae2dbe.txt:282), victim or not. Participation in proceedings is judged under
 * OPSC art. 8(1)(c) ({@link OpscViewsPresented}).
 *
 * <p>Code PAL-C-0241. Cites {@code crc-12}. Immutable and
 * thread-safe.
 */
public final class ChildViewsNotHeard extends EventRule<CaseEvent> {
  /** Creates the check. */
  public ChildViewsNotHeard() {
    super("child-views-not-heard", "PAL-C-0241", Stage.RETURN,
        List.of("crc-12"),
        List.of("events[return-decision].childViewsHeard", "events[guardian-appointment].childViewsHeard"),
        CaseEvent.class, Scope.CHILDREN);
  }

  @Override
  protected Truth breach(CaseEvent e) {
    if (e instanceof ReturnDecision) {
      return ((ReturnDecision) e).childViewsHeard().not();
    }
    if (e instanceof GuardianAppointment) {
      return ((GuardianAppointment) e).childViewsHeard().not();
    }
    return Truth.FALSE;
  }

  @Override
  protected String field(CaseEvent e, Truth breach) {
    return "childViewsHeard";
  }
}
