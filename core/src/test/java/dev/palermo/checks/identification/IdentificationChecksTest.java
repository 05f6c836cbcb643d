package dev.palermo.checks.identification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.checks.Check;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.Checks;
import dev.palermo.events.AgeDetermination;
import dev.palermo.events.Assistance;
import dev.palermo.events.AssistanceStatus;
import dev.palermo.events.AssistanceType;
import dev.palermo.events.Charge;
import dev.palermo.events.ChargeStage;
import dev.palermo.events.Detention;
import dev.palermo.events.DetentionKind;
import dev.palermo.events.DetentionReason;
import dev.palermo.events.Identification;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.events.LinkToTrafficking;
import dev.palermo.events.OffenceCategory;
import dev.palermo.events.ProfilingGround;
import dev.palermo.events.ReturnDecision;
import dev.palermo.events.ReturnKind;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.AgeAssessment;
import dev.palermo.person.AgeAssessmentMethod;
import dev.palermo.person.Person;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import dev.palermo.rights.ProvisionCatalogue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The identification and age checks (PAL-C-0001..0008): each fires, passes and cannot tell. */
class IdentificationChecksTest {
  private static final LocalDate SCREENED = LocalDate.of(2020, 3, 1);
  private static final LocalDate LATER = LocalDate.of(2020, 3, 10);

  private static List<Problem> run(Check check, Person person, CaseEvent... events) {
    return run(check, Jurisdictions.PROTOCOL, person, events);
  }

  private static List<Problem> run(Check check, Jurisdiction j, Person person,
      CaseEvent... events) {
    Case c = Case.builder().id("c1").addPersons(person).addEvents(events).build();
    return check.run(CheckContext.of(c, j, LocalDate.of(2021, 1, 1)));
  }

  private static Identification ident(IdentificationStatus status, LocalDate day) {
    return Identification.builder().person(Fixtures.VICTIM).when(DateSpan.on(day)).status(status)
        .build();
  }

  private static Charge charge(OffenceCategory offence, LocalDate day) {
    return Charge.builder().person(Fixtures.VICTIM).when(DateSpan.on(day)).offence(offence)
        .stage(ChargeStage.CHARGE).link(LinkToTrafficking.UNKNOWN).build();
  }

  private static ReturnDecision deportation(LocalDate day) {
    return ReturnDecision.builder().person(Fixtures.VICTIM).when(DateSpan.on(day))
        .type(ReturnKind.DEPORTATION).build();
  }

  private static Assistance withheld(Truth forLackOfIdentification, LocalDate day) {
    return Assistance.builder().person(Fixtures.VICTIM).when(DateSpan.on(day))
        .type(AssistanceType.SHELTER).status(AssistanceStatus.WITHHELD)
        .withheldForLackOfIdentification(forLackOfIdentification).build();
  }

  private static void assertFinding(Problem p, String code, Severity severity, String path,
      String mainProvision) {
    assertThat(p.code()).isEqualTo(code);
    assertThat(p.severity()).isEqualTo(severity);
    assertThat(p.path()).isEqualTo(JsonPointer.parse(path));
    assertThat(p.citation()).contains(ProvisionCatalogue.require(mainProvision).provision());
    assertThat(p.remedy()).isPresent();
  }

