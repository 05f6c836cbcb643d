package dev.palermo.checks.trial;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Prosecution;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A person charged who was not informed promptly and in detail, in a language the person
 * understands, of the nature and cause of the charge. ICCPR art. 14(3)(a) (seeds/004_a416d8ba61ae2dbe.txt:703);
 * "the right to be informed promptly and in detail of the nature and cause of the charges"
 * (seeds/000_4ef45050c65d0a55.txt:377). Protects every suspect or defendant. Fires when
 * {@code informedOfCharges} is FALSE.
 *
 * <p>Protects every suspect or defendant, natural or legal person, whether or not also a victim
 * ("A human rights based response to trafficking is protective of the rights of all persons",
 * seeds/000_4ef45050c65d0a55.txt:359). Code PAL-C-0300. Cites {@code iccpr-14-3-a}. Immutable and thread-safe.
 */
public final class ChargesNotInformed extends EventRule<Prosecution> {
  /** Creates the check. */
  public ChargesNotInformed() {
    super("charges-not-informed", "PAL-C-0300", Stage.PROCEEDINGS,
        List.of("iccpr-14-3-a"),
        List.of("events[prosecution].informedOfCharges"),
        Prosecution.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Prosecution e) {
    return e.informedOfCharges().not();
  }

  @Override
  protected String field(Prosecution e, Truth breach) {
    return "informedOfCharges";
  }
}
