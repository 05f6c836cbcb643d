package dev.palermo.checks.trial;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Prosecution;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A trial held in private, or a judgment not made public, without a ground the law allows such as
 * the interests of a juvenile person. ICCPR art. 14(1): "a fair and public hearing by a competent,
 * independent and impartial tribunal established by law" (seeds/004_a416d8ba61ae2dbe.txt:662, 701;
 * seeds/000_4ef45050c65d0a55.txt:359, 377). Fires when {@code publicHearing} is FALSE.
 *
 * <p>Protects every suspect or defendant, natural or legal person, whether or not also a victim
 * ("A human rights based response to trafficking is protective of the rights of all persons",
 * seeds/000_4ef45050c65d0a55.txt:359). Code PAL-C-0307. Cites {@code iccpr-14-1}. Immutable and thread-safe.
 */
public final class NoPublicHearing extends EventRule<Prosecution> {
  /** Creates the check. */
  public NoPublicHearing() {
    super("no-public-hearing", "PAL-C-0307", Stage.PROCEEDINGS,
        List.of("iccpr-14-1"),
        List.of("events[prosecution].publicHearing"),
        Prosecution.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Prosecution e) {
    return e.publicHearing().not();
  }

  @Override
  protected String field(Prosecution e, Truth breach) {
    return "publicHearing";
  }
}
