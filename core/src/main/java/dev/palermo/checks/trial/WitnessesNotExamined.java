package dev.palermo.checks.trial;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Prosecution;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A defendant who could not examine, or have examined, the witnesses against him or her, or
 * obtain the attendance and examination of witnesses on his or her behalf under the same
 * conditions. ICCPR art. 14(3)(e) (seeds/004_a416d8ba61ae2dbe.txt:707; seeds/000_4ef45050c65d0a55.txt:377).
 * Fires when {@code examineWitnesses} is FALSE.
 *
 * <p>Protects every suspect or defendant, natural or legal person, whether or not also a victim
 * ("A human rights based response to trafficking is protective of the rights of all persons",
 * seeds/000_4ef45050c65d0a55.txt:359). Code PAL-C-0304. Cites {@code iccpr-14-3-e}. Immutable and thread-safe.
 */
public final class WitnessesNotExamined extends EventRule<Prosecution> {
  /** Creates the check. */
  public WitnessesNotExamined() {
    super("witnesses-not-examined", "PAL-C-0304", Stage.PROCEEDINGS,
        List.of("iccpr-14-3-e"),
        List.of("events[prosecution].examineWitnesses"),
        Prosecution.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Prosecution e) {
    return e.examineWitnesses().not();
  }

  @Override
  protected String field(Prosecution e, Truth breach) {
    return "examineWitnesses";
  }
}
