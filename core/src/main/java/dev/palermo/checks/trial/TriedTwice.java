package dev.palermo.checks.trial;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Prosecution;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A person tried or punished again for an offence of which the person was already finally
 * convicted or acquitted (ne bis in idem). ICCPR art. 14(7) (seeds/004_a416d8ba61ae2dbe.txt:713). Fires
 * when {@code priorFinalJudgment} is TRUE.
 *
 * <p>Protects every suspect or defendant, natural or legal person, whether or not also a victim
 * ("A human rights based response to trafficking is protective of the rights of all persons",
 * seeds/000_4ef45050c65d0a55.txt:359). Code PAL-C-0309. Cites {@code iccpr-14-7}. Immutable and thread-safe.
 */
public final class TriedTwice extends EventRule<Prosecution> {
  /** Creates the check. */
  public TriedTwice() {
    super("tried-twice", "PAL-C-0309", Stage.PROCEEDINGS,
        List.of("iccpr-14-7"),
        List.of("events[prosecution].priorFinalJudgment"),
        Prosecution.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Prosecution e) {
    return e.priorFinalJudgment();
  }

  @Override
  protected String field(Prosecution e, Truth breach) {
    return "priorFinalJudgment";
  }
}
