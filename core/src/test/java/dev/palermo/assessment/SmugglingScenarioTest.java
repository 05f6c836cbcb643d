package dev.palermo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Conduct;
import dev.palermo.casefile.Movement;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.CountryCode;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.person.Person;
import dev.palermo.smuggling.AssistanceMotive;
import dev.palermo.smuggling.SmugglingFacts;
import org.junit.jupiter.api.Test;

/** Smuggling Protocol art. 3 and how it differs from trafficking (DOMAIN.md §2). */
class SmugglingScenarioTest {
  private static final Provision PARA_88 = Provision.of(Instrument.INTERPRETATIVE_NOTES, "88");
  private static final CountryCode ITALY = CountryCode.of("IT");

  private static SmugglingFacts.Builder allFour() {
    SmugglingFacts.Builder b = SmugglingFacts.builder();
    b.entryProcured(Truth.TRUE).illegalEntry(Truth.TRUE).receivingState(ITALY)
        .notNationalOrPermanentResident(Truth.TRUE).materialBenefit(Truth.TRUE);
    return b;
  }

  private static Conduct smuggled(SmugglingFacts facts) {
    Conduct.Builder b = Fixtures.conduct();
    b.movement(Movement.CROSS_BORDER).smuggling(facts);
    return b.build();
  }

  private static Person migrant() {
    return Fixtures.adult();
  }

