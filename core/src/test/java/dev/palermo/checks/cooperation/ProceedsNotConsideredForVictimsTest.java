package dev.palermo.checks.cooperation;

import static dev.palermo.checks.cooperation.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.events.AssetRecoveryStep;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.Severity;
import org.junit.jupiter.api.Test;

/** Tests of {@link ProceedsNotConsideredForVictims} (PAL-C-0514). */
class ProceedsNotConsideredForVictimsTest {
  private static final ProceedsNotConsideredForVictims CHECK =
      new ProceedsNotConsideredForVictims();

  // seeds/000 line 489: "advisory rather than mandatory"; line 491; OHCHR Principle 16.
  @Test
  void firesAsARecommendation() {
    assertFinding(run(CHECK, plain(assets(AssetRecoveryStep.CONFISCATE)
            .onRequestOfAnotherState(Truth.FALSE).proceedsConsideredForCompensation(Truth.FALSE)
            .build())),
        "PAL-C-0514", Severity.RECOMMENDATION, "/events/0/proceedsConsideredForCompensation",
        "assets-to-victims-advisory");
  }

  // seeds/000 line 489: considered; at another State's request (UNTOC art. 14(2) check instead);
  // tracing.
  @Test
  void silentWhenConsideredOnRequestOrTracing() {
    assertThat(run(CHECK, plain(assets(AssetRecoveryStep.CONFISCATE)
        .proceedsConsideredForCompensation(Truth.TRUE).build()))).isEmpty();
    assertThat(run(CHECK, plain(assets(AssetRecoveryStep.CONFISCATE)
        .onRequestOfAnotherState(Truth.TRUE).proceedsConsideredForCompensation(Truth.FALSE)
        .build()))).isEmpty();
    assertThat(run(CHECK, plain(assets(AssetRecoveryStep.TRACE).build()))).isEmpty();
  }

  // seeds/000 line 489: unknown gives "cannot tell".
  @Test
  void cannotTellWhenUnknown() {
    assertCannotTell(run(CHECK, plain(assets(AssetRecoveryStep.RETURN_OR_DISPOSE).build())),
        "PAL-C-0514", "/events/0/proceedsConsideredForCompensation");
  }

  // Advisory everywhere: CoE art. 15(4) only says compensation "could be funded" by assets.
  @Test
  void advisoryEvenUnderTheCouncilOfEurope() {
    assertThat(severity(run(CHECK, plain(assets(AssetRecoveryStep.CONFISCATE)
        .proceedsConsideredForCompensation(Truth.FALSE).build()),
        Jurisdictions.COUNCIL_OF_EUROPE))).isEqualTo(Severity.RECOMMENDATION);
  }
}
