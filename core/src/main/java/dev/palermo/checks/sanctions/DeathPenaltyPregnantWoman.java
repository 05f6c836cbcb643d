package dev.palermo.checks.sanctions;

import dev.palermo.checks.EventRule;
import dev.palermo.events.PenaltyKind;
import dev.palermo.events.Sentence;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A death sentence on a pregnant woman. ICCPR art. 6(5): the sentence of death may be imposed
 * "not on children or pregnant women" (seeds/004_a416d8ba61ae2dbe.txt:786). Fires when {@code penalty}
 * is {@code death-penalty} and {@code pregnant} is TRUE.
 *
 * <p>Protects every person sentenced. Code PAL-C-0407. Cites {@code iccpr-6-5}. Immutable and thread-safe.
 */
public final class DeathPenaltyPregnantWoman extends EventRule<Sentence> {
  /** Creates the check. */
  public DeathPenaltyPregnantWoman() {
    super("death-penalty-pregnant-woman", "PAL-C-0407", Stage.PROCEEDINGS,
        List.of("iccpr-6-5"),
        List.of("events[sentence].penalty", "events[sentence].pregnant"),
        Sentence.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Sentence e) {
    if (e.penalty().isEmpty()) {
      return Truth.UNKNOWN;
    }
    PenaltyKind k = e.penalty().get();
    return (k == PenaltyKind.DEATH_PENALTY) ? e.pregnant() : Truth.FALSE;
  }

  @Override
  protected String field(Sentence e, Truth breach) {
    return e.penalty().isEmpty() ? "penalty" : "pregnant";
  }
}
