package dev.palermo.checks.proceedings;

import dev.palermo.checks.EventRule;
import dev.palermo.events.CompensationStatus;
import dev.palermo.events.Participation;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * No procedure through which a victim could obtain compensation. TIP Protocol art. 6(6): "States
 * are required to ensure [that] their legal system contains measures that offer victims of
 * trafficking the possibility of obtaining compensation for damage suffered"
 * (seeds/004_a416d8ba61ae2dbe.txt:599; seeds/001_ab6577e9586ed171.txt:198); UNTOC art. 25(2)
 * (seeds/004_a416d8ba61ae2dbe.txt:313); CoE Convention art. 15 (seeds/001_ab6577e9586ed171.txt:270).
 * Fires when {@code compensation} is {@code no-procedure}.
 *
 * <p>Code PAL-C-0226. Cites {@code tip-6-6}, {@code untoc-25-2}, {@code coe-15}, {@code sl-compensation-mechanism}. Immutable and
 * thread-safe.
 */
public final class CompensationNotPossible extends EventRule<Participation> {
  /** Creates the check. */
  public CompensationNotPossible() {
    super("compensation-not-possible", "PAL-C-0226", Stage.COMPENSATION,
        List.of("tip-6-6", "untoc-25-2", "coe-15", "sl-compensation-mechanism"),
        List.of("events[participation].compensation"),
        Participation.class, Scope.VICTIMS);
  }

  @Override
  protected Truth breach(Participation e) {
    return e.compensation()
        .map(s -> Truth.of(s == CompensationStatus.NO_PROCEDURE))
        .orElse(Truth.UNKNOWN);
  }

  @Override
  protected String field(Participation e, Truth breach) {
    return "compensation";
  }
}
