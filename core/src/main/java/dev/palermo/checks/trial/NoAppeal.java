package dev.palermo.checks.trial;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Prosecution;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A person convicted who could not have the conviction and sentence reviewed by a higher tribunal
 * according to law. ICCPR art. 14(5) (seeds/004_a416d8ba61ae2dbe.txt:711). Fires when {@code appeal}
 * is FALSE.
 *
 * <p>Protects every suspect or defendant, natural or legal person, whether or not also a victim
 * ("A human rights based response to trafficking is protective of the rights of all persons",
 * seeds/000_4ef45050c65d0a55.txt:359). Code PAL-C-0308. Cites {@code iccpr-14-5}. Immutable and thread-safe.
 */
public final class NoAppeal extends EventRule<Prosecution> {
  /** Creates the check. */
  public NoAppeal() {
    super("no-appeal", "PAL-C-0308", Stage.PROCEEDINGS,
        List.of("iccpr-14-5"),
        List.of("events[prosecution].appeal"),
        Prosecution.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Prosecution e) {
    return e.appeal().not();
  }

  @Override
  protected String field(Prosecution e, Truth breach) {
    return "appeal";
  }
}
