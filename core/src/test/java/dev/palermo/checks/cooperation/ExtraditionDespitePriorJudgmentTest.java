package dev.palermo.checks.cooperation;

import static dev.palermo.checks.cooperation.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.facts.Truth;
import dev.palermo.report.Severity;
import org.junit.jupiter.api.Test;

/** Tests of {@link ExtraditionDespitePriorJudgment} (PAL-C-0503). */
class ExtraditionDespitePriorJudgmentTest {
  private static final ExtraditionDespitePriorJudgment CHECK =
      new ExtraditionDespitePriorJudgment();

  // seeds/000 line 533: "being tried for conduct that has already been the subject of acquittal
  // or punishment".
  @Test
  void firesOnPriorFinalJudgment() {
    assertFinding(run(CHECK, plain(extradition().priorFinalJudgment(Truth.TRUE).build())),
        "PAL-C-0503", Severity.RECOMMENDATION, "/events/0/priorFinalJudgment",
        "ext-bar-double-jeopardy");
  }

  // seeds/000 line 533.
  @Test
  void silentWithoutPriorJudgmentOrWhenRefused() {
    assertThat(run(CHECK, plain(extradition().priorFinalJudgment(Truth.FALSE).build())))
        .isEmpty();
    assertThat(run(CHECK, plain(extradition().priorFinalJudgment(Truth.TRUE)
        .refused(Truth.TRUE).build()))).isEmpty();
  }

  // seeds/000 line 533: unknown gives "cannot tell".
  @Test
  void cannotTellWhenUnknown() {
    assertCannotTell(run(CHECK, plain(extradition().build())), "PAL-C-0503",
        "/events/0/priorFinalJudgment");
  }
}
