package dev.palermo.checks.cooperation;

import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.rights.Stage;
import java.util.List;
import java.util.Set;

/**
 * A transfer of criminal proceedings, not refused, for conduct that has already been the subject
 * of a final acquittal or punishment: the choice of forum in a transfer must "avoid risks of
 * infringement of the ne bis in idem principle" (seeds/001_ab6577e9586ed171.txt:248).
 *
 * <p>Fires when {@code priorFinalJudgment} is TRUE and the request is not recorded as refused.
 * Code PAL-C-0510. Cites {@code coop-forum-choice}. Immutable and thread-safe.
 */
public final class TransferAfterFinalJudgment extends RequestRule {
  /** Creates the check. */
  public TransferAfterFinalJudgment() {
    super("transfer-after-final-judgment", "PAL-C-0510", Stage.PROCEEDINGS,
        List.of("coop-forum-choice"),
        List.of("events[cooperation-request].priorFinalJudgment",
            "events[cooperation-request].refused"),
        Set.of(CooperationType.TRANSFER_OF_PROCEEDINGS), Scope.EVERYONE);
  }

  @Override
  List<Condition> conditions(CooperationRequest e) {
    return List.of(new Condition("priorFinalJudgment", e.priorFinalJudgment()), notRefused(e));
  }

  @Override
  String findingField(CooperationRequest e) {
    return "priorFinalJudgment";
  }
}
