package dev.palermo.checks.trial;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Prosecution;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * Measures protecting a victim-witness (statements in lieu of testimony, screens, video-link, closed
 * hearings) that leave the defence no way to examine the witness or test the evidence. "The pursuit
 * of traffickers can never be at the expense of international rules governing the administration
 * of justice" (seeds/000_4ef45050c65d0a55.txt:359); in protecting victims in court "it is essential to
 * remain mindful of the rights of accused persons to a fair trial", including the right to examine
 * the witnesses against them (seeds/000_4ef45050c65d0a55.txt:377; ICCPR art. 14(3)(e),
 * seeds/004_a416d8ba61ae2dbe.txt:707); the measures themselves (seeds/000_4ef45050c65d0a55.txt:265;
 * seeds/004_a416d8ba61ae2dbe.txt:593-595) and the balance the text asks for
 * (seeds/004_a416d8ba61ae2dbe.txt:660). Fires when {@code victimProtectiveMeasures} is TRUE and
 * {@code defenceCouldTestEvidence} is FALSE.
 *
 * <p>Protects every suspect or defendant, natural or legal person, whether or not also a victim
 * ("A human rights based response to trafficking is protective of the rights of all persons",
 * seeds/000_4ef45050c65d0a55.txt:359). Code PAL-C-0311. Cites {@code iccpr-14-3-e}, {@code sl-fair-trial-balance}, {@code sl-testimony-measures}. Immutable and thread-safe.
 */
public final class ProtectiveMeasuresDenyDefence extends EventRule<Prosecution> {
  /** Creates the check. */
  public ProtectiveMeasuresDenyDefence() {
    super("protective-measures-deny-defence", "PAL-C-0311", Stage.PROCEEDINGS,
        List.of("iccpr-14-3-e", "sl-fair-trial-balance", "sl-testimony-measures"),
        List.of("events[prosecution].victimProtectiveMeasures", "events[prosecution].defenceCouldTestEvidence"),
        Prosecution.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Prosecution e) {
    return e.victimProtectiveMeasures().and(e.defenceCouldTestEvidence().not());
  }

  @Override
  protected String field(Prosecution e, Truth breach) {
    return e.victimProtectiveMeasures().isKnown() ? "defenceCouldTestEvidence" : "victimProtectiveMeasures";
  }
}
