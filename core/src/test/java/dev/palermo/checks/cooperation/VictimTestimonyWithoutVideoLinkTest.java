package dev.palermo.checks.cooperation;

import static dev.palermo.checks.cooperation.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.events.CooperationType;
import dev.palermo.facts.Truth;
import dev.palermo.report.Severity;
import org.junit.jupiter.api.Test;

/** Tests of {@link VictimTestimonyWithoutVideoLink} (PAL-C-0511). */
class VictimTestimonyWithoutVideoLinkTest {
  private static final VictimTestimonyWithoutVideoLink CHECK =
      new VictimTestimonyWithoutVideoLink();

  // UNTOC art. 18(18), seeds/001 line 244: video conference "where it is not possible or desirable
  // for the witness to appear in person".
  @Test
  void firesWhenAppearingInPersonIsUnsuitable() {
    assertFinding(run(CHECK, identified(Fixtures.adult(),
            request(CooperationType.MLA_TAKING_EVIDENCE, VICTIM)
                .appearanceInPersonUnsuitable(Truth.TRUE).videoLinkOffered(Truth.FALSE).build())),
        "PAL-C-0511", Severity.CONCERN, "/events/1/videoLinkOffered", "untoc-18-18-option");
  }

  // seeds/001 line 97: "video technology for interviewing at-risk witnesses".
  @Test
  void firesForAnAtRiskVictim() {
    assertThat(run(CHECK, identified(Fixtures.childOf16(),
        request(CooperationType.MLA_VOLUNTARY_APPEARANCE, VICTIM).victimAtRisk(Truth.TRUE)
            .videoLinkOffered(Truth.FALSE).build()))).hasSize(1);
  }

  // UNTOC art. 18(18): a video link offered, or appearing in person suitable and no risk.
  @Test
  void silentWithVideoLinkOrSuitableAppearance() {
    assertThat(run(CHECK, identified(Fixtures.adult(),
        request(CooperationType.MLA_TAKING_EVIDENCE, VICTIM)
            .appearanceInPersonUnsuitable(Truth.TRUE).videoLinkOffered(Truth.TRUE).build())))
        .isEmpty();
    assertThat(run(CHECK, identified(Fixtures.adult(),
        request(CooperationType.MLA_TAKING_EVIDENCE, VICTIM)
            .appearanceInPersonUnsuitable(Truth.FALSE).victimAtRisk(Truth.FALSE).build())))
        .isEmpty();
  }

  // UNTOC art. 18(18): unknown facts give "cannot tell"; an unscreened person with the breach
  // gives "cannot tell" at the person.
  @Test
  void cannotTellWhenUnknown() {
    assertCannotTell(run(CHECK, identified(Fixtures.adult(),
            request(CooperationType.MLA_TAKING_EVIDENCE, VICTIM).build())), "PAL-C-0511",
        "/events/1/appearanceInPersonUnsuitable");
    assertCannotTell(run(CHECK, plain(request(CooperationType.MLA_TAKING_EVIDENCE, VICTIM)
            .appearanceInPersonUnsuitable(Truth.TRUE).videoLinkOffered(Truth.FALSE).build())),
        "PAL-C-0511", "/persons/0");
  }

  // UNTOC art. 18(18) is permissive: a recommendation where UNTOC does not bind.
  @Test
  void severityFollowsUntoc() {
    assertThat(severity(run(CHECK, identified(Fixtures.adult(),
        request(CooperationType.MLA_TAKING_EVIDENCE, VICTIM)
            .appearanceInPersonUnsuitable(Truth.TRUE).videoLinkOffered(Truth.FALSE).build()),
        unbound()))).isEqualTo(Severity.RECOMMENDATION);
  }
}
