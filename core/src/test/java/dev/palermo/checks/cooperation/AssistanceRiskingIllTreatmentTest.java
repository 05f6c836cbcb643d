package dev.palermo.checks.cooperation;

import static dev.palermo.checks.cooperation.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.events.CooperationType;
import dev.palermo.facts.Truth;
import dev.palermo.report.Severity;
import org.junit.jupiter.api.Test;

/** Tests of {@link AssistanceRiskingIllTreatment} (PAL-C-0512). */
class AssistanceRiskingIllTreatmentTest {
  private static final AssistanceRiskingIllTreatment CHECK = new AssistanceRiskingIllTreatment();

  // seeds/000 lines 563, 581: "nothing in the terms of a mutual legal assistance request would
  // constitute an actual or potential infringement of human rights".
  @Test
  void firesOnTortureRisk() {
    assertFinding(run(CHECK, plain(request(CooperationType.MLA_PRISONER_TO_GIVE_EVIDENCE, SUSPECT)
            .tortureRisk(Truth.TRUE).build())),
        "PAL-C-0512", Severity.RECOMMENDATION, "/events/0/tortureRisk", "coop-mla-human-rights");
  }

  // seeds/004 line 794: the death penalty impedes mutual legal assistance.
  @Test
  void firesOnDeathPenaltyWithoutAssurance() {
    assertFinding(run(CHECK, plain(request(CooperationType.MLA_TAKING_EVIDENCE, SUSPECT)
            .tortureRisk(Truth.FALSE).deathPenaltyRisk(Truth.TRUE)
            .deathPenaltyAssurance(Truth.FALSE).build())),
        "PAL-C-0512", Severity.RECOMMENDATION, "/events/0/deathPenaltyAssurance",
        "coop-mla-human-rights");
  }

  // seeds/000 line 581: no risk, an assurance, or a refusal; extradition has its own checks.
  @Test
  void silentWithoutRiskWithAssuranceOrRefused() {
    assertThat(run(CHECK, plain(request(CooperationType.MLA_TAKING_EVIDENCE, SUSPECT)
        .tortureRisk(Truth.FALSE).deathPenaltyRisk(Truth.FALSE).build()))).isEmpty();
    assertThat(run(CHECK, plain(request(CooperationType.MLA_TAKING_EVIDENCE, SUSPECT)
        .tortureRisk(Truth.FALSE).deathPenaltyRisk(Truth.TRUE).deathPenaltyAssurance(Truth.TRUE)
        .build()))).isEmpty();
    assertThat(run(CHECK, plain(request(CooperationType.TRANSFER_OF_PROCEEDINGS, SUSPECT)
        .tortureRisk(Truth.TRUE).refused(Truth.TRUE).build()))).isEmpty();
    assertThat(run(CHECK, plain(extradition().tortureRisk(Truth.TRUE).build()))).isEmpty();
  }

  // seeds/000 line 563: unknown risks give "cannot tell" at the missing fact.
  @Test
  void cannotTellWhenUnknown() {
    assertCannotTell(run(CHECK, plain(request(CooperationType.MLA_SEARCH_AND_SEIZURE, SUSPECT)
        .deathPenaltyRisk(Truth.FALSE).build())), "PAL-C-0512", "/events/0/tortureRisk");
    assertCannotTell(run(CHECK, plain(request(CooperationType.MLA_SEARCH_AND_SEIZURE, SUSPECT)
        .tortureRisk(Truth.FALSE).build())), "PAL-C-0512", "/events/0/deathPenaltyRisk");
    assertCannotTell(run(CHECK, plain(request(CooperationType.MLA_SEARCH_AND_SEIZURE, SUSPECT)
            .tortureRisk(Truth.FALSE).deathPenaltyRisk(Truth.TRUE).build())), "PAL-C-0512",
        "/events/0/deathPenaltyAssurance");
  }
}
