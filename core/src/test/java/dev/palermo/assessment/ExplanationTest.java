package dev.palermo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.casefile.Consent;
import dev.palermo.casefile.Movement;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.AgeAssessment;
import dev.palermo.person.AgeAssessmentMethod;
import dev.palermo.person.DateOfBirth;
import dev.palermo.person.Gender;
import dev.palermo.person.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every step carries its citation (DOMAIN.md, opening), and nothing the SDK prints leaks a
 * protected identity (DOMAIN.md §4, Data).
 */
class ExplanationTest {
  private static final String DOB = "2001-11-13";

  private static List<Conduct> conducts() {
    List<Conduct> out = new ArrayList<>();
    for (FactSet<Means> means : List.of(FactSet.<Means>none(), FactSet.<Means>unknown(),
        FactSet.only(Means.DECEPTION))) {
      for (ExploitationPurpose p : List.of(ExploitationPurpose.FORCED_LABOUR,
          ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION, ExploitationPurpose.FORCED_MARRIAGE,
          ExploitationPurpose.DEBT_BONDAGE)) {
        Conduct dated = Fixtures.conduct(Act.RECRUITMENT, means, p);
        out.add(dated);
        out.add(dated.withMovement(Movement.NONE).withConsent(Consent.GIVEN)
            .withExploitationOccurred(Truth.FALSE));
        out.add(dated.withMovement(Movement.INTERNAL));
        out.add(Fixtures.undated(Act.TRANSPORTATION, means, p));
        out.add(Fixtures.conductOn(LocalDate.of(2002, 1, 1), Act.RECRUITMENT, means, p));
        out.add(Fixtures.conductOn(LocalDate.of(2025, 1, 1), Act.HARBOURING, means, p));
      }
    }
    return out;
  }

  private static List<Person> persons() {
    return List.of(
        Person.of(Fixtures.VICTIM, DateOfBirth.parse(DOB)),
        Person.builder().id(Fixtures.VICTIM).ageEvidence(DateOfBirth.parse("2001-11"))
            .gender(Gender.FEMALE).build(),
        Person.of(Fixtures.VICTIM, DateOfBirth.parse("2001")),
        Person.of(Fixtures.VICTIM, AgeAssessment.of(17, 19, AgeAssessmentMethod.MEDICAL,
            LocalDate.of(2018, 6, 1))),
        Fixtures.unknownAge());
  }

  @Test
  void everyStepIsCitedAndTheExplanationRunsFromProfileToOutcome() {
    int checked = 0;
    for (Jurisdiction j : Jurisdictions.all()) {
      for (Conduct c : conducts()) {
        for (Person p : persons()) {
          DefinitionAssessment a = TraffickingDefinition.assess(c, p, j);
          String where = j.id() + " " + c + " " + p + " -> " + a.steps();
          assertThat(a.steps()).as(where).hasSizeGreaterThanOrEqualTo(3);
          assertThat(a.steps()).as(where).allSatisfy(s -> {
            assertThat(s.citation()).isNotNull();
            assertThat(s.rule()).isNotBlank();
            assertThat(s.text()).isNotBlank();
          });
          assertThat(a.steps().get(0).rule()).as(where).isEqualTo("profile");
          assertThat(a.steps().get(a.steps().size() - 1).rule()).as(where).isEqualTo("outcome");
          String closing = a.steps().get(a.steps().size() - 1).text();
          assertThat(closing).as(where).startsWith(a.outcome() == Outcome.MEETS
              ? "Outcome: meets" : a.outcome() == Outcome.DOES_NOT_MEET
              ? "Outcome: does not meet" : "Outcome: indeterminate");
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void outcomeIsConsistentWithTheAgeBranches() {
    // DOMAIN.md §5: when the age is uncertain both branches are reported; the outcome is decided
    // exactly when both branches agree.
    for (Jurisdiction j : Jurisdictions.all()) {
      for (Conduct c : conducts()) {
        for (Person p : persons()) {
          DefinitionAssessment a = TraffickingDefinition.assess(c, p, j);
          assertThat(a.ifChild().isPresent()).isEqualTo(a.child() == Truth.UNKNOWN);
          assertThat(a.ifAdult().isPresent()).isEqualTo(a.child() == Truth.UNKNOWN);
          if (a.ifChild().isPresent() && a.ifChild().equals(a.ifAdult())) {
            assertThat(a.outcome()).as("%s %s %s", j, c, p).isEqualTo(a.ifChild().get());
          }
          if (a.ifChild().isPresent() && !a.ifChild().equals(a.ifAdult())) {
            assertThat(a.outcome()).as("%s %s %s", j, c, p).isEqualTo(Outcome.INDETERMINATE);
          }
          assertThat(a.presumedChild()).isEqualTo(a.child() == Truth.UNKNOWN);
        }
      }
    }
  }

  @Test
  void nothingPrintedContainsTheDateOfBirth() {
    // DOMAIN.md §4 Data: the SDK must never leak a protected identity in logs, messages or
    // exports; ExplanationStep: "never names or dates of birth".
    for (Jurisdiction j : Jurisdictions.all()) {
      for (Conduct c : conducts()) {
        for (Person p : persons()) {
          DefinitionAssessment a = TraffickingDefinition.assess(c, p, j);
          List<String> printed = new ArrayList<>();
          printed.add(p.toString());
          printed.add(p.ageEvidence().toString());
          printed.add(a.toString());
          a.steps().forEach(s -> {
            printed.add(s.toString());
            printed.add(s.text());
          });
          for (String text : printed) {
            assertThat(text).doesNotContain(DOB).doesNotContain("2001-11").doesNotContain("2001")
                .doesNotContain("13/11").doesNotContain("11/13");
          }
        }
      }
    }
  }

  @Test
  void caseAssessmentDoesNotLeakEither() {
    Person p = Person.of(Fixtures.VICTIM, DateOfBirth.parse(DOB));
    Case c = Case.builder().id("C-1").addPersons(p)
        .addConducts(Fixtures.conduct(Act.RECRUITMENT, FactSet.none(),
            ExploitationPurpose.FORCED_LABOUR)).build();
    List<DefinitionAssessment> all = TraffickingDefinition.assess(c, Jurisdictions.PROTOCOL);
    assertThat(all).singleElement().satisfies(a -> {
      assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
      assertThat(a.toString()).doesNotContain("2001");
    });
    assertThat(p.toString()).isEqualTo("Person{id=V1, age=date-of-birth}");
  }

  @Test
  void aCaseConductWhoseVictimIsMissingIsAssessedWithUnknownAge() {
    // TraffickingDefinition.assess(Case, Jurisdiction): the age is then unknown.
    Case c = Case.builder().id("C-2")
        .addConducts(Fixtures.conduct(Act.RECRUITMENT, FactSet.none(),
            ExploitationPurpose.FORCED_LABOUR)).build();
    DefinitionAssessment a = TraffickingDefinition.assess(c, Jurisdictions.PROTOCOL).get(0);
    assertThat(a.child()).isEqualTo(Truth.UNKNOWN);
    assertThat(a.outcome()).isEqualTo(Outcome.INDETERMINATE);
  }
}
