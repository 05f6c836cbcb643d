package dev.palermo.checks.cooperation;

import static dev.palermo.checks.cooperation.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.events.CooperationType;
import dev.palermo.facts.Truth;
import dev.palermo.report.Severity;
import org.junit.jupiter.api.Test;

/** Tests of {@link VictimDataSharedWithoutSafeguards} (PAL-C-0507). */
class VictimDataSharedWithoutSafeguardsTest {
  private static final VictimDataSharedWithoutSafeguards CHECK =
      new VictimDataSharedWithoutSafeguards();

  // seeds/001 line 148: "breaches to the right to confidentiality arising as a result of the
  // disclosure of sensitive information in the context of document exchanges"; TIP art. 6(1).
  @Test
  void firesOnUnprotectedDisclosure() {
    assertFinding(run(CHECK, plain(request(CooperationType.MLA_DOCUMENTS_AND_RECORDS, SUSPECT)
            .victimIdentityOrDataShared(Truth.TRUE).dataSafeguards(Truth.FALSE).build())),
        "PAL-C-0507", Severity.VIOLATION, "/events/0/dataSafeguards", "coop-victim-data");
  }

  // seeds/001 line 152: informal cooperation must respect victims' rights too.
  @Test
  void firesOnInformalCooperation() {
    assertThat(run(CHECK, plain(request(CooperationType.INFORMAL_POLICE_COOPERATION, VICTIM)
        .victimIdentityOrDataShared(Truth.TRUE).dataSafeguards(Truth.FALSE).build())))
        .hasSize(1);
  }

  // seeds/001 line 148: protected, or nothing shared.
  @Test
  void silentWhenProtectedOrNotShared() {
    assertThat(run(CHECK, plain(request(CooperationType.MLA_TAKING_EVIDENCE, VICTIM)
        .victimIdentityOrDataShared(Truth.TRUE).dataSafeguards(Truth.TRUE).build()))).isEmpty();
    assertThat(run(CHECK, plain(request(CooperationType.MLA_TAKING_EVIDENCE, VICTIM)
        .victimIdentityOrDataShared(Truth.FALSE).build()))).isEmpty();
  }

  // seeds/001 line 148: unknown facts give "cannot tell".
  @Test
  void cannotTellWhenUnknown() {
    assertCannotTell(run(CHECK, plain(request(CooperationType.JOINT_INVESTIGATION_TEAM, SUSPECT)
        .build())), "PAL-C-0507", "/events/0/victimIdentityOrDataShared");
    assertCannotTell(run(CHECK, plain(request(CooperationType.JOINT_INVESTIGATION_TEAM, SUSPECT)
            .victimIdentityOrDataShared(Truth.TRUE).build())), "PAL-C-0507",
        "/events/0/dataSafeguards");
  }

  // TIP art. 6(1) binds Protocol parties; guidance alone is a recommendation.
  @Test
  void severityFollowsTheProtocol() {
    assertThat(severity(run(CHECK, plain(request(CooperationType.MLA_DOCUMENTS_AND_RECORDS,
        SUSPECT).victimIdentityOrDataShared(Truth.TRUE).dataSafeguards(Truth.FALSE).build()),
        unbound()))).isEqualTo(Severity.RECOMMENDATION);
  }
}
