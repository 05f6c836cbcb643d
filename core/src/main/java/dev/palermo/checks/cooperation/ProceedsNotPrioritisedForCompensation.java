package dev.palermo.checks.cooperation;

import dev.palermo.checks.EventRule;
import dev.palermo.events.AssetRecovery;
import dev.palermo.events.AssetRecoveryStep;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * Confiscation, return or disposal of proceeds at another State's request without considering
 * their return so that victims can be compensated. UNTOC art. 14(2): the requested State shall, if
 * requested and legally able, "give priority to returning the confiscated proceeds or property to
 * the requesting State Party so that it can give compensation to the victim of the crime"
 * (seeds/000_4ef45050c65d0a55.txt:503); it "requires States parties to give priority consideration
 * to the return of confiscated proceeds" (seeds/001_ab6577e9586ed171.txt:246); "to consider
 * specific disposal options including victim compensation as a priority option"
 * (seeds/000_4ef45050c65d0a55.txt:489).
 *
 * <p>Fires when the step is confiscation, or return or disposal, {@code onRequestOfAnotherState}
 * is TRUE and {@code proceedsConsideredForCompensation} is FALSE; without a request, see
 * {@link ProceedsNotConsideredForVictims}. Code PAL-C-0513. Cites {@code untoc-14-2}. Immutable
 * and thread-safe.
 */
public final class ProceedsNotPrioritisedForCompensation extends EventRule<AssetRecovery> {
  /** Creates the check. */
  public ProceedsNotPrioritisedForCompensation() {
    super("proceeds-not-prioritised-for-compensation", "PAL-C-0513", Stage.COMPENSATION,
        List.of("untoc-14-2"),
        List.of("events[asset-recovery].step", "events[asset-recovery].onRequestOfAnotherState",
            "events[asset-recovery].proceedsConsideredForCompensation"),
        AssetRecovery.class, Scope.EVERYONE);
  }

  static boolean disposes(AssetRecovery e) {
    return e.step() == AssetRecoveryStep.CONFISCATE
        || e.step() == AssetRecoveryStep.RETURN_OR_DISPOSE;
  }

  @Override
  protected Truth breach(AssetRecovery e) {
    if (!disposes(e)) {
      return Truth.FALSE;
    }
    return e.onRequestOfAnotherState().and(e.proceedsConsideredForCompensation().not());
  }

  @Override
  protected String field(AssetRecovery e, Truth breach) {
    if (!breach.isTrue() && !e.onRequestOfAnotherState().isKnown()
        && !e.proceedsConsideredForCompensation().isTrue()) {
      return "onRequestOfAnotherState";
    }
    return "proceedsConsideredForCompensation";
  }
}
