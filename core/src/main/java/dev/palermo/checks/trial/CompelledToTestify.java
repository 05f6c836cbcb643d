package dev.palermo.checks.trial;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Prosecution;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A defendant compelled to testify against himself or herself or to confess guilt (the right to
 * remain silent). ICCPR art. 14(3)(g) (seeds/004_a416d8ba61ae2dbe.txt:709). Fires when
 * {@code notCompelledToTestify} is FALSE.
 *
 * <p>Protects every suspect or defendant, natural or legal person, whether or not also a victim
 * ("A human rights based response to trafficking is protective of the rights of all persons",
 * seeds/000_4ef45050c65d0a55.txt:359). Code PAL-C-0306. Cites {@code iccpr-14-3-g}. Immutable and thread-safe.
 */
public final class CompelledToTestify extends EventRule<Prosecution> {
  /** Creates the check. */
  public CompelledToTestify() {
    super("compelled-to-testify", "PAL-C-0306", Stage.PROCEEDINGS,
        List.of("iccpr-14-3-g"),
        List.of("events[prosecution].notCompelledToTestify"),
        Prosecution.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Prosecution e) {
    return e.notCompelledToTestify().not();
  }

  @Override
  protected String field(Prosecution e, Truth breach) {
    return "notCompelledToTestify";
  }
}
