package dev.palermo.checks.trial;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Prosecution;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * Evidence, including a confession, elicited by torture or other cruel, inhuman or degrading
 * treatment and used in the proceedings. CAT art. 15 (seeds/004_a416d8ba61ae2dbe.txt:673); "Evidence,
 * including confessions, elicited as a result of torture or other cruel, inhuman or degrading
 * treatment must not be used in any proceedings" (seeds/004_a416d8ba61ae2dbe.txt:516). Fires when
 * {@code evidenceObtainedByTorture} and {@code evidenceUsed} are both TRUE.
 *
 * <p>Protects every suspect or defendant, natural or legal person, whether or not also a victim
 * ("A human rights based response to trafficking is protective of the rights of all persons",
 * seeds/000_4ef45050c65d0a55.txt:359). Code PAL-C-0310. Cites {@code cat-15}. Immutable and thread-safe.
 */
public final class TortureEvidenceUsed extends EventRule<Prosecution> {
  /** Creates the check. */
  public TortureEvidenceUsed() {
    super("torture-evidence-used", "PAL-C-0310", Stage.PROCEEDINGS,
        List.of("cat-15"),
        List.of("events[prosecution].evidenceObtainedByTorture", "events[prosecution].evidenceUsed"),
        Prosecution.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Prosecution e) {
    return e.evidenceObtainedByTorture().and(e.evidenceUsed());
  }

  @Override
  protected String field(Prosecution e, Truth breach) {
    return e.evidenceObtainedByTorture().isTrue() ? "evidenceUsed" : "evidenceObtainedByTorture";
  }
}
