package dev.palermo.checks.sanctions;

import static dev.palermo.checks.sanctions.SanctionsSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import dev.palermo.rights.ProvisionCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of {@link SanctionBelowProfileFloor} (PAL-C-0400, sanction-below-profile-floor). */
class SanctionBelowProfileFloorTest {
  private static final SanctionBelowProfileFloor CHECK = new SanctionBelowProfileFloor();

  // CoE art. 23(1): custodial penalties that can give rise to extradition, at least one year
  // (Explanatory Report para. 252; seeds/000 lines 383, 393).
  @Test
  void firesBelowTheCouncilOfEuropeFloor() {
    List<Problem> out = run(CHECK, offenderCase(base().statutoryMaximumCustodyMonths(6).build()),
        Jurisdictions.COUNCIL_OF_EUROPE);
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0400");
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/statutoryMaximumCustodyMonths"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("coe-23-1").provision());
      assertThat(p.message()).contains("6 months").contains("12 months").doesNotContain("{");
      assertThat(p.remedy()).isPresent();
    });
  }

  // CoE art. 23(1), seeds/000 line 393: a maximum of one year or more meets the floor.
  @Test
  void silentAtOrAboveTheFloor() {
    assertThat(run(CHECK, offenderCase(base().statutoryMaximumCustodyMonths(12).build()),
        Jurisdictions.COUNCIL_OF_EUROPE)).isEmpty();
  }

  // CoE art. 23(1): with a floor set and the statutory maximum unknown, "cannot tell".
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, offenderCase(base().build()), Jurisdictions.COUNCIL_OF_EUROPE);
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/statutoryMaximumCustodyMonths"));
    });
  }

  // The Protocol baseline sets no floor (the seeds give none for UNTOC art. 11): not engaged.
  @Test
  void silentWhereTheProfileSetsNoFloor() {
    assertThat(Jurisdictions.PROTOCOL.latest().minimumCustodyMonths()).isEmpty();
    assertThat(run(CHECK, offenderCase(base().statutoryMaximumCustodyMonths(1).build()),
        Jurisdictions.PROTOCOL)).isEmpty();
  }

  // A floor is configurable per profile; where the CoE Convention does not bind, a shortfall is
  // a recommendation (CoE art. 23(1) binds only its parties).
  @Test
  void configuredFloorOutsideTheCouncilOfEuropeIsARecommendation() {
    Jurisdiction j = Jurisdiction.of(Jurisdictions.PROTOCOL.latest().withMinimumCustodyMonths(48));
    List<Problem> out = run(CHECK, offenderCase(base().statutoryMaximumCustodyMonths(24).build()),
        j);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.RECOMMENDATION);
  }

  // The CoE profile's floor comes with its source note (seeds/000 line 393).
  @Test
  void councilOfEuropeFloorIsSourced() {
    assertThat(Jurisdictions.COUNCIL_OF_EUROPE.latest().minimumCustodyMonths()).hasValue(12);
    assertThat(Jurisdictions.COUNCIL_OF_EUROPE.latest().sourceNotes())
        .anySatisfy(n -> assertThat(n.source()).contains("000_4ef45050c65d0a55.txt:383, 393"));
  }
}
