package dev.palermo.checks.trial;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Prosecution;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A suspect arrested or held in pre-trial detention who was not brought promptly before a judge
 * or other officer who reviewed the detention. ICCPR art. 9(3): "Right to be brought promptly
 * before a court" (seeds/004_a416d8ba61ae2dbe.txt:496, 675); "Anyone arrested or detained on a criminal
 * charge shall be brought promptly before a judge or other officer. Pre-trial detention should be
 * an exception and as short as possible" (seeds/004_a416d8ba61ae2dbe.txt:511); no arbitrary detention
 * (ICCPR art. 9, seeds/004_a416d8ba61ae2dbe.txt:699). Fires when {@code pretrialDetention} is TRUE and
 * {@code judicialReviewOfDetention} is FALSE.
 *
 * <p>Protects every suspect or defendant, natural or legal person, whether or not also a victim
 * ("A human rights based response to trafficking is protective of the rights of all persons",
 * seeds/000_4ef45050c65d0a55.txt:359). Code PAL-C-0312. Cites {@code iccpr-9-3}, {@code hr-iccpr-9}. Immutable and thread-safe.
 */
public final class PretrialDetentionWithoutJudicialReview extends EventRule<Prosecution> {
  /** Creates the check. */
  public PretrialDetentionWithoutJudicialReview() {
    super("pretrial-detention-without-judicial-review", "PAL-C-0312", Stage.DETENTION,
        List.of("iccpr-9-3", "hr-iccpr-9"),
        List.of("events[prosecution].pretrialDetention", "events[prosecution].judicialReviewOfDetention"),
        Prosecution.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Prosecution e) {
    return e.pretrialDetention().and(e.judicialReviewOfDetention().not());
  }

  @Override
  protected String field(Prosecution e, Truth breach) {
    return e.pretrialDetention().isKnown() ? "judicialReviewOfDetention" : "pretrialDetention";
  }
}
