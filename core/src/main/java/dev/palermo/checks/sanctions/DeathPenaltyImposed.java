package dev.palermo.checks.sanctions;

import dev.palermo.checks.EventRule;
import dev.palermo.events.PenaltyKind;
import dev.palermo.events.Sentence;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A death sentence, flagged. The death penalty is among the sanctions "too severe" to meet human
 * rights standards, and UNODC advocates its abolition (seeds/004_a416d8ba61ae2dbe.txt:727, 788); the
 * application of the death penalty to trafficking cases may not meet the "effective and
 * proportionate" standard (seeds/000_4ef45050c65d0a55.txt:401, 403); it also impedes extradition and
 * mutual legal assistance and may endanger victims (seeds/004_a416d8ba61ae2dbe.txt:794). Soft law: a
 * recommendation everywhere; the binding restrictions are separate checks (most serious crimes,
 * children, pregnant women, fair trial). Fires when {@code penalty} is {@code death-penalty}.
 *
 * <p>Protects every person sentenced. Code PAL-C-0402. Cites {@code sl-death-penalty-abolition}, {@code sl-rigid-sanctions}. Immutable and thread-safe.
 */
public final class DeathPenaltyImposed extends EventRule<Sentence> {
  /** Creates the check. */
  public DeathPenaltyImposed() {
    super("death-penalty-imposed", "PAL-C-0402", Stage.PROCEEDINGS,
        List.of("sl-death-penalty-abolition", "sl-rigid-sanctions"),
        List.of("events[sentence].penalty"),
        Sentence.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Sentence e) {
    if (e.penalty().isEmpty()) {
      return Truth.UNKNOWN;
    }
    PenaltyKind k = e.penalty().get();
    return (k == PenaltyKind.DEATH_PENALTY) ? Truth.TRUE : Truth.FALSE;
  }

  @Override
  protected String field(Sentence e, Truth breach) {
    return e.penalty().isEmpty() ? "penalty" : "penalty";
  }
}
