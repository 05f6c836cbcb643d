package dev.palermo.checks.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Case;
import dev.palermo.checks.Check;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.Checks;
import dev.palermo.events.Assistance;
import dev.palermo.events.AssistanceCondition;
import dev.palermo.events.AssistanceStatus;
import dev.palermo.events.AssistanceType;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import dev.palermo.rights.ProvisionCatalogue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assistance checks (PAL-C-0040..0048): each fires, passes and cannot tell. */
class AssistanceChecksTest {
  private static final LocalDate DAY = LocalDate.of(2020, 3, 1);

  private static Assistance.Builder given(AssistanceType type) {
    Assistance.Builder b = Assistance.builder();
    b.person(Fixtures.VICTIM).when(DateSpan.on(DAY)).type(type).status(AssistanceStatus.GIVEN);
    return b;
  }

  private static Assistance shelterOn(FactSet<AssistanceCondition> conditions) {
    return given(AssistanceType.SHELTER).conditions(conditions).build();
  }

  private static List<Problem> run(Check check, Assistance a) {
    return run(check, Jurisdictions.PROTOCOL, a);
  }

  private static List<Problem> run(Check check, Jurisdiction j, Assistance a) {
    Case c = Case.builder().id("c1").addPersons(Fixtures.adult()).addEvents(a).build();
    return check.run(CheckContext.of(c, j, LocalDate.of(2021, 1, 1)));
  }

  private static Severity severity(Check check, Jurisdiction j, Assistance a) {
    List<Problem> found = run(check, j, a);
    assertThat(found).hasSize(1);
    return found.get(0).severity();
  }

