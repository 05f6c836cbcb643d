package dev.palermo.assessment;

import static dev.palermo.Fixtures.CONDUCT_DAY;
import static dev.palermo.Fixtures.VICTIM;
import static dev.palermo.Fixtures.adult;
import static dev.palermo.Fixtures.childOf16;
import static dev.palermo.Fixtures.conduct;
import static dev.palermo.Fixtures.unknownAge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.casefile.Conduct;
import dev.palermo.casefile.Consent;
import dev.palermo.casefile.Movement;
import dev.palermo.definition.Act;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.person.AgeAssessment;
import dev.palermo.person.AgeAssessmentMethod;
import dev.palermo.person.DateOfBirth;
import dev.palermo.person.Person;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The rules of TIP Protocol art. 3 (DOMAIN.md §1 items 1-6), run against every profile whose
 * definition follows the Protocol's: the Protocol itself, the Council of Europe, ASEAN and the
 * European Union (conduct in 2018, the 2011 version). Subclasses name the jurisdiction.
 */
abstract class ProtocolShapedScenarios {

  abstract Jurisdiction jurisdiction();

  DefinitionAssessment assess(Conduct conduct, Person person) {
    return TraffickingDefinition.assess(conduct, person, jurisdiction());
  }

  static Conduct recruitedForForcedLabour(FactSet<Means> means) {
    return dev.palermo.Fixtures.conduct(Act.RECRUITMENT, means, ExploitationPurpose.FORCED_LABOUR);
  }

