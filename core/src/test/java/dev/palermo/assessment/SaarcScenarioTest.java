package dev.palermo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Conduct;
import dev.palermo.definition.Act;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.facts.FactSet;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.Gender;
import dev.palermo.person.Person;
import org.junit.jupiter.api.Test;

/**
 * The SAARC Convention (2002): women and children, for prostitution only, a narrower definition
 * (DOMAIN.md §3; seeds/000_4ef45050c65d0a55.txt:135).
 */
class SaarcScenarioTest {

  private static DefinitionAssessment saarc(ExploitationPurpose purpose, Person p) {
    Conduct c = Fixtures.conduct(Act.TRANSPORTATION, FactSet.none(), purpose);
    return TraffickingDefinition.assess(c, p, Jurisdictions.SAARC);
  }

  @Test
  void adultManForProstitutionIsOutsideTheScope() {
    // DOMAIN.md §3: SAARC covers women and children only.
    DefinitionAssessment a = saarc(ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION,
        Fixtures.adult(Gender.MALE));
    assertThat(a.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
    assertThat(a.element(DefinitionElement.PERSON_SCOPE))
        .isEqualTo(ElementStatus.NOT_ESTABLISHED);
  }

  @Test
  void adultWomanForProstitutionMeets() {
    // DOMAIN.md §3: women, for prostitution; no means element (source note, unverified).
    DefinitionAssessment a = saarc(ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION,
        Fixtures.adult(Gender.FEMALE));
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.element(DefinitionElement.PERSON_SCOPE)).isEqualTo(ElementStatus.ESTABLISHED);
  }

  @Test
  void childBoyForProstitutionMeets() {
    // DOMAIN.md §3: children of either sex are covered.
    assertThat(saarc(ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION,
        Fixtures.childOf16(Gender.MALE)).outcome()).isEqualTo(Outcome.MEETS);
  }

  @Test
  void womanForForcedLabourDoesNotMeet() {
    // DOMAIN.md §3: "for prostitution only".
    DefinitionAssessment a = saarc(ExploitationPurpose.FORCED_LABOUR,
        Fixtures.adult(Gender.FEMALE));
    assertThat(a.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
    assertThat(a.purpose()).isEqualTo(ElementStatus.NOT_ESTABLISHED);
  }

  @Test
  void adultOfUnknownGenderIsIndeterminate() {
    // DOMAIN.md §1 rule 6 and §4 Data (gender recorded only when the person gives it).
    DefinitionAssessment a = saarc(ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION,
        Fixtures.adult());
    assertThat(a.outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(a.undecided()).containsExactly(DefinitionElement.PERSON_SCOPE);
  }

  @Test
  void recruitmentIsNotASaarcAct() {
    // SAARC Convention art. 1(3) as encoded: "moving, selling or buying" (source note,
    // unverified); recruitment is missing (see the conformity check).
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.none(),
        ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION);
    assertThat(TraffickingDefinition.assess(c, Fixtures.adult(Gender.FEMALE), Jurisdictions.SAARC)
        .outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
  }
}
