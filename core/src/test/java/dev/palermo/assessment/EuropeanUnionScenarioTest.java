package dev.palermo.assessment;

import static dev.palermo.Fixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Conduct;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.FactSet;
import dev.palermo.jurisdiction.EuAmendmentDate;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The European Union: Directive 2011/36/EU, as amended by Directive (EU) 2024/1712 (DOMAIN.md §1
 * item 7, §3). Facts are assessed under the law in force when the conduct happened (DOMAIN.md §3).
 * The inherited scenarios run on conduct in 2018, under the 2011 version.
 */
class EuropeanUnionScenarioTest extends ProtocolShapedScenarios {
  private static final LocalDate IN_2015 = LocalDate.of(2015, 3, 1);
  private static final LocalDate IN_2025 = LocalDate.of(2025, 3, 1);

  @Override
  Jurisdiction jurisdiction() {
    return Jurisdictions.EUROPEAN_UNION;
  }

  private static Conduct forcedMarriage(LocalDate day) {
    return Fixtures.conductOn(day, Act.RECRUITMENT, FactSet.only(Means.DECEPTION),
        ExploitationPurpose.FORCED_MARRIAGE);
  }

  @Test
  void forcedBeggingMeetsTheEuDefinition() {
    // DOMAIN.md §1 item 7 and §3: the EU added forced begging (Directive 2011/36/EU art. 2(3)).
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.only(Means.DECEPTION),
        ExploitationPurpose.FORCED_BEGGING);
    DefinitionAssessment a = assess(c, adult());
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.profileVersion()).isEqualTo("2011");
    assertThat(TraffickingDefinition.assess(c, adult(), Jurisdictions.PROTOCOL).outcome())
        .isEqualTo(Outcome.DOES_NOT_MEET);
  }

  @Test
  void exploitationOfCriminalActivitiesMeetsTheEuDefinition() {
    // DOMAIN.md §3: exploitation of criminal activities, Directive 2011/36/EU.
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.only(Means.DECEPTION),
        ExploitationPurpose.EXPLOITATION_OF_CRIMINAL_ACTIVITIES);
    assertThat(assess(c, adult()).outcome()).isEqualTo(Outcome.MEETS);
  }

  @Test
  void exchangeOfControlIsAnEuAct() {
    // DOMAIN.md §3: the EU adds the act "exchange or transfer of control".
    Conduct c = Fixtures.conduct(Act.EXCHANGE_OR_TRANSFER_OF_CONTROL,
        FactSet.only(Means.DECEPTION), ExploitationPurpose.FORCED_LABOUR);
    assertThat(assess(c, adult()).outcome()).isEqualTo(Outcome.MEETS);
    assertThat(TraffickingDefinition.assess(c, adult(), Jurisdictions.PROTOCOL).outcome())
        .isEqualTo(Outcome.DOES_NOT_MEET);
  }

  @Test
  void forcedMarriageIn2015DoesNotMeetThe2011Version() {
    // DOMAIN.md §1 item 7: forced marriage was added "in 2024"; §3: the law in force at the time.
    DefinitionAssessment a = assess(forcedMarriage(IN_2015), adult());
    assertThat(a.profileVersion()).isEqualTo("2011");
    assertThat(a.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
    assertThat(a.purpose()).isEqualTo(ElementStatus.NOT_ESTABLISHED);
  }

  @Test
  void forcedMarriageIn2025MeetsThe2024Version() {
    // DOMAIN.md §1 item 7, §3: Directive (EU) 2024/1712 adds forced marriage.
    DefinitionAssessment a = assess(forcedMarriage(IN_2025), adult());
    assertThat(a.profileVersion()).isEqualTo("2024");
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
  }

  @Test
  void illegalAdoptionAndSurrogacyFollowThe2024Version() {
    // DOMAIN.md §1 item 7: illegal adoption and exploitation of surrogacy, since 2024.
    for (ExploitationPurpose p : new ExploitationPurpose[] {ExploitationPurpose.ILLEGAL_ADOPTION,
        ExploitationPurpose.EXPLOITATION_OF_SURROGACY}) {
      assertThat(assess(Fixtures.conductOn(IN_2015, Act.RECRUITMENT, FactSet.only(Means.FRAUD), p),
          adult()).outcome()).as("%s in 2015", p).isEqualTo(Outcome.DOES_NOT_MEET);
      assertThat(assess(Fixtures.conductOn(IN_2025, Act.RECRUITMENT, FactSet.only(Means.FRAUD), p),
          adult()).outcome()).as("%s in 2025", p).isEqualTo(Outcome.MEETS);
    }
  }

  @Test
  void amendmentAppliesFromEntryIntoForceByDefault() {
    // EuAmendmentDate: entry into force 2024-07-14 (flagged unverified in the source notes).
    assertThat(assess(forcedMarriage(LocalDate.of(2024, 7, 13)), adult()).outcome())
        .isEqualTo(Outcome.DOES_NOT_MEET);
    assertThat(assess(forcedMarriage(LocalDate.of(2024, 7, 14)), adult()).outcome())
        .isEqualTo(Outcome.MEETS);
  }

  @Test
  void transpositionDeadlineDefersTheAmendment() {
    // EuAmendmentDate.TRANSPOSITION_DEADLINE: a directive binds through transposition (2026-07-15).
    Jurisdiction eu = Jurisdictions.europeanUnion(EuAmendmentDate.TRANSPOSITION_DEADLINE);
    DefinitionAssessment a = TraffickingDefinition.assess(forcedMarriage(IN_2025), adult(), eu);
    assertThat(a.profileVersion()).isEqualTo("2011");
    assertThat(a.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
    assertThat(TraffickingDefinition.assess(forcedMarriage(LocalDate.of(2026, 7, 15)), adult(), eu)
        .outcome()).isEqualTo(Outcome.MEETS);
  }

  @Test
  void undatedConductWhereVersionsDisagreeIsIndeterminate() {
    // DOMAIN.md §3: facts are assessed under the law in force when the conduct happened; with no
    // date and versions that disagree, the outcome cannot be decided.
    Conduct c = Fixtures.undated(Act.RECRUITMENT, FactSet.only(Means.DECEPTION),
        ExploitationPurpose.FORCED_MARRIAGE);
    DefinitionAssessment a = assess(c, adult());
    assertThat(a.outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(a.conductDate()).isEmpty();
    assertThat(a.steps()).extracting(ExplanationStep::rule).contains("version");
    ExplanationStep last = last(a);
    assertThat(last.rule()).isEqualTo("outcome");
    assertThat(last.text()).as("the closing step must state the actual outcome")
        .startsWith("Outcome: indeterminate");
    assertThat(a.steps().get(0).rule()).isEqualTo("profile");
    // Age is unknown without a date; each branch differs between the versions too.
    assertThat(a.ifChild()).contains(Outcome.INDETERMINATE);
    assertThat(a.ifAdult()).contains(Outcome.INDETERMINATE);
  }

  @Test
  void undatedConductReportsTheAgeBranchesAcrossVersions() {
    // DOMAIN.md §5 (both branches) and §3 (law in force at the time): a child recruited without
    // means for forced marriage is trafficked only under the 2024 version; an adult under neither.
    Conduct c = Fixtures.undated(Act.RECRUITMENT, FactSet.none(),
        ExploitationPurpose.FORCED_MARRIAGE);
    DefinitionAssessment a = assess(c, Fixtures.childOf16());
    assertThat(a.outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(a.ifChild()).contains(Outcome.INDETERMINATE);
    assertThat(a.ifAdult()).contains(Outcome.DOES_NOT_MEET);
    assertThat(a.steps()).filteredOn(s -> s.rule().equals("age-branches")).singleElement()
        .extracting(ExplanationStep::text).asString()
        .contains("'Indeterminate'").contains("'Does not meet the definition'");
  }

  @Test
  void undatedConductWhereVersionsAgreeIsDecided() {
    // DOMAIN.md §3: when every version gives the same outcome the date does not matter.
    Conduct c = Fixtures.undated(Act.RECRUITMENT, FactSet.only(Means.DECEPTION),
        ExploitationPurpose.FORCED_LABOUR);
    DefinitionAssessment a = assess(c, adult());
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.steps()).extracting(ExplanationStep::rule).contains("version");
  }

  @Test
  void conductBeforeTheFirstVersionIsAssessedUnderIt() {
    // TraffickingDefinition: conduct before the first version is assessed under it, and a step
    // says so.
    Conduct c = Fixtures.conductOn(LocalDate.of(2010, 1, 1), Act.RECRUITMENT,
        FactSet.only(Means.DECEPTION), ExploitationPurpose.FORCED_LABOUR);
    DefinitionAssessment a = assess(c, adult());
    assertThat(a.profileVersion()).isEqualTo("2011");
    assertThat(a.outcome()).isEqualTo(Outcome.MEETS);
    assertThat(a.steps()).extracting(ExplanationStep::rule).contains("version");
  }
}
