package dev.palermo.checks.returns;

import dev.palermo.checks.EventRule;
import dev.palermo.events.ReturnDecision;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A victim's return decided without due regard to pending proceedings. TIP Protocol art. 8(2):
 * return shall be with due regard "for the status of any legal proceedings related to the fact that
 * the person is a victim of trafficking" (seeds/003_d1561a5ed447703d.txt:268;
 * seeds/000_4ef45050c65d0a55.txt:263, 281). Fires when proceedings are pending and
 * {@code dueRegardToProceedings} is FALSE. Video-link testimony from the home country is one way to
 * preserve participation (seeds/004_a416d8ba61ae2dbe.txt:595).
 *
 * <p>Code PAL-C-0203. Cites {@code tip-8-2-proceedings}. Immutable and
 * thread-safe.
 */
public final class ReturnDisregardingPendingProceedings extends EventRule<ReturnDecision> {
  /** Creates the check. */
  public ReturnDisregardingPendingProceedings() {
    super("return-disregarding-pending-proceedings", "PAL-C-0203", Stage.RETURN,
        List.of("tip-8-2-proceedings"),
        List.of("events[return-decision].pendingProceedings", "events[return-decision].dueRegardToProceedings"),
        ReturnDecision.class, Scope.VICTIMS);
  }

  @Override
  protected Truth breach(ReturnDecision e) {
    return e.pendingProceedings().and(e.dueRegardToProceedings().not());
  }

  @Override
  protected String field(ReturnDecision e, Truth breach) {
    if (!breach.isTrue() && !e.pendingProceedings().isKnown()) {
      return "pendingProceedings";
    }
    return "dueRegardToProceedings";
  }
}
