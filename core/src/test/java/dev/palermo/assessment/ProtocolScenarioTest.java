package dev.palermo.assessment;

import static dev.palermo.Fixtures.adult;
import static dev.palermo.Fixtures.childOf16;
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

/** The Trafficking Protocol baseline, art. 3 as written. */
class ProtocolScenarioTest extends ProtocolShapedScenarios {

  @Override
  Jurisdiction jurisdiction() {
    return Jurisdictions.PROTOCOL;
  }

  @Test
  void citesTheProtocol() {
    // TIP Protocol art. 3(a), seeds/003_d1561a5ed447703d.txt:48.
    DefinitionAssessment a = assess(recruitedForForcedLabour(FactSet.only(Means.DECEPTION)),
        adult());
    assertThat(a.jurisdictionId()).isEqualTo("tip-protocol");
    assertThat(a.steps().get(0).citation().toString()).isEqualTo("TIP Protocol art. 3(a)");
    assertThat(a.steps()).filteredOn(s -> s.rule().equals("consent")).singleElement()
        .extracting(s -> s.citation().toString()).isEqualTo("TIP Protocol art. 3(b)");
    DefinitionAssessment child = assess(recruitedForForcedLabour(FactSet.none()), childOf16());
    assertThat(child.steps()).filteredOn(s -> s.rule().equals("child-rule")).singleElement()
        .extracting(s -> s.citation().toString()).isEqualTo("TIP Protocol art. 3(c)");
    assertThat(child.steps()).filteredOn(s -> s.rule().equals("age")).singleElement()
        .extracting(s -> s.citation().toString()).isEqualTo("TIP Protocol art. 3(d)");
  }

  @Test
  void anExtensionPurposeAloneDoesNotMeetTheProtocol() {
    // DOMAIN.md §1 item 7: forced begging is an EU extension beyond the seven-form floor
    // (seeds/003_d1561a5ed447703d.txt:106, "at a minimum").
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.only(Means.DECEPTION),
        ExploitationPurpose.FORCED_BEGGING);
    DefinitionAssessment a = assess(c, adult());
    assertThat(a.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
    assertThat(a.purpose()).isEqualTo(ElementStatus.NOT_ESTABLISHED);
    assertThat(a.steps()).filteredOn(s -> s.rule().equals("purpose")).singleElement()
        .extracting(ExplanationStep::text).asString().contains("forced begging");
  }

  @Test
  void anExtensionActAloneDoesNotMeetTheProtocol() {
    // TIP Protocol art. 3(a): "provision" is a US act (DOMAIN.md §3), not one of the five.
    Conduct c = Fixtures.conduct(Act.PROVISION, FactSet.only(Means.DECEPTION),
        ExploitationPurpose.FORCED_LABOUR);
    assertThat(assess(c, adult()).outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
  }
}