  private static void assertFinding(List<Problem> found, String code, Severity severity,
      String path, String mainProvision) {
    assertThat(found).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(code);
      assertThat(p.severity()).isEqualTo(severity);
      assertThat(p.path()).isEqualTo(JsonPointer.parse(path));
      assertThat(p.citation()).contains(ProvisionCatalogue.require(mainProvision).provision());
      assertThat(p.remedy()).isPresent();
    });
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
    assertThat(Checks.all()).extracting(Check::code).contains("PAL-C-0040", "PAL-C-0041",
        "PAL-C-0042", "PAL-C-0043", "PAL-C-0044", "PAL-C-0045", "PAL-C-0046", "PAL-C-0047",
        "PAL-C-0048");
  }

  // --- PAL-C-0040: CoE art. 12(6), seeds/000:241, 255; RPG G6.2, seeds/004:368.

  @Test
  void shelterConditionalOnTestimonyFires() {
    Assistance a = shelterOn(FactSet.only(AssistanceCondition.TESTIMONY));
    assertFinding(run(new AssistanceConditionalOnTestimony(), Jurisdictions.COUNCIL_OF_EUROPE, a),
        "PAL-C-0040", Severity.VIOLATION, "/events/0/conditions", "coe-12-6");
    // binding only on CoE parties: a recommendation under the Protocol alone
    assertThat(severity(new AssistanceConditionalOnTestimony(), Jurisdictions.PROTOCOL, a))
        .isEqualTo(Severity.RECOMMENDATION);
  }

  @Test
  void unconditionalShelterPasses() {
    // seeds/000:255: a compellable witness must testify, but assistance is not conditional.
    assertThat(run(new AssistanceConditionalOnTestimony(), shelterOn(FactSet.none()))).isEmpty();
    assertThat(run(new AssistanceConditionalOnTestimony(),
        shelterOn(FactSet.only(AssistanceCondition.CHARGE_AGAINST_TRAFFICKER)))).isEmpty();
  }

  @Test
  void unrecordedConditionsCannotTellTestimony() {
    // seeds/004:368: shelter "should not be made contingent" on giving evidence.
    assertCannotTell(run(new AssistanceConditionalOnTestimony(), shelterOn(FactSet.unknown())),
        "PAL-C-0040", "/events/0/conditions");
  }

  // --- PAL-C-0041: EU art. 11(3), seeds/000:241, 257; Legislative Guide para. 62, 253.

  @Test
  void assistanceConditionalOnCooperationFires() {
    Assistance a = shelterOn(FactSet.only(AssistanceCondition.COOPERATION));
    assertFinding(run(new AssistanceConditionalOnCooperation(), Jurisdictions.EUROPEAN_UNION, a),
        "PAL-C-0041", Severity.VIOLATION, "/events/0/conditions", "eu-11-3");
    assertThat(severity(new AssistanceConditionalOnCooperation(), Jurisdictions.PROTOCOL, a))
        .isEqualTo(Severity.RECOMMENDATION);
    // testimony is cooperation in the trial (art. 11(3))
    assertThat(run(new AssistanceConditionalOnCooperation(),
        shelterOn(FactSet.only(AssistanceCondition.TESTIMONY)))).hasSize(1);
  }

  @Test
  void assistanceWithoutCooperationConditionPasses() {
    // seeds/001:132: assist "regardless of whether or not they cooperated".
    assertThat(run(new AssistanceConditionalOnCooperation(),
        shelterOn(FactSet.only(AssistanceCondition.IMMIGRATION_STATUS)))).isEmpty();
  }

  @Test
  void unrecordedConditionsCannotTellCooperation() {
    // seeds/004:325 (RPG G6): care "not conditional on their willingness to cooperate".
    assertCannotTell(run(new AssistanceConditionalOnCooperation(),
        shelterOn(FactSet.including(AssistanceCondition.CHARGE_AGAINST_TRAFFICKER))),
        "PAL-C-0041", "/events/0/conditions");
  }

  // --- PAL-C-0042: seeds/004:329, 341 (OHCHR Fact Sheet 36).

  @Test
  void assistanceConditionalOnChargeFires() {
    assertFinding(run(new AssistanceConditionalOnCharge(),
        shelterOn(FactSet.only(AssistanceCondition.CHARGE_AGAINST_TRAFFICKER))), "PAL-C-0042",
        Severity.RECOMMENDATION, "/events/0/conditions", "sl-not-conditional-charge");
  }

  @Test
  void assistanceNotConditionalOnChargePasses() {
    // seeds/004:329: "entitled to assistance whether or not a case is taken".
    assertThat(run(new AssistanceConditionalOnCharge(), shelterOn(FactSet.none()))).isEmpty();
  }

  @Test
  void unrecordedConditionsCannotTellCharge() {
    assertCannotTell(run(new AssistanceConditionalOnCharge(), shelterOn(FactSet.unknown())),
        "PAL-C-0042", "/events/0/conditions");
  }

  // --- PAL-C-0043: WG 2009/2 para. 13(a), seeds/001:109; seeds/003:254; children 004:335.

  @Test
  void assistanceConditionalOnImmigrationStatusFires() {
    assertFinding(run(new AssistanceConditionalOnImmigrationStatus(),
        shelterOn(FactSet.only(AssistanceCondition.IMMIGRATION_STATUS))), "PAL-C-0043",
        Severity.RECOMMENDATION, "/events/0/conditions", "sl-wg-2009-13");
  }

  @Test
  void assistanceNotConditionalOnStatusPasses() {
    // seeds/001:109: "not contingent on the citizenship and immigration status".
    assertThat(run(new AssistanceConditionalOnImmigrationStatus(), shelterOn(FactSet.none())))
        .isEmpty();
  }

  @Test
  void unrecordedConditionsCannotTellStatus() {
    assertCannotTell(run(new AssistanceConditionalOnImmigrationStatus(),
        shelterOn(FactSet.unknown())), "PAL-C-0043", "/events/0/conditions");
  }

  // --- PAL-C-0044: EU art. 11(3), CoE art. 12(6), seeds/000:241; WG 2010/6, seeds/001:132.

  private static Assistance withheld(Truth forNonCooperation) {
    return given(AssistanceType.HOUSING).status(AssistanceStatus.WITHHELD)
        .withheldForNonCooperation(forNonCooperation).build();
  }

  @Test
  void assistanceEndedForNonCooperationFires() {
    assertFinding(run(new AssistanceWithheldForNonCooperation(), Jurisdictions.EUROPEAN_UNION,
        withheld(Truth.TRUE)), "PAL-C-0044", Severity.VIOLATION,
        "/events/0/withheldForNonCooperation", "eu-11-3");
    assertThat(severity(new AssistanceWithheldForNonCooperation(), Jurisdictions.PROTOCOL,
        withheld(Truth.TRUE))).isEqualTo(Severity.RECOMMENDATION);
  }

  @Test
  void assistanceEndedForAnotherReasonPasses() {
    // seeds/001:132: "The absence of testimony would not rule out the provision of assistance".
    assertThat(run(new AssistanceWithheldForNonCooperation(), withheld(Truth.FALSE))).isEmpty();
    assertThat(run(new AssistanceWithheldForNonCooperation(),
        given(AssistanceType.HOUSING).build())).isEmpty();
  }

  @Test
  void assistanceEndedForUnknownReasonCannotTell() {
    assertCannotTell(run(new AssistanceWithheldForNonCooperation(), withheld(Truth.UNKNOWN)),
        "PAL-C-0044", "/events/0/withheldForNonCooperation");
  }

  // --- PAL-C-0045: seeds/004:329, RPG G6.3 (004:369), seeds/000:615.

  @Test
  void assistanceWithoutInformedConsentFires() {
    assertFinding(run(new InformedConsentToServices(),
        given(AssistanceType.MEDICAL).informedConsent(Truth.FALSE).build()), "PAL-C-0045",
        Severity.RECOMMENDATION, "/events/0/informedConsent", "sl-consent-services");
  }

  @Test
  void assistanceWithInformedConsentPasses() {
    // seeds/000:615: "informed decisions on whether to accept or refuse care and support".
    assertThat(run(new InformedConsentToServices(),
        given(AssistanceType.MEDICAL).informedConsent(Truth.TRUE).build())).isEmpty();
  }

  @Test
  void assistanceWithUnknownConsentCannotTell() {
    assertCannotTell(run(new InformedConsentToServices(), given(AssistanceType.MEDICAL).build()),
        "PAL-C-0045", "/events/0/informedConsent");
  }

  // --- PAL-C-0046: RPG Guideline 6.3, seeds/004:369; seeds/004:329, 339.

  @Test
  void mandatoryHivTestFires() {
    assertFinding(run(new MandatoryDiseaseTesting(),
        given(AssistanceType.DISEASE_TESTING).mandatory(Truth.TRUE).build()), "PAL-C-0046",
        Severity.RECOMMENDATION, "/events/0/mandatory", "rpg-g6-3");
  }

  @Test
  void voluntaryOrJustifiedTestPasses() {
    // seeds/004:339: necessary, not arbitrary and lawful on public-health emergency grounds.
    assertThat(run(new MandatoryDiseaseTesting(),
        given(AssistanceType.DISEASE_TESTING).mandatory(Truth.FALSE).build())).isEmpty();
    assertThat(run(new MandatoryDiseaseTesting(), given(AssistanceType.DISEASE_TESTING)
        .mandatory(Truth.TRUE).publicHealthJustification(Truth.TRUE).build())).isEmpty();
  }

  @Test
  void testOfUnknownNatureCannotTell() {
    assertCannotTell(run(new MandatoryDiseaseTesting(),
        given(AssistanceType.DISEASE_TESTING).build()), "PAL-C-0046", "/events/0/mandatory");
  }

  // --- PAL-C-0047: RPG Guideline 6.3, seeds/004:369 ("not be required to accept"); 004:329.

  @Test
  void imposedCounsellingFires() {
    assertFinding(run(new ServicesImposed(),
        given(AssistanceType.PSYCHOLOGICAL).mandatory(Truth.TRUE).build()), "PAL-C-0047",
        Severity.RECOMMENDATION, "/events/0/mandatory", "rpg-g6-3");
  }

  @Test
  void voluntaryOrConsentedServicePasses() {
    // seeds/004:329: services "on the basis of informed consent".
    assertThat(run(new ServicesImposed(),
        given(AssistanceType.PSYCHOLOGICAL).mandatory(Truth.FALSE).build())).isEmpty();
    assertThat(run(new ServicesImposed(),
        given(AssistanceType.PSYCHOLOGICAL).informedConsent(Truth.TRUE).build())).isEmpty();
  }

  @Test
  void serviceOfUnknownNatureCannotTell() {
    assertCannotTell(run(new ServicesImposed(), given(AssistanceType.PSYCHOLOGICAL).build()),
        "PAL-C-0047", "/events/0/mandatory");
  }

  // --- PAL-C-0048: TIP Protocol art. 6(4), seeds/004:21-25, 603.

  @Test
  void assistanceNotAdaptedToNeedsFiresAsViolationWhereTheProtocolBinds() {
    Assistance a = given(AssistanceType.HOUSING).needsConsidered(Truth.FALSE).build();
    assertFinding(run(new AssistanceNotAdaptedToNeeds(), Jurisdictions.PROTOCOL, a),
        "PAL-C-0048", Severity.VIOLATION, "/events/0/needsConsidered", "tip-6-4");
    // SAARC's profile is bound by the SAARC Convention only
    assertThat(severity(new AssistanceNotAdaptedToNeeds(), Jurisdictions.SAARC, a))
        .isEqualTo(Severity.RECOMMENDATION);
  }

  @Test
  void assistanceAdaptedToNeedsPasses() {
    // seeds/004:25: "age, gender and special needs ... sufficiently protected and assisted".
    assertThat(run(new AssistanceNotAdaptedToNeeds(),
        given(AssistanceType.HOUSING).needsConsidered(Truth.TRUE).build())).isEmpty();
  }

  @Test
  void assistanceWithUnknownAdaptationCannotTell() {
    assertCannotTell(run(new AssistanceNotAdaptedToNeeds(), given(AssistanceType.HOUSING).build()),
        "PAL-C-0048", "/events/0/needsConsidered");
  }
}
