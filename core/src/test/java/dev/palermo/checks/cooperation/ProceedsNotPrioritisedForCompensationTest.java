package dev.palermo.checks.cooperation;

import static dev.palermo.checks.cooperation.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.events.AssetRecoveryStep;
import dev.palermo.facts.CountryCode;
import dev.palermo.facts.Truth;
import dev.palermo.report.Severity;
import org.junit.jupiter.api.Test;

/** Tests of {@link ProceedsNotPrioritisedForCompensation} (PAL-C-0513). */
class ProceedsNotPrioritisedForCompensationTest {
  private static final ProceedsNotPrioritisedForCompensation CHECK =
      new ProceedsNotPrioritisedForCompensation();

  // UNTOC art. 14(2), seeds/000 line 503 and seeds/001 line 246: priority consideration to
  // returning confiscated proceeds so that victims can be compensated.
  @Test
  void firesOnConfiscationAtAnotherStatesRequest() {
    assertFinding(run(CHECK, plain(assets(AssetRecoveryStep.CONFISCATE)
            .onRequestOfAnotherState(Truth.TRUE).requestingState(CountryCode.of("NG"))
            .proceedsConsideredForCompensation(Truth.FALSE).build())),
        "PAL-C-0513", Severity.VIOLATION, "/events/0/proceedsConsideredForCompensation",
        "untoc-14-2");
  }

  // UNTOC art. 14(2): considered; no request (the advisory check applies); tracing or freezing.
  @Test
  void silentWhenConsideredDomesticOrEarlierSteps() {
    assertThat(run(CHECK, plain(assets(AssetRecoveryStep.RETURN_OR_DISPOSE)
        .onRequestOfAnotherState(Truth.TRUE).proceedsConsideredForCompensation(Truth.TRUE)
        .build()))).isEmpty();
    assertThat(run(CHECK, plain(assets(AssetRecoveryStep.CONFISCATE)
        .onRequestOfAnotherState(Truth.FALSE).proceedsConsideredForCompensation(Truth.FALSE)
        .build()))).isEmpty();
    assertThat(run(CHECK, plain(assets(AssetRecoveryStep.TRACE).build()))).isEmpty();
    assertThat(run(CHECK, plain(assets(AssetRecoveryStep.FREEZE_OR_SEIZE).build()))).isEmpty();
  }

  // UNTOC art. 14(2): unknown facts give "cannot tell".
  @Test
  void cannotTellWhenUnknown() {
    assertCannotTell(run(CHECK, plain(assets(AssetRecoveryStep.CONFISCATE)
            .proceedsConsideredForCompensation(Truth.FALSE).build())), "PAL-C-0513",
        "/events/0/onRequestOfAnotherState");
    assertCannotTell(run(CHECK, plain(assets(AssetRecoveryStep.CONFISCATE)
            .onRequestOfAnotherState(Truth.TRUE).build())), "PAL-C-0513",
        "/events/0/proceedsConsideredForCompensation");
  }

  // UNTOC art. 14(2) binds UNTOC parties only.
  @Test
  void severityFollowsUntoc() {
    assertThat(severity(run(CHECK, plain(assets(AssetRecoveryStep.CONFISCATE)
        .onRequestOfAnotherState(Truth.TRUE).proceedsConsideredForCompensation(Truth.FALSE)
        .build()), unbound()))).isEqualTo(Severity.RECOMMENDATION);
  }
}
