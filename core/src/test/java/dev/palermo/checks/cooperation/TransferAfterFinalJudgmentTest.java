package dev.palermo.checks.cooperation;

import static dev.palermo.checks.cooperation.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.events.CooperationType;
import dev.palermo.facts.Truth;
import dev.palermo.report.Severity;
import org.junit.jupiter.api.Test;

/** Tests of {@link TransferAfterFinalJudgment} (PAL-C-0510). */
class TransferAfterFinalJudgmentTest {
  private static final TransferAfterFinalJudgment CHECK = new TransferAfterFinalJudgment();

  // seeds/001 line 248: "avoid risks of infringement of the ne bis in idem principle".
  @Test
  void firesAfterAFinalJudgment() {
    assertFinding(run(CHECK, plain(request(CooperationType.TRANSFER_OF_PROCEEDINGS, SUSPECT)
            .priorFinalJudgment(Truth.TRUE).build())),
        "PAL-C-0510", Severity.RECOMMENDATION, "/events/0/priorFinalJudgment",
        "coop-forum-choice");
  }

  // seeds/001 line 248.
  @Test
  void silentWithoutFinalJudgmentOrWhenRefused() {
    assertThat(run(CHECK, plain(request(CooperationType.TRANSFER_OF_PROCEEDINGS, SUSPECT)
        .priorFinalJudgment(Truth.FALSE).build()))).isEmpty();
    assertThat(run(CHECK, plain(request(CooperationType.TRANSFER_OF_PROCEEDINGS, SUSPECT)
        .priorFinalJudgment(Truth.TRUE).refused(Truth.TRUE).build()))).isEmpty();
  }

  // seeds/001 line 248: unknown gives "cannot tell".
  @Test
  void cannotTellWhenUnknown() {
    assertCannotTell(run(CHECK, plain(request(CooperationType.TRANSFER_OF_PROCEEDINGS, SUSPECT)
        .build())), "PAL-C-0510", "/events/0/priorFinalJudgment");
  }
}
