package dev.palermo.checks.trial;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Prosecution;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A defendant not tried without undue delay. ICCPR art. 14(3)(c); "Criminal proceedings must be
 * started and completed within a reasonable time" (seeds/004_a416d8ba61ae2dbe.txt:682, 705; the table
 * at line 705 cites it as 14(3)(b), the Covenant's letter is (c)). Fires when
 * {@code withoutUndueDelay} is FALSE.
 *
 * <p>Protects every suspect or defendant, natural or legal person, whether or not also a victim
 * ("A human rights based response to trafficking is protective of the rights of all persons",
 * seeds/000_4ef45050c65d0a55.txt:359). Code PAL-C-0302. Cites {@code iccpr-14-3-c}. Immutable and thread-safe.
 */
public final class UndueDelay extends EventRule<Prosecution> {
  /** Creates the check. */
  public UndueDelay() {
    super("undue-delay", "PAL-C-0302", Stage.PROCEEDINGS,
        List.of("iccpr-14-3-c"),
        List.of("events[prosecution].withoutUndueDelay"),
        Prosecution.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Prosecution e) {
    return e.withoutUndueDelay().not();
  }

  @Override
  protected String field(Prosecution e, Truth breach) {
    return "withoutUndueDelay";
  }
}
