package dev.palermo.checks.cooperation;

import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.rights.Stage;
import java.util.List;
import java.util.Set;

/**
 * A transfer of criminal proceedings (UNTOC art. 21), not refused, where the State that will
 * prosecute was not chosen in a transparent and objective way. "The jurisdiction must be chosen in
 * a transparent and objective way in order to safeguard legal certainty for citizens, avoid risks
 * of infringement of the ne bis in idem principle and improve judicial cooperation"
 * (seeds/001_ab6577e9586ed171.txt:248): guidance of the Secretariat, so a recommendation.
 *
 * <p>Fires when {@code forumChoiceTransparent} is FALSE and the request is not recorded as
 * refused. Code PAL-C-0509. Cites {@code coop-forum-choice}. Immutable and thread-safe.
 */
public final class TransferWithoutTransparentForum extends RequestRule {
  /** Creates the check. */
  public TransferWithoutTransparentForum() {
    super("transfer-without-transparent-forum", "PAL-C-0509", Stage.PROCEEDINGS,
        List.of("coop-forum-choice"),
        List.of("events[cooperation-request].forumChoiceTransparent",
            "events[cooperation-request].refused"),
        Set.of(CooperationType.TRANSFER_OF_PROCEEDINGS), Scope.EVERYONE);
  }

  @Override
  List<Condition> conditions(CooperationRequest e) {
    return List.of(new Condition("forumChoiceTransparent", e.forumChoiceTransparent().not()),
        notRefused(e));
  }

  @Override
  String findingField(CooperationRequest e) {
    return "forumChoiceTransparent";
  }
}
