package dev.palermo.checks.cooperation;

import static dev.palermo.checks.cooperation.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.events.CooperationType;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.Severity;
import org.junit.jupiter.api.Test;

/** Tests of {@link ExtraditionDespiteDeathPenalty} (PAL-C-0500). */
class ExtraditionDespiteDeathPenaltyTest {
  private static final ExtraditionDespiteDeathPenalty CHECK = new ExtraditionDespiteDeathPenalty();

  // seeds/000 line 533: the rules "prevent persons from being extradited on grounds that ... the
  // person may be subject to the death penalty"; fn 89 at line 417.
  @Test
  void firesWithoutAssurance() {
    assertFinding(run(CHECK, plain(extradition().deathPenaltyRisk(Truth.TRUE)
            .deathPenaltyAssurance(Truth.FALSE).refused(Truth.FALSE).build())),
        "PAL-C-0500", Severity.RECOMMENDATION, "/events/0/deathPenaltyAssurance",
        "ext-bar-death-penalty");
  }

  // seeds/000 line 533: a pending request (refusal not recorded) with the bar present is judged.
  @Test
  void firesOnAPendingRequest() {
    assertThat(run(CHECK, plain(extradition().deathPenaltyRisk(Truth.TRUE)
        .deathPenaltyAssurance(Truth.FALSE).build()))).hasSize(1);
  }

  // seeds/000 line 533, 417: an assurance lifts the bar; a refusal respects it; no risk, no bar.
  @Test
  void silentWithAssuranceRefusalOrNoRisk() {
    assertThat(run(CHECK, plain(extradition().deathPenaltyRisk(Truth.TRUE)
        .deathPenaltyAssurance(Truth.TRUE).build()))).isEmpty();
    assertThat(run(CHECK, plain(extradition().deathPenaltyRisk(Truth.TRUE)
        .deathPenaltyAssurance(Truth.FALSE).refused(Truth.TRUE).build()))).isEmpty();
    assertThat(run(CHECK, plain(extradition().deathPenaltyRisk(Truth.FALSE).build()))).isEmpty();
    assertThat(run(CHECK, plain(request(CooperationType.MLA_TAKING_EVIDENCE, SUSPECT)
        .deathPenaltyRisk(Truth.TRUE).deathPenaltyAssurance(Truth.FALSE).build()))).isEmpty();
  }

  // seeds/000 line 533: unknown facts give "cannot tell" at the first missing fact.
  @Test
  void cannotTellWhenUnknown() {
    assertCannotTell(run(CHECK, plain(extradition().build())), "PAL-C-0500",
        "/events/0/deathPenaltyRisk");
    assertCannotTell(run(CHECK, plain(extradition().deathPenaltyRisk(Truth.TRUE).build())),
        "PAL-C-0500", "/events/0/deathPenaltyAssurance");
  }

  // The bar is stated by seeds/000 line 533 only (no treaty the profiles list): a recommendation
  // in every jurisdiction.
  @Test
  void severityIsARecommendationEverywhere() {
    assertThat(severity(run(CHECK, plain(extradition().deathPenaltyRisk(Truth.TRUE)
        .deathPenaltyAssurance(Truth.FALSE).build()), Jurisdictions.COUNCIL_OF_EUROPE)))
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
