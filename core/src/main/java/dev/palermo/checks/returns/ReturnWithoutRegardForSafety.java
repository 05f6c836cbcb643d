package dev.palermo.checks.returns;

import dev.palermo.checks.EventRule;
import dev.palermo.events.ReturnDecision;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A victim's return decided without due regard for the victim's safety. TIP Protocol art. 8(2):
 * a State that returns a victim does so "with due regard for the safety" of the person, "one main
 * safeguard" (seeds/003_d1561a5ed447703d.txt:258, 300; seeds/001_ab6577e9586ed171.txt:170); ICAT:
 * return is not suitable where it would not be safe (seeds/001_ab6577e9586ed171.txt:170-172).
 * Fires when {@code safetyConsidered} is FALSE for a victim or presumed victim.
 *
 * <p>Code PAL-C-0200. Cites {@code tip-8-2-safety}, {@code sl-icat-return}. Immutable and
 * thread-safe.
 */
public final class ReturnWithoutRegardForSafety extends EventRule<ReturnDecision> {
  /** Creates the check. */
  public ReturnWithoutRegardForSafety() {
    super("return-without-regard-for-safety", "PAL-C-0200", Stage.RETURN,
        List.of("tip-8-2-safety", "sl-icat-return"),
        List.of("events[return-decision].safetyConsidered"),
        ReturnDecision.class, Scope.VICTIMS);
  }

  @Override
  protected Truth breach(ReturnDecision e) {
    return e.safetyConsidered().not();
  }

  @Override
  protected String field(ReturnDecision e, Truth breach) {
    return "safetyConsidered";
  }
}
