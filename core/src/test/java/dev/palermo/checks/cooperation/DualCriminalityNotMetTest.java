package dev.palermo.checks.cooperation;

import static dev.palermo.checks.cooperation.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.checks.Checks;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.Person;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link DualCriminalityNotMet} (PAL-C-0506), with the scenario of the issue: an
 * extradition request for conduct that is trafficking in the requesting State but not in the
 * requested one.
 */
class DualCriminalityNotMetTest {
  private static final DualCriminalityNotMet CHECK = new DualCriminalityNotMet();

  /** A 16-year-old recruited, with no means, for forced labour, by the suspect. */
  private static Conduct childForcedLabourWithoutMeans() {
    return Fixtures.conduct().perpetrators(List.of(SUSPECT)).acts(FactSet.only(Act.RECRUITMENT))
        .means(FactSet.none()).purposes(FactSet.only(ExploitationPurpose.FORCED_LABOUR)).build();
  }

  private static CooperationRequest.Builder between(String requesting, String requested) {
    return extradition().requestingJurisdiction(requesting).requestedJurisdiction(requested);
  }

  private static Case scenario(Person victim, Conduct conduct, CooperationRequest request) {
    return withConduct(victim, List.of(conduct), request);
  }

  // Scenario of the issue. UNTOC art. 16(1) and seeds/000 line 533 ("not an offence in the
  // requested State"): under the Protocol a child needs no means (art. 3(c)); in the United
  // States labour trafficking needs force, fraud or coercion (DOMAIN.md section 3).
  @Test
  void scenarioTraffickingInTheRequestingStateButNotInTheRequestedOne() {
    Case c = scenario(Fixtures.childOf16(), childForcedLabourWithoutMeans(),
        between("tip-protocol", "us").build());
    List<Problem> out = run(CHECK, c, Jurisdictions.UNITED_STATES);
    assertFinding(out, "PAL-C-0506", Severity.VIOLATION, "/events/0/requestedJurisdiction",
        "untoc-16-1");
    assertThat(out.get(0).message()).contains("tip-protocol").contains("us")
        .contains("conducts/0");
    // The whole engine reports it too.
    assertThat(Checks.run(c, Jurisdictions.UNITED_STATES, AS_OF).problems())
        .extracting(Problem::code).contains("PAL-C-0506");
  }

  // UNTOC art. 16(1): the request in the other direction fails on the requesting side.
  @Test
  void firesAtTheRequestingSideWhenItsLawIsNotMet() {
    List<Problem> out = run(CHECK, scenario(Fixtures.childOf16(), childForcedLabourWithoutMeans(),
        between("us", "tip-protocol").build()));
    assertFinding(out, "PAL-C-0506", Severity.VIOLATION, "/events/0/requestingJurisdiction",
        "untoc-16-1");
  }

  // UNTOC art. 16(1): child prostitution is trafficking under both laws; a refused request
  // respects the rule; other kinds of request are not judged.
  @Test
  void silentWhenSatisfiedRefusedOrNotAnExtradition() {
    Conduct prostitution = Fixtures.conduct().perpetrators(List.of(SUSPECT))
        .acts(FactSet.only(Act.RECRUITMENT)).means(FactSet.none())
        .purposes(FactSet.only(ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION)).build();
    assertThat(run(CHECK, scenario(Fixtures.childOf16(), prostitution,
        between("tip-protocol", "us").build()))).isEmpty();
    assertThat(run(CHECK, scenario(Fixtures.childOf16(), childForcedLabourWithoutMeans(),
        between("tip-protocol", "us").refused(Truth.TRUE).build()))).isEmpty();
    assertThat(run(CHECK, scenario(Fixtures.childOf16(), childForcedLabourWithoutMeans(),
        request(CooperationType.MLA_TAKING_EVIDENCE, SUSPECT).requestingJurisdiction("tip-protocol")
            .requestedJurisdiction("us").build()))).isEmpty();
  }

  // UNTOC art. 16(1): a request about the victim reads the conduct directed at the victim.
  @Test
  void readsTheConductDirectedAtTheVictim() {
    List<Problem> out = run(CHECK, scenario(Fixtures.childOf16(), childForcedLabourWithoutMeans(),
        request(CooperationType.EXTRADITION, VICTIM).requestingJurisdiction("tip-protocol")
            .requestedJurisdiction("us").build()));
    assertThat(out).singleElement().extracting(Problem::severity).isEqualTo(Severity.VIOLATION);
  }

  // Three-valued (DOMAIN.md section 1): unknown means for an adult leave it undecided.
  @Test
  void cannotTellWhenTheConductDoesNotDecide() {
    Conduct unknownMeans = Fixtures.conduct().perpetrators(List.of(SUSPECT))
        .acts(FactSet.only(Act.RECRUITMENT)).means(FactSet.unknown())
        .purposes(FactSet.only(ExploitationPurpose.FORCED_LABOUR)).build();
    assertCannotTell(run(CHECK, scenario(Fixtures.adult(), unknownMeans,
        between("tip-protocol", "us").build())), "PAL-C-0506", "/conducts/0");
  }

  // UNTOC art. 16(1) needs both laws: a missing or unknown profile, or no conduct, cannot tell.
  @Test
  void cannotTellWithoutBothProfilesOrConduct() {
    assertCannotTell(run(CHECK, scenario(Fixtures.childOf16(), childForcedLabourWithoutMeans(),
            extradition().requestingJurisdiction("tip-protocol").build())), "PAL-C-0506",
        "/events/0/requestedJurisdiction");
    assertCannotTell(run(CHECK, scenario(Fixtures.childOf16(), childForcedLabourWithoutMeans(),
            between("nowhere", "us").build())), "PAL-C-0506",
        "/events/0/requestingJurisdiction");
    assertCannotTell(run(CHECK, plain(between("tip-protocol", "us").build())), "PAL-C-0506",
        "/conducts");
    assertThat(run(CHECK, plain(between("tip-protocol", "us").build())).get(0).path())
        .isEqualTo(JsonPointer.of("conducts"));
  }

  // UNTOC art. 16(1) binds UNTOC parties: a recommendation where UNTOC does not bind.
  @Test
  void severityFollowsUntoc() {
    assertThat(severity(run(CHECK, scenario(Fixtures.childOf16(),
        childForcedLabourWithoutMeans(), between("tip-protocol", "us").build()), unbound())))
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
