package dev.palermo.checks.sanctions;

import dev.palermo.checks.EventRule;
import dev.palermo.events.PenaltyKind;
import dev.palermo.events.Sentence;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A death sentence for an offence that is not among "the most serious crimes". ICCPR art. 6(2):
 * for countries that have not abolished the death penalty, "the sentence of death may be imposed
 * only 'for the most serious crimes'" (seeds/004_a416d8ba61ae2dbe.txt:734, 786). Fires when
 * {@code penalty} is {@code death-penalty} and {@code mostSeriousCrime} is FALSE.
 *
 * <p>Protects every person sentenced. Code PAL-C-0403. Cites {@code iccpr-6-2}. Immutable and thread-safe.
 */
public final class DeathPenaltyNotMostSeriousCrime extends EventRule<Sentence> {
  /** Creates the check. */
  public DeathPenaltyNotMostSeriousCrime() {
    super("death-penalty-not-most-serious-crime", "PAL-C-0403", Stage.PROCEEDINGS,
        List.of("iccpr-6-2"),
        List.of("events[sentence].penalty", "events[sentence].mostSeriousCrime"),
        Sentence.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Sentence e) {
    if (e.penalty().isEmpty()) {
      return Truth.UNKNOWN;
    }
    PenaltyKind k = e.penalty().get();
    return (k == PenaltyKind.DEATH_PENALTY) ? e.mostSeriousCrime().not() : Truth.FALSE;
  }

  @Override
  protected String field(Sentence e, Truth breach) {
    return e.penalty().isEmpty() ? "penalty" : "mostSeriousCrime";
  }
}
