package dev.palermo.checks.trial;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Prosecution;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A defendant who could not understand or speak the language used in court and did not have the
 * free assistance of an interpreter. ICCPR art. 14(3)(f) (seeds/004_a416d8ba61ae2dbe.txt:708). Fires
 * when {@code interpreter} is FALSE (an interpreter was needed and not given free).
 *
 * <p>Protects every suspect or defendant, natural or legal person, whether or not also a victim
 * ("A human rights based response to trafficking is protective of the rights of all persons",
 * seeds/000_4ef45050c65d0a55.txt:359). Code PAL-C-0305. Cites {@code iccpr-14-3-f}. Immutable and thread-safe.
 */
public final class NoInterpreter extends EventRule<Prosecution> {
  /** Creates the check. */
  public NoInterpreter() {
    super("no-interpreter", "PAL-C-0305", Stage.PROCEEDINGS,
        List.of("iccpr-14-3-f"),
        List.of("events[prosecution].interpreter"),
        Prosecution.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Prosecution e) {
    return e.interpreter().not();
  }

  @Override
  protected String field(Prosecution e, Truth breach) {
    return "interpreter";
  }
}
