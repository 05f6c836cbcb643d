package dev.palermo.checks.returns;

import dev.palermo.checks.EventRule;
import dev.palermo.events.ReturnDecision;
import dev.palermo.events.ReturnKind;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A victim's return that is not voluntary. TIP Protocol art. 8(2): return "shall preferably be
 * voluntary" (seeds/003_d1561a5ed447703d.txt:258, 284; seeds/001_ab6577e9586ed171.txt:170); RPG
 * Guideline 6 item 8: "safe and, where possible, voluntary return" (seeds/004_a416d8ba61ae2dbe.txt:374);
 * OSCE/UNODC (seeds/004_a416d8ba61ae2dbe.txt:438). Hortatory ("preferably"): a concern where the
 * Protocol binds. Fires when {@code voluntary} is FALSE; a return recorded as a voluntary return
 * with {@code voluntary} unknown is taken as voluntary.
 *
 * <p>Code PAL-C-0201. Cites {@code tip-8-2-voluntary}, {@code rpg-g6-8}, {@code sl-return-dignity}. Immutable and
 * thread-safe.
 */
public final class InvoluntaryReturn extends EventRule<ReturnDecision> {
  /** Creates the check. */
  public InvoluntaryReturn() {
    super("involuntary-return", "PAL-C-0201", Stage.RETURN,
        List.of("tip-8-2-voluntary", "rpg-g6-8", "sl-return-dignity"),
        List.of("events[return-decision].voluntary", "events[return-decision].type"),
        ReturnDecision.class, Scope.VICTIMS);
  }

  @Override
  protected Truth breach(ReturnDecision e) {
    if (e.voluntary().isKnown()) {
      return e.voluntary().not();
    }
    return e.type() == ReturnKind.VOLUNTARY_RETURN ? Truth.FALSE : Truth.UNKNOWN;
  }

  @Override
  protected String field(ReturnDecision e, Truth breach) {
    return "voluntary";
  }
}
