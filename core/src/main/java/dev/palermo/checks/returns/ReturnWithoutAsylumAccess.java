package dev.palermo.checks.returns;

import dev.palermo.checks.EventRule;
import dev.palermo.events.AsylumClaim;
import dev.palermo.events.ReturnDecision;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A return decided without access to asylum: the person was not told of the right to seek asylum,
 * or the return was decided while an asylum claim is pending. "Smuggled migrants and trafficked
 * persons in need of international protection should be given the full opportunity to make a claim
 * for asylum, including by being provided with information required and access to systems through
 * which to make asylum claims. Return decisions must take a case-by-case approach"
 * (seeds/004_a416d8ba61ae2dbe.txt:460); screening covers the need for asylum
 * (seeds/004_a416d8ba61ae2dbe.txt:296); a victim may meet the refugee definition (UNHCR;
 * seeds/001_ab6577e9586ed171.txt:298; seeds/004_a416d8ba61ae2dbe.txt:456). A claim determined
 * (recognised or rejected) shows access was had.
 *
 * <p>Code PAL-C-0208. Cites {@code sl-asylum-access}, {@code ref-1a2}, {@code ref-33-1}. Immutable and
 * thread-safe.
 */
public final class ReturnWithoutAsylumAccess extends EventRule<ReturnDecision> {
  /** Creates the check. */
  public ReturnWithoutAsylumAccess() {
    super("return-without-asylum-access", "PAL-C-0208", Stage.RETURN,
        List.of("sl-asylum-access", "ref-1a2", "ref-33-1"),
        List.of("events[return-decision].asylumInformation", "events[return-decision].asylumClaim"),
        ReturnDecision.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(ReturnDecision e) {
    AsylumClaim claim = e.asylumClaim().orElse(AsylumClaim.UNKNOWN);
    if (claim == AsylumClaim.PENDING) {
      return Truth.TRUE;
    }
    if (claim == AsylumClaim.RECOGNISED || claim == AsylumClaim.REJECTED) {
      return Truth.FALSE;
    }
    return e.asylumInformation().not();
  }

  @Override
  protected String field(ReturnDecision e, Truth breach) {
    return e.asylumClaim().filter(a -> a == AsylumClaim.PENDING).isPresent()
        ? "asylumClaim" : "asylumInformation";
  }
}
