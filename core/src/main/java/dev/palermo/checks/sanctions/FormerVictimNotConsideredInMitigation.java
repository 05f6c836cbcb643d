package dev.palermo.checks.sanctions;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Sentence;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * An offender who is a former victim of trafficking sentenced without that victimisation being
 * considered in mitigation. The text promotes "consideration of aggravating and mitigating
 * circumstances (for instance, where perpetrators of trafficking are former victims)"
 * (seeds/004_a416d8ba61ae2dbe.txt:760); many convicted women "are former victims who have taken the
 * opportunity to recruit new victims to reduce their debt to traffickers or otherwise end their own
 * exploitation" (seeds/004_a416d8ba61ae2dbe.txt:666); the pathways of women into crime "marred by abuse
 * and victimization" may leave sentences not appropriately mitigated
 * (seeds/004_a416d8ba61ae2dbe.txt:770). Judged for persons who are victims or presumed victims on the
 * day of the sentence (identification or the trafficking assessment); soft law, a recommendation.
 * Fires when {@code formerVictimConsidered} is FALSE.
 *
 * <p>Judged for victims and presumed victims. Code PAL-C-0411. Cites {@code sl-former-victim-mitigation}. Immutable and thread-safe.
 */
public final class FormerVictimNotConsideredInMitigation extends EventRule<Sentence> {
  /** Creates the check. */
  public FormerVictimNotConsideredInMitigation() {
    super("former-victim-not-considered-in-mitigation", "PAL-C-0411", Stage.PROCEEDINGS,
        List.of("sl-former-victim-mitigation"),
        List.of("events[sentence].formerVictimConsidered"),
        Sentence.class, Scope.VICTIMS);
  }

  @Override
  protected Truth breach(Sentence e) {
    return e.formerVictimConsidered().not();
  }

  @Override
  protected String field(Sentence e, Truth breach) {
    return "formerVictimConsidered";
  }
}
