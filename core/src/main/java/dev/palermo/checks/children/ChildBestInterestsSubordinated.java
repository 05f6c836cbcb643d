package dev.palermo.checks.children;

import dev.palermo.checks.EventRule;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.events.Participation;
import dev.palermo.events.ReturnDecision;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A decision concerning a child (a return, or the child's part in proceedings) that put other aims
 * before the child's best interests. CRC art. 3: "The paramount rule that applies to all situations
 * involving children is the best interests of the child" (seeds/004_a416d8ba61ae2dbe.txt:282);
 * States "cannot prioritize other considerations, such as law enforcement agendas against
 * traffickers or smugglers, or border and migration management objectives over the best interests
 * of the child" (seeds/004_a416d8ba61ae2dbe.txt:290); in proceedings, best interests are "the
 * primary consideration" (seeds/004_a416d8ba61ae2dbe.txt:591); WG 2009/2 para. 13(h)
 * (seeds/001_ab6577e9586ed171.txt:116). Applies to every person who is or may be a child.
 *
 * <p>Code PAL-C-0242. Cites {@code crc-3}, {@code sl-wg-2009-13}. Immutable and
 * thread-safe.
 */
public final class ChildBestInterestsSubordinated extends EventRule<CaseEvent> {
  /** Creates the check. */
  public ChildBestInterestsSubordinated() {
    super("child-best-interests-subordinated", "PAL-C-0242", Stage.PROCEEDINGS,
        List.of("crc-3", "sl-wg-2009-13"),
        List.of("events[return-decision].bestInterestsSubordinated", "events[participation].bestInterestsSubordinated"),
        CaseEvent.class, Scope.CHILDREN);
  }

  @Override
  protected Truth breach(CaseEvent e) {
    if (e instanceof ReturnDecision) {
      return ((ReturnDecision) e).bestInterestsSubordinated();
    }
    if (e instanceof Participation) {
      return ((Participation) e).bestInterestsSubordinated();
    }
    return Truth.FALSE;
  }

  @Override
  protected String field(CaseEvent e, Truth breach) {
    return "bestInterestsSubordinated";
  }
}
