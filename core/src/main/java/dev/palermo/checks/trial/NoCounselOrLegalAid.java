package dev.palermo.checks.trial;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Prosecution;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A defendant without legal assistance of the defendant's choosing, not told of that right, or
 * without free legal aid where the interests of justice required it and the defendant lacked the
 * means. ICCPR art. 14(3)(d) (seeds/004_a416d8ba61ae2dbe.txt:683, 706); an effective defence is a key
 * component of a fair trial (seeds/004_a416d8ba61ae2dbe.txt:666). Fires when
 * {@code counselOrLegalAid} is FALSE.
 *
 * <p>Protects every suspect or defendant, natural or legal person, whether or not also a victim
 * ("A human rights based response to trafficking is protective of the rights of all persons",
 * seeds/000_4ef45050c65d0a55.txt:359). Code PAL-C-0303. Cites {@code iccpr-14-3-d}. Immutable and thread-safe.
 */
public final class NoCounselOrLegalAid extends EventRule<Prosecution> {
  /** Creates the check. */
  public NoCounselOrLegalAid() {
    super("no-counsel-or-legal-aid", "PAL-C-0303", Stage.PROCEEDINGS,
        List.of("iccpr-14-3-d"),
        List.of("events[prosecution].counselOrLegalAid"),
        Prosecution.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Prosecution e) {
    return e.counselOrLegalAid().not();
  }

  @Override
  protected String field(Prosecution e, Truth breach) {
    return "counselOrLegalAid";
  }
}
