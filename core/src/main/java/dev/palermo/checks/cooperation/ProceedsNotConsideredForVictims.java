package dev.palermo.checks.cooperation;

import dev.palermo.checks.EventRule;
import dev.palermo.events.AssetRecovery;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * Confiscation, return or disposal of the proceeds of trafficking, not known to be at another
 * State's request, without considering their use for victims' compensation. Outside UNTOC art.
 * 14(2) "the relevant international law on this point is advisory rather than mandatory"
 * (seeds/000_4ef45050c65d0a55.txt:489): the Special Rapporteur recommends using confiscated assets
 * "to compensate trafficked persons" (seeds/000_4ef45050c65d0a55.txt:491), as do the OHCHR
 * Principles (Principle 16, seeds/000_4ef45050c65d0a55.txt:511) and the EU Directive's preamble
 * (seeds/000_4ef45050c65d0a55.txt:507). Always a recommendation.
 *
 * <p>Fires when the step is confiscation, or return or disposal, {@code onRequestOfAnotherState}
 * is not TRUE and {@code proceedsConsideredForCompensation} is FALSE. Code PAL-C-0514. Cites
 * {@code assets-to-victims-advisory}, {@code rpg-p16}. Immutable and thread-safe.
 */
public final class ProceedsNotConsideredForVictims extends EventRule<AssetRecovery> {
  /** Creates the check. */
  public ProceedsNotConsideredForVictims() {
    super("proceeds-not-considered-for-victims", "PAL-C-0514", Stage.COMPENSATION,
        List.of("assets-to-victims-advisory", "rpg-p16"),
        List.of("events[asset-recovery].step", "events[asset-recovery].onRequestOfAnotherState",
            "events[asset-recovery].proceedsConsideredForCompensation"),
        AssetRecovery.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(AssetRecovery e) {
    if (!ProceedsNotPrioritisedForCompensation.disposes(e) || e.onRequestOfAnotherState().isTrue()) {
      return Truth.FALSE;
    }
    return e.proceedsConsideredForCompensation().not();
  }

  @Override
  protected String field(AssetRecovery e, Truth breach) {
    return "proceedsConsideredForCompensation";
  }
}
