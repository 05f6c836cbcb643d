package dev.palermo.checks.sanctions;

import dev.palermo.checks.EventRule;
import dev.palermo.events.PenaltyKind;
import dev.palermo.events.Sentence;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A death sentence for an offence committed by a person under eighteen. ICCPR art. 6(5): the
 * sentence of death may not be imposed on children (seeds/004_a416d8ba61ae2dbe.txt:786); CRC art. 37:
 * "Neither capital punishment nor life imprisonment without possibility of release shall be imposed
 * for offences committed by persons below eighteen years of age" (seeds/004_a416d8ba61ae2dbe.txt:788).
 * Fires when {@code penalty} is {@code death-penalty} and {@code offenderUnder18AtOffence} is TRUE.
 *
 * <p>Protects every person sentenced. Code PAL-C-0405. Cites {@code iccpr-6-5}, {@code crc-37}. Immutable and thread-safe.
 */
public final class ChildOffenderDeathPenalty extends EventRule<Sentence> {
  /** Creates the check. */
  public ChildOffenderDeathPenalty() {
    super("child-offender-death-penalty", "PAL-C-0405", Stage.PROCEEDINGS,
        List.of("iccpr-6-5", "crc-37"),
        List.of("events[sentence].penalty", "events[sentence].offenderUnder18AtOffence"),
        Sentence.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Sentence e) {
    if (e.penalty().isEmpty()) {
      return Truth.UNKNOWN;
    }
    PenaltyKind k = e.penalty().get();
    return (k == PenaltyKind.DEATH_PENALTY) ? e.offenderUnder18AtOffence() : Truth.FALSE;
  }

  @Override
  protected String field(Sentence e, Truth breach) {
    return e.penalty().isEmpty() ? "penalty" : "offenderUnder18AtOffence";
  }
}
