package dev.palermo.assessment;

import static dev.palermo.Fixtures.childOf16;
import static dev.palermo.Fixtures.conduct;
import static dev.palermo.Fixtures.unknownAge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.facts.FactSet;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Steps cite the provision that binds the profile, and flag the open questions of the sources. */
class CitationChoiceTest {

  private static Optional<ExplanationStep> step(DefinitionAssessment a, String rule) {
    return a.steps().stream().filter(s -> s.rule().equals(rule)).findFirst();
  }

  @Test
  void thePresumptionOfMinorityCitesTheCoeConventionOnlyWhereItBinds() {
    // CoE Convention art. 10(3) binds CoE parties (DOMAIN.md §3); elsewhere the presumption is
    // guidance: "treated as a child until an age determination can be made" (seeds/004:282).
    var c = conduct(Act.RECRUITMENT, FactSet.none(), ExploitationPurpose.FORCED_LABOUR);
    assertThat(step(TraffickingDefinition.assess(c, unknownAge(), Jurisdictions.COUNCIL_OF_EUROPE),
        "age-branches").orElseThrow().citation())
        .isEqualTo(Provision.of(Instrument.COE_CONVENTION, "10(3)"));
    assertThat(step(TraffickingDefinition.assess(c, unknownAge(), Jurisdictions.PROTOCOL),
        "age-branches").orElseThrow().citation())
        .isEqualTo(Provision.of(Instrument.SEED_004, "282"));
    assertThat(step(TraffickingDefinition.assess(c, unknownAge(), Jurisdictions.UNITED_STATES),
        "age-branches").orElseThrow().citation().instrument()).isEqualTo(Instrument.SEED_004);
  }

  @Test
  void aChildRecruitedForWorkBelowTheMinimumAgeIsFlaggedAsAnOpenQuestion() {
    // seeds/003:224: whether children recruited to work, not subjected to a listed form of
    // exploitation, are victims is an open question; the outcome follows the Protocol's text.
    var c = conduct(Act.RECRUITMENT, FactSet.none(),
        ExploitationPurpose.EMPLOYMENT_BELOW_MINIMUM_AGE);
    DefinitionAssessment a = TraffickingDefinition.assess(c, childOf16(), Jurisdictions.PROTOCOL);
    assertThat(a.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
    assertThat(step(a, "open-question")).get()
        .extracting(ExplanationStep::citation).isEqualTo(Provision.of(Instrument.SEED_003, "224"));
    assertThat(a.steps().get(a.steps().size() - 1).rule()).isEqualTo("outcome");
  }

  @Test
  void noOpenQuestionForAnAdultOrWhenTheDefinitionIsMet() {
    var labour = conduct(Act.RECRUITMENT, FactSet.none(),
        ExploitationPurpose.WORST_FORMS_OF_CHILD_LABOUR);
    assertThat(step(TraffickingDefinition.assess(labour, dev.palermo.Fixtures.adult(),
        Jurisdictions.PROTOCOL), "open-question")).isEmpty();
    var both = dev.palermo.Fixtures.conduct().acts(FactSet.only(Act.RECRUITMENT))
        .means(FactSet.none()).purposes(FactSet.only(ExploitationPurpose.FORCED_LABOUR,
            ExploitationPurpose.WORST_FORMS_OF_CHILD_LABOUR)).build();
    DefinitionAssessment met = TraffickingDefinition.assess(both, childOf16(),
        Jurisdictions.PROTOCOL);
    assertThat(met.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(step(met, "open-question")).isEmpty();
  }

  @Test
  void meansAreNotRequiredForAChildEvenWhenThePurposeIsUnknown() {
    // Art. 3(c): "even if this does not involve any of the means" (seeds/003:64).
    var c = dev.palermo.Fixtures.conduct().acts(FactSet.only(Act.RECRUITMENT))
        .means(FactSet.unknown()).purposes(FactSet.unknown()).build();
    DefinitionAssessment a = TraffickingDefinition.assess(c, childOf16(), Jurisdictions.PROTOCOL);
    assertThat(a.outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(a.means()).isEqualTo(ElementStatus.NOT_REQUIRED);
    assertThat(a.undecided()).containsExactly(dev.palermo.definition.DefinitionElement.PURPOSE);
  }
}
