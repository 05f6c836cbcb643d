package dev.palermo.assessment;

import static dev.palermo.Fixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Conduct;
import dev.palermo.casefile.Consent;
import dev.palermo.casefile.Movement;
import dev.palermo.definition.Act;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.facts.FactSet;
import dev.palermo.jurisdiction.Jurisdictions;
import org.junit.jupiter.api.Test;

/**
 * The United Kingdom, Modern Slavery Act 2015 s. 2: "arranging or facilitating the travel" with a
 * view to exploitation; no means element for adults (DOMAIN.md §3).
 */
class UnitedKingdomScenarioTest {

  private static DefinitionAssessment uk(Conduct c) {
    return TraffickingDefinition.assess(c, adult(), Jurisdictions.UNITED_KINGDOM);
  }

  private static Conduct withoutMeans(Act act, Movement movement) {
    return Fixtures.conduct(act, FactSet.none(), ExploitationPurpose.FORCED_LABOUR)
        .withMovement(movement);
  }

  @Test
  void adultWithoutMeansMovedInternallyMeets() {
    // DOMAIN.md §3: no means element for adults; s. 2(5): travel within any country counts.
    DefinitionAssessment a = uk(withoutMeans(Act.RECRUITMENT, Movement.INTERNAL));
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.means()).isEqualTo(ElementStatus.NOT_REQUIRED);
    assertThat(a.element(DefinitionElement.MOVEMENT)).isEqualTo(ElementStatus.ESTABLISHED);
    assertThat(a.consentRule()).isEqualTo(ConsentRule.IRRELEVANT_NO_MEANS_ELEMENT);
    assertThat(TraffickingDefinition.assess(withoutMeans(Act.RECRUITMENT, Movement.INTERNAL),
        adult(), Jurisdictions.PROTOCOL).outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
  }

  @Test
  void adultNotMovedDoesNotMeet() {
    // DOMAIN.md §3: the UK offence is about arranging or facilitating travel.
    DefinitionAssessment a = uk(withoutMeans(Act.RECRUITMENT, Movement.NONE));
    assertThat(a.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
    assertThat(a.element(DefinitionElement.MOVEMENT)).isEqualTo(ElementStatus.NOT_ESTABLISHED);
    assertThat(a.steps()).filteredOn(s -> s.rule().equals("movement")).singleElement()
        .extracting(s -> s.citation().toString()).isEqualTo("Modern Slavery Act 2015 s. 2(5)");
  }

  @Test
  void travelArrangedButNotYetMadeMeets() {
    // s. 2(1) (as recalled; source note unverified): the offence is to arrange or facilitate the
    // travel with a view to exploitation, so arranged travel counts before the person is moved.
    Conduct arranged = Fixtures.conduct().acts(FactSet.only(Act.RECRUITMENT,
            Act.ARRANGING_OR_FACILITATING_TRAVEL)).means(FactSet.none())
        .purposes(FactSet.only(ExploitationPurpose.FORCED_LABOUR)).movement(Movement.NONE).build();
    DefinitionAssessment a = uk(arranged);
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.element(DefinitionElement.MOVEMENT)).isEqualTo(ElementStatus.ESTABLISHED);
  }

  @Test
  void movementUnknownIsIndeterminate() {
    // DOMAIN.md §1 rule 6.
    DefinitionAssessment a = uk(withoutMeans(Act.RECRUITMENT, Movement.UNKNOWN));
    assertThat(a.outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(a.undecided()).containsExactly(DefinitionElement.MOVEMENT);
  }

  @Test
  void crossBorderTravelMeetsAndConsentIsIrrelevant() {
    // Modern Slavery Act 2015 s. 2(2): consent irrelevant (source note, unverified).
    DefinitionAssessment a = uk(withoutMeans(Act.ARRANGING_OR_FACILITATING_TRAVEL,
        Movement.CROSS_BORDER).withConsent(Consent.GIVEN));
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.steps()).filteredOn(s -> s.rule().equals("consent")).singleElement()
        .extracting(s -> s.citation().toString()).isEqualTo("Modern Slavery Act 2015 s. 2(2)");
  }
}