  private static void assertCannotTell(List<Problem> found, String code, String path) {
    assertThat(found).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(code);
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse(path));
    });
  }

  @Test
  void registered() {
    assertThat(Checks.all()).extracting(Check::code).contains("PAL-C-0001", "PAL-C-0002",
        "PAL-C-0003", "PAL-C-0004", "PAL-C-0005", "PAL-C-0006", "PAL-C-0007", "PAL-C-0008");
    for (Check c : IdentificationChecks.all()) {
      assertThat(c.rule()).as(c.id()).isNotBlank();
      assertThat(c.code()).matches("PAL-C-000[1-8]");
    }
  }

  // --- PAL-C-0001: seeds/004:80-82 and seeds/000:611, screen before prosecuting status offences.

  @Test
  void chargeForStatusOffenceWithoutScreeningFires() {
    // seeds/000:611: "should take steps to ensure that those prosecuted are not trafficked persons"
    List<Problem> found = run(new PresumedVictimChargedBeforeScreening(), Fixtures.adult(),
        charge(OffenceCategory.PROSTITUTION, SCREENED));
    assertThat(found).singleElement().satisfies(p -> assertFinding(p, "PAL-C-0001",
        Severity.RECOMMENDATION, "/events/0/stage", "sl-screen-before-prosecution"));
  }

  @Test
  void chargeAfterCompletedScreeningOrForOtherOffencePasses() {
    // seeds/004:80: the concern is status offences brought before screening.
    Identification out = ident(IdentificationStatus.NOT_A_VICTIM, SCREENED)
        .withScreeningCompleted(Truth.TRUE);
    assertThat(run(new PresumedVictimChargedBeforeScreening(), Fixtures.adult(), out,
        charge(OffenceCategory.BEGGING, LATER))).isEmpty();
    assertThat(run(new PresumedVictimChargedBeforeScreening(), Fixtures.adult(),
        charge(OffenceCategory.OTHER, LATER))).isEmpty();
  }

  @Test
  void chargeWithUndatedScreeningCannotTell() {
    // seeds/004:266: whether the screening came first decides; an undated one cannot tell.
    Identification undated = Identification.builder().person(Fixtures.VICTIM)
        .status(IdentificationStatus.IDENTIFIED).build();
    assertCannotTell(run(new PresumedVictimChargedBeforeScreening(), Fixtures.adult(), undated,
        charge(OffenceCategory.IMMIGRATION, LATER)), "PAL-C-0001", "/events/0/when");
  }

  // --- PAL-C-0002: seeds/004:266 presumption; seeds/004:307 deported without identification.

  @Test
  void deportationOfPossibleVictimBeforeScreeningFires() {
    List<Problem> found = run(new PresumedVictimRemovedBeforeScreening(), Fixtures.adult(),
        ident(IdentificationStatus.POSSIBLE_VICTIM, SCREENED), deportation(LATER));
    assertThat(found).singleElement().satisfies(p -> assertFinding(p, "PAL-C-0002",
        Severity.RECOMMENDATION, "/events/1/type", "sl-presumption-victim"));
  }

  @Test
  void deportationAfterScreeningPasses() {
    // seeds/004:266: the presumption lasts "until further screening takes place".
    assertThat(run(new PresumedVictimRemovedBeforeScreening(), Fixtures.adult(),
        ident(IdentificationStatus.POSSIBLE_VICTIM, SCREENED),
        ident(IdentificationStatus.NOT_A_VICTIM, SCREENED.plusDays(3))
            .withScreeningCompleted(Truth.TRUE),
        deportation(LATER))).isEmpty();
  }

  @Test
  void deportationWithNothingKnownOfTheVictimCannotTell() {
    // seeds/004:307: persons who may need protection deported without being identified.
    assertCannotTell(run(new PresumedVictimRemovedBeforeScreening(), Fixtures.adult(),
        deportation(LATER)), "PAL-C-0002", "/persons/0");
  }

  // --- PAL-C-0003: seeds/004:88 (RPG Principle 7, not detained for entry or residence), 100.

  @Test
  void immigrationDetentionOfPossibleVictimFires() {
    Detention d = Detention.builder().person(Fixtures.VICTIM).when(DateSpan.on(LATER))
        .type(DetentionKind.IMMIGRATION_DETENTION).build();
    List<Problem> found = run(new PresumedVictimDetainedBeforeScreening(), Fixtures.adult(),
        ident(IdentificationStatus.POSSIBLE_VICTIM, SCREENED), d);
    assertThat(found).singleElement().satisfies(p -> assertFinding(p, "PAL-C-0003",
        Severity.RECOMMENDATION, "/events/1/type", "sl-presumption-victim"));
  }

  @Test
  void detentionForOtherReasonsOrAfterScreeningPasses() {
    // seeds/004:88: the Principle reaches detention for the illegality of entry or residence.
    Detention custody = Detention.builder().person(Fixtures.VICTIM).when(DateSpan.on(LATER))
        .type(DetentionKind.POLICE_CUSTODY).reasons(FactSet.only(DetentionReason.OTHER)).build();
    assertThat(run(new PresumedVictimDetainedBeforeScreening(), Fixtures.adult(),
        ident(IdentificationStatus.POSSIBLE_VICTIM, SCREENED), custody)).isEmpty();
    Detention immigration = custody.withType(DetentionKind.IMMIGRATION_DETENTION);
    assertThat(run(new PresumedVictimDetainedBeforeScreening(), Fixtures.adult(),
        ident(IdentificationStatus.IDENTIFIED, SCREENED), immigration)).isEmpty();
  }

  @Test
  void custodyWithUnknownReasonsCannotTell() {
    // seeds/004:100: from the first indication the person is treated as a victim.
    Detention custody = Detention.builder().person(Fixtures.VICTIM).when(DateSpan.on(LATER))
        .type(DetentionKind.POLICE_CUSTODY).build();
    assertCannotTell(run(new PresumedVictimDetainedBeforeScreening(), Fixtures.adult(),
        ident(IdentificationStatus.POSSIBLE_VICTIM, SCREENED), custody), "PAL-C-0003",
        "/events/1/reasons");
  }

  // --- PAL-C-0004: seeds/004:266, screened out only after screening.

  @Test
  void screenedOutWithoutScreeningFires() {
    List<Problem> found = run(new ScreenedOutWithoutScreening(), Fixtures.adult(),
        ident(IdentificationStatus.NOT_A_VICTIM, SCREENED).withScreeningCompleted(Truth.FALSE));
    assertThat(found).singleElement().satisfies(p -> assertFinding(p, "PAL-C-0004",
        Severity.RECOMMENDATION, "/events/0/screeningCompleted", "sl-presumption-victim"));
  }

  @Test
  void screenedOutAfterScreeningPasses() {
    // seeds/004:266: "until further screening takes place to rule out this possibility".
    assertThat(run(new ScreenedOutWithoutScreening(), Fixtures.adult(),
        ident(IdentificationStatus.NOT_A_VICTIM, SCREENED).withScreeningCompleted(Truth.TRUE)))
        .isEmpty();
  }

  @Test
  void screenedOutWithUnknownScreeningCannotTell() {
    // seeds/004:258 (RPG Guideline 2): a wrong identification denies further rights.
    assertCannotTell(run(new ScreenedOutWithoutScreening(), Fixtures.adult(),
        ident(IdentificationStatus.NOT_A_VICTIM, SCREENED)), "PAL-C-0004",
        "/events/0/screeningCompleted");
  }

  // --- PAL-C-0005: seeds/004:260-262, 296, no profiling by sex, nationality, route or sector.

  @Test
  void screeningOutOnProfilingGroundsFires() {
    Identification i = ident(IdentificationStatus.NOT_A_VICTIM, SCREENED)
        .withProfilingGrounds(ProfilingGround.SEX, ProfilingGround.ROUTE);
    List<Problem> found = run(new IdentificationProfiling(), Fixtures.adult(), i);
    assertThat(found).singleElement().satisfies(p -> {
      assertFinding(p, "PAL-C-0005", Severity.RECOMMENDATION, "/events/0/profilingGrounds",
          "sl-no-profiling");
      assertThat(p.message()).contains("sex, route");
    });
  }

  @Test
  void decisionOnRecordedIndividualGroundsPasses() {
    // seeds/004:262: actors must counter "stereotypical and discriminatory attitudes".
    assertThat(run(new IdentificationProfiling(), Fixtures.adult(),
        ident(IdentificationStatus.NOT_A_VICTIM, SCREENED).withGroundsRecorded(Truth.TRUE)))
        .isEmpty();
    // a positive identification is not the harm the seeds describe (failure to identify)
    assertThat(run(new IdentificationProfiling(), Fixtures.adult(),
        ident(IdentificationStatus.IDENTIFIED, SCREENED))).isEmpty();
  }

  @Test
  void decisionWithUnrecordedGroundsCannotTell() {
    // seeds/004:296: screening should avoid "potential profiling biases".
    assertCannotTell(run(new IdentificationProfiling(), Fixtures.adult(),
        ident(IdentificationStatus.NOT_SCREENED, SCREENED)), "PAL-C-0005",
        "/events/0/profilingGrounds");
  }

  // --- PAL-C-0006: seeds/004:282, presumption of minority.

  private static AgeDetermination ageDetermination(Truth treatedAsChild, int min, int max) {
    return AgeDetermination.builder().person(Fixtures.VICTIM).when(DateSpan.on(SCREENED))
        .assessment(AgeAssessment.of(min, max, AgeAssessmentMethod.INTERVIEW, SCREENED))
        .treatedAsChild(treatedAsChild).build();
  }

  @Test
  void personOfUncertainAgeNotTreatedAsChildFires() {
    List<Problem> found = run(new PresumptionOfMinority(), Fixtures.unknownAge(),
        ageDetermination(Truth.FALSE, 16, 20));
    assertThat(found).singleElement().satisfies(p -> assertFinding(p, "PAL-C-0006",
        Severity.RECOMMENDATION, "/events/0/treatedAsChild", "sl-child-minority"));
  }

  @Test
  void personOfUncertainAgeTreatedAsChildOrAdultPasses() {
    // seeds/004:282: "treated as a child until an age determination can be made".
    assertThat(run(new PresumptionOfMinority(), Fixtures.unknownAge(),
        ageDetermination(Truth.TRUE, 16, 20))).isEmpty();
    assertThat(run(new PresumptionOfMinority(), Fixtures.unknownAge(),
        ageDetermination(Truth.FALSE, 20, 24))).isEmpty();
  }

  @Test
  void unknownTreatmentCannotTell() {
    // seeds/004:282 and DOMAIN.md §5: a range straddling 18 presumes a child.
    assertCannotTell(run(new PresumptionOfMinority(), Fixtures.unknownAge(),
        ageDetermination(Truth.UNKNOWN, 17, 19)), "PAL-C-0006", "/events/0/treatedAsChild");
  }

  // --- PAL-C-0007: seeds/004:100, 106, 266; seeds/003:168.

  @Test
  void possibleVictimDeniedAssistanceForLackOfIdentificationFires() {
    List<Problem> found = run(new PresumedVictimDeniedAssistance(), Fixtures.adult(),
        ident(IdentificationStatus.POSSIBLE_VICTIM, SCREENED), withheld(Truth.TRUE, LATER));
    assertThat(found).singleElement().satisfies(p -> assertFinding(p, "PAL-C-0007",
        Severity.RECOMMENDATION, "/events/1/withheldForLackOfIdentification",
        "sl-presumption-victim"));
  }

  @Test
  void assistanceWithheldForAnotherReasonOrScreenedOutPasses() {
    // seeds/004:100: the presumption is "for the purpose of providing initial assistance".
    assertThat(run(new PresumedVictimDeniedAssistance(), Fixtures.adult(),
        ident(IdentificationStatus.POSSIBLE_VICTIM, SCREENED), withheld(Truth.FALSE, LATER)))
        .isEmpty();
    assertThat(run(new PresumedVictimDeniedAssistance(), Fixtures.adult(),
        ident(IdentificationStatus.NOT_A_VICTIM, SCREENED).withScreeningCompleted(Truth.TRUE),
        withheld(Truth.TRUE, LATER))).isEmpty();
  }

  @Test
  void assistanceWithheldForUnknownReasonCannotTell() {
    // seeds/003:168: an enforceable right to immediate support and protection.
    assertCannotTell(run(new PresumedVictimDeniedAssistance(), Fixtures.adult(),
        ident(IdentificationStatus.POSSIBLE_VICTIM, SCREENED), withheld(Truth.UNKNOWN, LATER)),
        "PAL-C-0007", "/events/1/withheldForLackOfIdentification");
  }

  // --- PAL-C-0008: seeds/004:292, child rights apply whether or not a victim.

  @Test
  void childScreenedOutAndDeniedAssistanceFires() {
    Person child = Person.of(Fixtures.VICTIM, dev.palermo.person.DateOfBirth.parse("2006-01-01"));
    List<Problem> found = run(new ChildRightsIndependentOfVictimStatus(), child,
        ident(IdentificationStatus.NOT_A_VICTIM, SCREENED).withScreeningCompleted(Truth.TRUE),
        withheld(Truth.TRUE, LATER));
    assertThat(found).singleElement().satisfies(p -> assertFinding(p, "PAL-C-0008",
        Severity.RECOMMENDATION, "/events/1/withheldForLackOfIdentification", "crc-juris"));
  }

  @Test
  void adultOrOtherReasonPasses() {
    // seeds/004:292: the rule protects children "simply by being children".
    assertThat(run(new ChildRightsIndependentOfVictimStatus(), Fixtures.adult(),
        withheld(Truth.TRUE, LATER))).isEmpty();
    assertThat(run(new ChildRightsIndependentOfVictimStatus(), Fixtures.unknownAge(),
        withheld(Truth.FALSE, LATER))).isEmpty();
  }

  @Test
  void childDeniedAssistanceForUnknownReasonCannotTell() {
    // seeds/004:282: a person of unknown age is treated as a child.
    assertCannotTell(run(new ChildRightsIndependentOfVictimStatus(), Fixtures.unknownAge(),
        withheld(Truth.UNKNOWN, LATER)), "PAL-C-0008", "/events/0/withheldForLackOfIdentification");
  }

  @Test
  void severityIsARecommendationEverywhereForSoftLaw() {
    // seeds/004:266 is guidance (soft law): the same in every jurisdiction.
    for (Jurisdiction j : List.of(Jurisdictions.PROTOCOL, Jurisdictions.COUNCIL_OF_EUROPE)) {
      assertThat(run(new ScreenedOutWithoutScreening(), j, Fixtures.adult(),
          ident(IdentificationStatus.NOT_A_VICTIM, SCREENED).withScreeningCompleted(Truth.FALSE)))
          .extracting(Problem::severity).containsExactly(Severity.RECOMMENDATION);
    }
  }
}
