package dev.palermo.checks.sanctions;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Sentence;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A mandatory minimum penalty applied, flagged. "Rigid or extremely severe sanctions, such as
 * mandatory minimum custodial terms ... may not meet the required human rights and criminal justice
 * standard in all cases"; "the removal of judicial discretion through minimum mandated penalties"
 * may not meet the effective and proportionate standard given "the highly variable levels of
 * complicity among offenders" (seeds/000_4ef45050c65d0a55.txt:401, 403; seeds/004_a416d8ba61ae2dbe.txt:727).
 * "In all cases": a recommendation, not a violation. Fires when {@code mandatoryMinimumApplied} is
 * TRUE.
 *
 * <p>Protects every person sentenced. Code PAL-C-0401. Cites {@code sl-rigid-sanctions}. Immutable and thread-safe.
 */
public final class MandatoryMinimumApplied extends EventRule<Sentence> {
  /** Creates the check. */
  public MandatoryMinimumApplied() {
    super("mandatory-minimum-applied", "PAL-C-0401", Stage.PROCEEDINGS,
        List.of("sl-rigid-sanctions"),
        List.of("events[sentence].mandatoryMinimumApplied"),
        Sentence.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Sentence e) {
    return e.mandatoryMinimumApplied();
  }

  @Override
  protected String field(Sentence e, Truth breach) {
    return "mandatoryMinimumApplied";
  }
}