  @Test
  void allFourElementsMeet() {
    // Smuggling Protocol art. 3(a)-(b), DOMAIN.md §2.
    SmugglingAssessment a = SmugglingDefinition.assess(smuggled(allFour().build()), migrant());
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.elements()).hasSize(4).containsValues(ElementStatus.ESTABLISHED)
        .doesNotContainValue(ElementStatus.NOT_ESTABLISHED);
    assertThat(a.steps()).filteredOn(s -> s.rule().equals("migrant-not-liable")).singleElement()
        .extracting(s -> s.citation().toString()).isEqualTo("Smuggling Protocol art. 5");
  }

  @Test
  void humanitarianHelpIsNotSmuggling() {
    // Interpretative notes A/55/383/Add.1 para 88, seeds/004_a416d8ba61ae2dbe.txt:64-76.
    SmugglingFacts f = allFour().materialBenefit(Truth.UNKNOWN)
        .motive(AssistanceMotive.HUMANITARIAN).build();
    SmugglingAssessment a = SmugglingDefinition.assess(smuggled(f), migrant());
    assertThat(a.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
    assertThat(a.element(SmugglingElement.MATERIAL_BENEFIT))
        .isEqualTo(ElementStatus.NOT_ESTABLISHED);
    assertThat(a.steps()).anySatisfy(s -> {
      assertThat(s.rule()).isEqualTo("material-benefit");
      assertThat(s.citation()).isEqualTo(PARA_88);
    });
  }

  @Test
  void closeFamilyHelpIsNotSmuggling() {
    // seeds/004_a416d8ba61ae2dbe.txt:68: "on the basis of close family ties".
    SmugglingFacts f = allFour().materialBenefit(Truth.UNKNOWN)
        .motive(AssistanceMotive.CLOSE_FAMILY_TIES).build();
    SmugglingAssessment a = SmugglingDefinition.assess(smuggled(f), migrant());
    assertThat(a.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
    assertThat(a.steps()).extracting(ExplanationStep::citation).contains(PARA_88);
  }

  @Test
  void aRecordedBenefitPrevailsOverAClaimedMotive() {
    // Smuggling Protocol art. 3(a): the benefit element is met when a benefit was sought.
    SmugglingFacts f = allFour().motive(AssistanceMotive.HUMANITARIAN).build();
    assertThat(SmugglingDefinition.assess(smuggled(f), migrant()).outcome())
        .isEqualTo(Outcome.MEETS);
  }

  @Test
  void aNationalOfTheReceivingStateIsNotSmuggled() {
    // Smuggling Protocol art. 3(a): "a State Party of which the person is not a national".
    SmugglingFacts f = allFour().notNationalOrPermanentResident(Truth.UNKNOWN).build();
    Person national = Person.builder().from(migrant()).addNationalities(ITALY).build();
    SmugglingAssessment a = SmugglingDefinition.assess(smuggled(f), national);
    assertThat(a.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
    assertThat(a.element(SmugglingElement.NOT_NATIONAL_OR_RESIDENT))
        .isEqualTo(ElementStatus.NOT_ESTABLISHED);
  }

  @Test
  void noBorderCrossedMeansNoIllegalEntry() {
    // Smuggling Protocol art. 3(b): illegal entry is "crossing borders"; DOMAIN.md §2: smuggling
    // is always transnational.
    SmugglingFacts f = allFour().illegalEntry(Truth.UNKNOWN).build();
    Conduct c = smuggled(f).withMovement(Movement.NONE);
    SmugglingAssessment a = SmugglingDefinition.assess(c, migrant());
    assertThat(a.element(SmugglingElement.ILLEGAL_ENTRY)).isEqualTo(ElementStatus.NOT_ESTABLISHED);
    assertThat(a.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
  }

  @Test
  void noSmugglingFactsIsIndeterminate() {
    // DOMAIN.md §1 rule 6 applied to art. 3: nothing known decides nothing.
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.only(Means.DECEPTION),
        ExploitationPurpose.FORCED_LABOUR);
    SmugglingAssessment a = SmugglingDefinition.assess(c, migrant());
    assertThat(a.outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(a.steps().get(0).rule()).isEqualTo("smuggling-facts");
    assertThat(a.elements().values()).containsOnly(ElementStatus.UNKNOWN);
  }

  @Test
  void aPersonCanBeBothSmuggledAndTrafficked() {
    // DOMAIN.md §2: "One person can be both smuggled and trafficked"
    // (seeds/004_a416d8ba61ae2dbe.txt:42, 80).
    Conduct.Builder b = Fixtures.conduct();
    b.acts(FactSet.only(Act.TRANSPORTATION)).means(FactSet.only(Means.DECEPTION))
        .purposes(FactSet.only(ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION))
        .movement(Movement.CROSS_BORDER).smuggling(allFour().build());
    Conduct c = b.build();
    assertThat(SmugglingDefinition.assess(c, migrant()).outcome()).isEqualTo(Outcome.MEETS);
    assertThat(TraffickingDefinition.assess(c, migrant(), Jurisdictions.PROTOCOL).outcome())
        .isEqualTo(Outcome.MEETS);
  }

  @Test
  void aggravationIsReportedWhenRecorded() {
    // Smuggling Protocol art. 6(3); seeds/004_a416d8ba61ae2dbe.txt:746.
    SmugglingFacts f = allFour().lifeOrSafetyEndangered(Truth.TRUE).build();
    SmugglingAssessment a = SmugglingDefinition.assess(smuggled(f), migrant());
    assertThat(a.lifeOrSafetyEndangered()).isEqualTo(Truth.TRUE);
    assertThat(a.steps()).filteredOn(s -> s.rule().equals("aggravation")).singleElement()
        .satisfies(s -> {
          assertThat(s.citation().toString()).isEqualTo("Smuggling Protocol art. 6(3)");
          assertThat(s.text()).contains("life or safety endangered");
        });
    SmugglingAssessment degrading = SmugglingDefinition.assess(
        smuggled(allFour().inhumanOrDegradingTreatment(Truth.TRUE).build()), migrant());
    assertThat(degrading.steps()).extracting(ExplanationStep::rule).contains("aggravation");
  }

  @Test
  void noAggravationStepWhenNoneIsRecorded() {
    // Smuggling Protocol art. 6(3): only recorded circumstances are reported.
    SmugglingAssessment a = SmugglingDefinition.assess(smuggled(allFour().build()), migrant());
    assertThat(a.steps()).extracting(ExplanationStep::rule).doesNotContain("aggravation");
  }

  @Test
  void anOffenceWithoutTheBenefitElementCatchesHumanitarianHelp() {
    // seeds/004_a416d8ba61ae2dbe.txt:70: omitting the benefit element criminalizes persons who
    // are not smugglers; the profile option models such a domestic offence.
    SmugglingFacts f = allFour().materialBenefit(Truth.UNKNOWN)
        .motive(AssistanceMotive.HUMANITARIAN).build();
    SmugglingAssessment a = SmugglingDefinition.assess(smuggled(f), migrant(),
        Jurisdictions.PROTOCOL.latest().withSmugglingRequiresMaterialBenefit(false));
    assertThat(a.element(SmugglingElement.MATERIAL_BENEFIT)).isEqualTo(ElementStatus.NOT_REQUIRED);
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(SmugglingDefinition.assess(smuggled(f), migrant(), Jurisdictions.PROTOCOL.latest())
        .outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
  }

  @Test
  void explanationEndsWithTheOutcomeAndCitesEveryStep() {
    // Every rule carries its citation (DOMAIN.md, opening).
    SmugglingAssessment a = SmugglingDefinition.assess(smuggled(allFour().build()), migrant());
    assertThat(a.steps()).allSatisfy(s -> assertThat(s.citation()).isNotNull());
    assertThat(a.steps().get(a.steps().size() - 1).rule()).isEqualTo("outcome");
  }
}
