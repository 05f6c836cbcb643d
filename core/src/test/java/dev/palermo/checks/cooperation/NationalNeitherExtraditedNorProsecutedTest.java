package dev.palermo.checks.cooperation;

import static dev.palermo.checks.cooperation.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.law.Instrument;
import dev.palermo.report.Severity;
import org.junit.jupiter.api.Test;

/** Tests of {@link NationalNeitherExtraditedNorProsecuted} (PAL-C-0505). */
class NationalNeitherExtraditedNorProsecutedTest {
  private static final NationalNeitherExtraditedNorProsecuted CHECK =
      new NationalNeitherExtraditedNorProsecuted();

  // UNTOC art. 16(10), 15(3): seeds/000 lines 535, 553.
  @Test
  void firesWhenANationalIsNeitherExtraditedNorProsecuted() {
    assertFinding(run(CHECK, plain(extradition().refused(Truth.TRUE)
            .personIsNationalOfRequested(Truth.TRUE).prosecutedInstead(Truth.FALSE).build())),
        "PAL-C-0505", Severity.VIOLATION, "/events/0/prosecutedInstead", "untoc-16-10");
  }

  // UNTOC art. 16(10): prosecuted instead; or granted; or not a national (limited to nationality,
  // seeds/000 line 553).
  @Test
  void silentWhenProsecutedGrantedOrNotANational() {
    assertThat(run(CHECK, plain(extradition().refused(Truth.TRUE)
        .personIsNationalOfRequested(Truth.TRUE).prosecutedInstead(Truth.TRUE).build())))
        .isEmpty();
    assertThat(run(CHECK, plain(extradition().refused(Truth.FALSE).build()))).isEmpty();
    assertThat(run(CHECK, plain(extradition().refused(Truth.TRUE)
        .personIsNationalOfRequested(Truth.FALSE).build()))).isEmpty();
  }

  // UNTOC art. 16(10): unknown facts give "cannot tell" at the first missing one.
  @Test
  void cannotTellWhenUnknown() {
    assertCannotTell(run(CHECK, plain(extradition().build())), "PAL-C-0505",
        "/events/0/refused");
    assertCannotTell(run(CHECK, plain(extradition().refused(Truth.TRUE)
            .personIsNationalOfRequested(Truth.TRUE).build())), "PAL-C-0505",
        "/events/0/prosecutedInstead");
  }

  // UNTOC art. 16(10) binds UNTOC parties, CoE art. 31(3) CoE parties (seeds/000 line 567);
  // a recommendation where neither binds.
  @Test
  void severityFollowsRatifications() {
    var request = extradition().refused(Truth.TRUE).personIsNationalOfRequested(Truth.TRUE)
        .prosecutedInstead(Truth.FALSE).build();
    assertThat(severity(run(CHECK, plain(request), unbound())))
        .isEqualTo(Severity.RECOMMENDATION);
    assertThat(severity(run(CHECK, plain(request), boundOnly(Instrument.COE_CONVENTION))))
        .isEqualTo(Severity.VIOLATION);
    assertThat(severity(run(CHECK, plain(request), Jurisdictions.COUNCIL_OF_EUROPE)))
        .isEqualTo(Severity.VIOLATION);
  }
}
