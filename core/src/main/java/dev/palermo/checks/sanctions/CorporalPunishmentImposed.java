package dev.palermo.checks.sanctions;

import dev.palermo.checks.EventRule;
import dev.palermo.events.PenaltyKind;
import dev.palermo.events.Sentence;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A sentence of corporal punishment, such as caning or whipping, flagged. Sanctions that are too
 * severe "may fail to meet human rights standards, for instance, where ... corporal punishment ...
 * [is] imposed" (seeds/004_a416d8ba61ae2dbe.txt:727, 786); the prohibition of cruel, inhuman or
 * degrading punishment is among the rights relevant to sentencing (seeds/004_a416d8ba61ae2dbe.txt:731).
 * Cited as the seed states it: a recommendation. Fires when {@code penalty} is
 * {@code corporal-punishment}.
 *
 * <p>Protects every person sentenced. Code PAL-C-0408. Cites {@code sl-corporal-punishment}. Immutable and thread-safe.
 */
public final class CorporalPunishmentImposed extends EventRule<Sentence> {
  /** Creates the check. */
  public CorporalPunishmentImposed() {
    super("corporal-punishment-imposed", "PAL-C-0408", Stage.PROCEEDINGS,
        List.of("sl-corporal-punishment"),
        List.of("events[sentence].penalty"),
        Sentence.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Sentence e) {
    if (e.penalty().isEmpty()) {
      return Truth.UNKNOWN;
    }
    PenaltyKind k = e.penalty().get();
    return (k == PenaltyKind.CORPORAL_PUNISHMENT) ? Truth.TRUE : Truth.FALSE;
  }

  @Override
  protected String field(Sentence e, Truth breach) {
    return e.penalty().isEmpty() ? "penalty" : "penalty";
  }
}