  @Test
  void adultWithActMeansAndPurposeMeets() {
    // DOMAIN.md §1 rule 1; TIP Protocol art. 3(a), seeds/003_d1561a5ed447703d.txt:48.
    DefinitionAssessment a = assess(recruitedForForcedLabour(FactSet.only(Means.DECEPTION)),
        adult());
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.act()).isEqualTo(ElementStatus.ESTABLISHED);
    assertThat(a.means()).isEqualTo(ElementStatus.ESTABLISHED);
    assertThat(a.purpose()).isEqualTo(ElementStatus.ESTABLISHED);
    assertThat(a.child()).isEqualTo(Truth.FALSE);
    assertThat(a.presumedChild()).isFalse();
    assertThat(a.ifChild()).isEmpty();
    assertThat(a.ifAdult()).isEmpty();
    assertThat(a.undecided()).isEmpty();
    assertThat(a.jurisdictionId()).isEqualTo(jurisdiction().id());
  }

  @Test
  void adultWithoutMeansDoesNotMeet() {
    // DOMAIN.md §1 rule 1: an adult needs all three elements; say which is missing.
    DefinitionAssessment a = assess(recruitedForForcedLabour(FactSet.none()), adult());
    assertThat(a.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
    assertThat(a.means()).isEqualTo(ElementStatus.NOT_ESTABLISHED);
    assertThat(a.act()).isEqualTo(ElementStatus.ESTABLISHED);
    assertThat(a.purpose()).isEqualTo(ElementStatus.ESTABLISHED);
    assertThat(a.childRule()).isEqualTo(ElementStatus.NOT_ESTABLISHED);
    assertThat(a.consentRule()).isEqualTo(ConsentRule.NOT_DECISIVE);
    assertThat(a.undecided()).isEmpty();
    assertThat(last(a).text()).contains("means");
  }

  @Test
  void adultWithMeansUnknownIsIndeterminate() {
    // DOMAIN.md §1 rule 6: the outcome is three-valued and names the open element.
    DefinitionAssessment a = assess(recruitedForForcedLabour(FactSet.unknown()), adult());
    assertThat(a.outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(a.means()).isEqualTo(ElementStatus.UNKNOWN);
    assertThat(a.undecided()).containsExactly(DefinitionElement.MEANS);
    assertThat(last(a).text()).contains("means");
  }

  @Test
  void adultWithPurposeUnknownIsIndeterminate() {
    // DOMAIN.md §1 rule 6.
    Conduct.Builder b = conduct();
    b.acts(FactSet.only(Act.RECRUITMENT)).means(FactSet.only(Means.FRAUD));
    DefinitionAssessment a = assess(b.build(), adult());
    assertThat(a.outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(a.undecided()).containsExactly(DefinitionElement.PURPOSE);
  }

  @Test
  void noActDoesNotMeet() {
    // DOMAIN.md §1 rule 1; TIP Protocol art. 3(a).
    Conduct.Builder b = conduct();
    b.acts(FactSet.none()).means(FactSet.only(Means.USE_OF_FORCE))
        .purposes(FactSet.only(ExploitationPurpose.SLAVERY));
    DefinitionAssessment a = assess(b.build(), adult());
    assertThat(a.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
    assertThat(a.act()).isEqualTo(ElementStatus.NOT_ESTABLISHED);
  }

  @Test
  void childWithoutMeansMeets() {
    // TIP Protocol art. 3(c)-(d), seeds/003_d1561a5ed447703d.txt:64; DOMAIN.md §1 rule 2.
    DefinitionAssessment a = assess(recruitedForForcedLabour(FactSet.none()), childOf16());
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.means()).isEqualTo(ElementStatus.NOT_REQUIRED);
    assertThat(a.childRule()).isEqualTo(ElementStatus.ESTABLISHED);
    assertThat(a.child()).isEqualTo(Truth.TRUE);
    assertThat(a.ageAtConduct().min()).isEqualTo(16);
    assertThat(a.ageAtConduct().max()).hasValue(16);
    assertThat(a.consentRule()).isEqualTo(ConsentRule.IRRELEVANT_CHILD);
  }

  @Test
  void ageIsMeasuredAtTheTimeOfTheConductNotToday() {
    // DOMAIN.md §1 rule 2 and §5: "Age is measured at the time of the conduct, not today".
    LocalDate today = LocalDate.now();
    LocalDate birth = today.minusYears(25).minusDays(40);
    LocalDate recruited = birth.plusYears(16).plusDays(100);
    Person person = Person.of(VICTIM, DateOfBirth.parse(birth.toString()));
    assertThat(person.ageEvidence().ageOn(today).min()).isEqualTo(25);
    Conduct.Builder b = Conduct.builder();
    b.victim(VICTIM).period(DateSpan.between(recruited, today))
        .acts(FactSet.only(Act.RECRUITMENT)).means(FactSet.none())
        .purposes(FactSet.only(ExploitationPurpose.FORCED_LABOUR));
    DefinitionAssessment a = assess(b.build(), person);
    assertThat(a.child()).isEqualTo(Truth.TRUE);
    assertThat(a.conductDate()).contains(recruited);
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
  }

  @Test
  void eighteenthBirthdayEndsTheChildRule() {
    // TIP Protocol art. 3(d): "any person under eighteen years of age".
    Person person = Person.of(VICTIM,
        DateOfBirth.parse(CONDUCT_DAY.minusYears(18).plusDays(1).toString()));
    Conduct dayBefore = recruitedForForcedLabour(FactSet.none());
    assertThat(assess(dayBefore, person).outcome()).isEqualTo(Outcome.MEETS);
    Conduct birthday = dayBefore.withPeriod(DateSpan.on(CONDUCT_DAY.plusDays(1)));
    DefinitionAssessment a = assess(birthday, person);
    assertThat(a.child()).isEqualTo(Truth.FALSE);
    assertThat(a.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
  }

  @Test
  void unknownAgeWithoutMeansReportsBothBranches() {
    // DOMAIN.md §5: when the age may be under 18, protection presumes a child while the
    // definition reports both branches; seeds/004_a416d8ba61ae2dbe.txt:282.
    DefinitionAssessment a = assess(recruitedForForcedLabour(FactSet.none()), unknownAge());
    assertThat(a.outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(a.ifChild()).contains(Outcome.MEETS);
    assertThat(a.ifAdult()).contains(Outcome.DOES_NOT_MEET);
    assertThat(a.presumedChild()).isTrue();
    assertThat(a.child()).isEqualTo(Truth.UNKNOWN);
    assertThat(a.undecided()).contains(DefinitionElement.CHILD_RULE);
    assertThat(a.steps()).extracting(ExplanationStep::rule).contains("age-branches");
  }

  @Test
  void ageAssessmentStraddlingEighteenReportsBothBranches() {
    // DOMAIN.md §5: "When the range straddles 18, protection presumes a child while the
    // definition reports both branches".
    Person person = Person.of(VICTIM,
        AgeAssessment.of(17, 19, AgeAssessmentMethod.MEDICAL, CONDUCT_DAY));
    DefinitionAssessment a = assess(recruitedForForcedLabour(FactSet.none()), person);
    assertThat(a.outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(a.ifChild()).contains(Outcome.MEETS);
    assertThat(a.ifAdult()).contains(Outcome.DOES_NOT_MEET);
    assertThat(a.presumedChild()).isTrue();
  }

  @Test
  void unknownAgeWithMeansMeetsEitherWay() {
    // DOMAIN.md §1 rules 1-2: with means, the age does not matter.
    DefinitionAssessment a = assess(recruitedForForcedLabour(FactSet.only(Means.ABDUCTION)),
        unknownAge());
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.ifChild()).contains(Outcome.MEETS);
    assertThat(a.ifAdult()).contains(Outcome.MEETS);
    assertThat(a.presumedChild()).isTrue();
  }

  @Test
  void consentGivenDoesNotUndoMeans() {
    // TIP Protocol art. 3(b); DOMAIN.md §1 rule 3: consent never turns a case with means into a
    // non-case.
    Conduct c = recruitedForForcedLabour(FactSet.only(Means.ABUSE_OF_VULNERABILITY))
        .withConsent(Consent.GIVEN);
    DefinitionAssessment a = assess(c, adult());
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.consent()).isEqualTo(Consent.GIVEN);
    assertThat(a.consentRule()).isEqualTo(ConsentRule.IRRELEVANT_MEANS_USED);
  }

  @Test
  void consentGivenByAChildIsIrrelevant() {
    // TIP Protocol art. 3(c); DOMAIN.md §1 rule 3: "for a child it is irrelevant anyway".
    Conduct c = recruitedForForcedLabour(FactSet.none()).withConsent(Consent.GIVEN);
    DefinitionAssessment a = assess(c, childOf16());
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.consentRule()).isEqualTo(ConsentRule.IRRELEVANT_CHILD);
  }

  @Test
  void purposeNotResult() {
    // DOMAIN.md §1 rule 4: exploitation need not have happened; the intent suffices.
    Conduct c = recruitedForForcedLabour(FactSet.only(Means.FRAUD))
        .withExploitationOccurred(Truth.FALSE);
    DefinitionAssessment a = assess(c, adult());
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.steps()).filteredOn(s -> s.rule().equals("purpose")).singleElement()
        .extracting(ExplanationStep::text).asString().contains("need not have taken place");
  }

  @Test
  void movementAndOrganizedCrimeAreNotElements() {
    // DOMAIN.md §1 rule 5; UNTOC art. 34(2); Legislative Guide paras 18-19,
    // seeds/003_d1561a5ed447703d.txt:84.
    Conduct c = recruitedForForcedLabour(FactSet.only(Means.THREAT_OF_FORCE))
        .withMovement(Movement.NONE).withOrganizedCriminalGroup(Truth.FALSE);
    DefinitionAssessment a = assess(c, adult());
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.element(DefinitionElement.MOVEMENT)).isEqualTo(ElementStatus.NOT_REQUIRED);
    assertThat(a.steps()).filteredOn(s -> s.rule().equals("not-elements")).singleElement()
        .extracting(ExplanationStep::citation).asString().isEqualTo("UNTOC art. 34(2)");
  }

  @Test
  void debtBondageIsAPracticeSimilarToSlavery() {
    // seeds/003_d1561a5ed447703d.txt:86: debt bondage is one of the practices similar to slavery
    // (1956 Supplementary Convention art. 1), a baseline purpose of art. 3(a).
    Conduct c = dev.palermo.Fixtures.conduct(Act.HARBOURING, FactSet.only(Means.OTHER_COERCION),
        ExploitationPurpose.DEBT_BONDAGE);
    DefinitionAssessment a = assess(c, adult());
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.purpose()).isEqualTo(ElementStatus.ESTABLISHED);
  }

  @Test
  void everyBaselineActMeansAndPurposeCounts() {
    // TIP Protocol art. 3(a): five acts, nine means, seven purposes, all covered.
    for (Act act : new Act[] {Act.RECRUITMENT, Act.TRANSPORTATION, Act.TRANSFER,
        Act.HARBOURING, Act.RECEIPT}) {
      for (Means means : Means.values()) {
        for (ExploitationPurpose purpose : new ExploitationPurpose[] {
            ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION,
            ExploitationPurpose.OTHER_SEXUAL_EXPLOITATION, ExploitationPurpose.FORCED_LABOUR,
            ExploitationPurpose.SLAVERY, ExploitationPurpose.PRACTICES_SIMILAR_TO_SLAVERY,
            ExploitationPurpose.SERVITUDE, ExploitationPurpose.REMOVAL_OF_ORGANS}) {
          Conduct c = dev.palermo.Fixtures.conduct(act, FactSet.only(means), purpose);
          assertThat(assess(c, adult()).outcome()).as("%s %s %s", act, means, purpose)
              .isEqualTo(Outcome.MEETS);
        }
      }
    }
  }

  @Test
  void explanationStartsWithTheProfileAndEndsWithTheOutcome() {
    // Every rule carries its citation (DOMAIN.md, opening).
    DefinitionAssessment a = assess(recruitedForForcedLabour(FactSet.none()), unknownAge());
    assertThat(a.steps()).isNotEmpty();
    assertThat(a.steps().get(0).rule()).isEqualTo("profile");
    assertThat(last(a).rule()).isEqualTo("outcome");
    assertThat(a.steps()).allSatisfy(s -> assertThat(s.citation()).isNotNull());
  }

  static ExplanationStep last(DefinitionAssessment a) {
    return a.steps().get(a.steps().size() - 1);
  }
}
