package dev.palermo.assessment;

import static dev.palermo.Fixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Conduct;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.FactSet;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import org.junit.jupiter.api.Test;

/** the ASEAN Convention (2015); DOMAIN.md §3: the Protocol definition. */
class AseanScenarioTest extends ProtocolShapedScenarios {

  @Override
  Jurisdiction jurisdiction() {
    return Jurisdictions.ASEAN;
  }

  @Test
  void citesItsOwnDefinition() {
    // DOMAIN.md §3: every rule carries its citation.
    DefinitionAssessment a = assess(recruitedForForcedLabour(FactSet.only(Means.DECEPTION)),
        adult());
    assertThat(a.jurisdictionId()).isEqualTo("asean");
    assertThat(a.steps().get(0).citation().toString()).isEqualTo("ASEAN Convention art. 2(a)");
  }

  @Test
  void anExtensionPurposeAloneDoesNotMeet() {
    // DOMAIN.md §1 item 7: forced begging is an EU extension; this definition keeps the floor.
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.only(Means.DECEPTION),
        ExploitationPurpose.FORCED_BEGGING);
    assertThat(assess(c, adult()).outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
  }
}
