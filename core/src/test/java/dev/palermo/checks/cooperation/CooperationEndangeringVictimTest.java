package dev.palermo.checks.cooperation;

import static dev.palermo.checks.cooperation.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.events.CooperationType;
import dev.palermo.facts.Truth;
import dev.palermo.report.Severity;
import org.junit.jupiter.api.Test;

/** Tests of {@link CooperationEndangeringVictim} (PAL-C-0508). */
class CooperationEndangeringVictimTest {
  private static final CooperationEndangeringVictim CHECK = new CooperationEndangeringVictim();

  // seeds/001 line 150: the perpetrator's presence after extradition "may create a risk to the
  // personal safety of the victim"; UNTOC art. 25(1).
  @Test
  void firesOnExtraditionEndangeringAVictim() {
    assertFinding(run(CHECK, plain(extradition().victimAtRisk(Truth.TRUE)
            .victimSafetyPlan(Truth.FALSE).build())),
        "PAL-C-0508", Severity.VIOLATION, "/events/0/victimSafetyPlan",
        "coop-extradition-victim-safety");
  }

  // seeds/001 line 148: a victim brought to testify in the requesting State.
  @Test
  void firesOnAVoluntaryAppearance() {
    assertThat(run(CHECK, plain(request(CooperationType.MLA_VOLUNTARY_APPEARANCE, VICTIM)
        .victimAtRisk(Truth.TRUE).victimSafetyPlan(Truth.FALSE).build()))).hasSize(1);
  }

  // seeds/001 line 150: a safety plan, no risk, or a refused request; other kinds not judged.
  @Test
  void silentWithPlanNoRiskRefusalOrOtherKinds() {
    assertThat(run(CHECK, plain(extradition().victimAtRisk(Truth.TRUE)
        .victimSafetyPlan(Truth.TRUE).build()))).isEmpty();
    assertThat(run(CHECK, plain(extradition().victimAtRisk(Truth.FALSE).build()))).isEmpty();
    assertThat(run(CHECK, plain(extradition().victimAtRisk(Truth.TRUE)
        .victimSafetyPlan(Truth.FALSE).refused(Truth.TRUE).build()))).isEmpty();
    assertThat(run(CHECK, plain(request(CooperationType.MLA_SERVICE_OF_DOCUMENTS, SUSPECT)
        .build()))).isEmpty();
  }

  // seeds/001 line 150: unknown facts give "cannot tell".
  @Test
  void cannotTellWhenUnknown() {
    assertCannotTell(run(CHECK, plain(extradition().build())), "PAL-C-0508",
        "/events/0/victimAtRisk");
  }

  // UNTOC arts. 24 and 25(1) bind UNTOC parties; the guidance alone is a recommendation.
  @Test
  void severityFollowsUntoc() {
    assertThat(severity(run(CHECK, plain(extradition().victimAtRisk(Truth.TRUE)
        .victimSafetyPlan(Truth.FALSE).build()), unbound()))).isEqualTo(Severity.RECOMMENDATION);
  }
}
