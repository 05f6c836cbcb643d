package dev.palermo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.ElementStatus;
import dev.palermo.assessment.Outcome;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Conduct;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.DateOfBirth;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The example shown in the README, kept compiling and true. */
class ReadmeExampleTest {

  @Test
  void readmeExample() {
    // --- README example start
    Person girl = Person.of(PersonId.of("p1"), DateOfBirth.parse("2008-05"));
    Conduct conduct = Conduct.builder()
        .victim(girl.id())
        .period(DateSpan.on(LocalDate.of(2024, 3, 1)))
        .acts(FactSet.including(Act.RECRUITMENT))
        .means(FactSet.none())                                   // no force, fraud or deception
        .purposes(FactSet.only(ExploitationPurpose.FORCED_LABOUR))     // and no other purpose
        .build();
    DefinitionAssessment a = TraffickingDefinition.assess(conduct, girl, Jurisdictions.PROTOCOL);
    System.out.println(a.outcome());                             // MEETS: a child needs no means
    a.steps().forEach(System.out::println);                      // every step with its citation
    // --- README example end
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.means()).isEqualTo(ElementStatus.NOT_REQUIRED);
    assertThat(a.childRule()).isEqualTo(ElementStatus.ESTABLISHED);
    assertThat(TraffickingDefinition.assess(conduct, girl, Jurisdictions.UNITED_STATES).outcome())
        .isEqualTo(Outcome.DOES_NOT_MEET);
  }
}
