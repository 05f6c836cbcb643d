package dev.palermo.assessment;

import static dev.palermo.Fixtures.adult;
import static dev.palermo.Fixtures.childOf16;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Conduct;
import dev.palermo.definition.Act;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.FactSet;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.Person;
import org.junit.jupiter.api.Test;

/**
 * The United States, 22 U.S.C. 7102: "the under-18 rule applies to sex trafficking only; labour
 * trafficking needs force, fraud or coercion. Different acts ('provision', 'obtaining')"
 * (DOMAIN.md §3).
 */
class UnitedStatesScenarioTest {

  private static DefinitionAssessment us(Conduct c, Person p) {
    return TraffickingDefinition.assess(c, p, Jurisdictions.UNITED_STATES);
  }

  private static DefinitionAssessment protocol(Conduct c, Person p) {
    return TraffickingDefinition.assess(c, p, Jurisdictions.PROTOCOL);
  }

  @Test
  void childRecruitedForForcedLabourWithoutMeansMeetsTheProtocolButNotTheUs() {
    // DOMAIN.md §3 (United States): the under-18 rule applies to sex trafficking only;
    // TIP Protocol art. 3(c), seeds/003_d1561a5ed447703d.txt:64, covers every purpose.
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.none(),
        ExploitationPurpose.FORCED_LABOUR);
    assertThat(protocol(c, childOf16()).outcome()).isEqualTo(Outcome.MEETS);
    DefinitionAssessment a = us(c, childOf16());
    assertThat(a.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
    assertThat(a.child()).isEqualTo(dev.palermo.facts.Truth.TRUE);
    assertThat(a.means()).isEqualTo(ElementStatus.NOT_ESTABLISHED);
    assertThat(a.childRule()).isEqualTo(ElementStatus.NOT_ESTABLISHED);
    assertThat(a.steps()).filteredOn(s -> s.rule().equals("child-rule")).singleElement()
        .extracting(ExplanationStep::text).asString().contains("covers only");
  }

  @Test
  void childRecruitedForProstitutionWithoutMeansMeetsBoth() {
    // DOMAIN.md §3: the US under-18 rule covers sex trafficking.
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.none(),
        ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION);
    assertThat(protocol(c, childOf16()).outcome()).isEqualTo(Outcome.MEETS);
    DefinitionAssessment a = us(c, childOf16());
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.means()).isEqualTo(ElementStatus.NOT_REQUIRED);
    assertThat(a.childRule()).isEqualTo(ElementStatus.ESTABLISHED);
  }

  @Test
  void adultDeceivedIntoForcedLabourMeetsTheUs() {
    // DOMAIN.md §3: labour trafficking needs force, fraud or coercion; deception is fraud.
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.only(Means.DECEPTION),
        ExploitationPurpose.FORCED_LABOUR);
    assertThat(us(c, adult()).outcome()).isEqualTo(Outcome.MEETS);
  }

  @Test
  void childForcedIntoLabourMeetsTheUs() {
    // DOMAIN.md §3: with force, fraud or coercion the US definition covers a child in labour.
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.only(Means.USE_OF_FORCE),
        ExploitationPurpose.FORCED_LABOUR);
    assertThat(us(c, childOf16()).outcome()).isEqualTo(Outcome.MEETS);
  }

  @Test
  void provisionAndObtainingAreUsActs() {
    // DOMAIN.md §3: different acts ("provision", "obtaining").
    for (Act act : new Act[] {Act.PROVISION, Act.OBTAINING}) {
      Conduct c = Fixtures.conduct(act, FactSet.only(Means.FRAUD),
          ExploitationPurpose.FORCED_LABOUR);
      assertThat(us(c, adult()).outcome()).as("%s", act).isEqualTo(Outcome.MEETS);
      assertThat(protocol(c, adult()).outcome()).as("%s", act).isEqualTo(Outcome.DOES_NOT_MEET);
    }
  }

  @Test
  void unknownAgeChildInLabourWithoutMeansDoesNotMeetEitherBranch() {
    // DOMAIN.md §5: both branches are reported; here neither branch meets the US definition.
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.none(),
        ExploitationPurpose.FORCED_LABOUR);
    DefinitionAssessment a = us(c, Fixtures.unknownAge());
    assertThat(a.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
    assertThat(a.ifChild()).contains(Outcome.DOES_NOT_MEET);
    assertThat(a.ifAdult()).contains(Outcome.DOES_NOT_MEET);
    assertThat(a.presumedChild()).isTrue();
  }

  @Test
  void childRuleUnknownWhenThePurposeIsUnknown() {
    // DOMAIN.md §1 rule 6: whether the sex-trafficking child rule applies turns on the purpose.
    Conduct.Builder b = Fixtures.conduct();
    b.acts(FactSet.only(Act.RECRUITMENT)).means(FactSet.none())
        .purposes(FactSet.including(ExploitationPurpose.FORCED_LABOUR));
    DefinitionAssessment a = us(b.build(), childOf16());
    assertThat(a.outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(a.undecided()).contains(DefinitionElement.CHILD_RULE);
  }
}
