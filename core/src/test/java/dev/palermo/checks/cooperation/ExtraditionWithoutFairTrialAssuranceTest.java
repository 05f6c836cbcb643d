package dev.palermo.checks.cooperation;

import static dev.palermo.checks.cooperation.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.Severity;
import org.junit.jupiter.api.Test;

/** Tests of {@link ExtraditionWithoutFairTrialAssurance} (PAL-C-0504). */
class ExtraditionWithoutFairTrialAssuranceTest {
  private static final ExtraditionWithoutFairTrialAssurance CHECK =
      new ExtraditionWithoutFairTrialAssurance();

  // seeds/000 line 533: "can (and, arguably, should) also refuse extradition".
  @Test
  void firesWithoutAssurance() {
    assertFinding(run(CHECK, plain(extradition().fairTrialAssurance(Truth.FALSE)
            .refused(Truth.FALSE).build())),
        "PAL-C-0504", Severity.RECOMMENDATION, "/events/0/fairTrialAssurance",
        "ext-fair-trial-assurance");
  }

  // seeds/000 line 533.
  @Test
  void silentWithAssuranceOrWhenRefused() {
    assertThat(run(CHECK, plain(extradition().fairTrialAssurance(Truth.TRUE).build()))).isEmpty();
    assertThat(run(CHECK, plain(extradition().fairTrialAssurance(Truth.FALSE)
        .refused(Truth.TRUE).build()))).isEmpty();
  }

  // seeds/000 line 533: unknown gives "cannot tell".
  @Test
  void cannotTellWhenUnknown() {
    assertCannotTell(run(CHECK, plain(extradition().build())), "PAL-C-0504",
        "/events/0/fairTrialAssurance");
  }

  // An emerging norm ("arguably"): a recommendation even where ICCPR and UNTOC bind.
  @Test
  void emergingNormIsARecommendation() {
    assertThat(severity(run(CHECK, plain(extradition().fairTrialAssurance(Truth.FALSE).build()),
        Jurisdictions.UNITED_STATES))).isEqualTo(Severity.RECOMMENDATION);
  }
}
