package dev.palermo.checks.residence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.Check;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.Checks;
import dev.palermo.events.AssistanceCondition;
import dev.palermo.events.Identification;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.events.ReflectionPeriod;
import dev.palermo.events.ResidencePermit;
import dev.palermo.events.ReturnDecision;
import dev.palermo.events.ReturnKind;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.Person;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import dev.palermo.rights.ProvisionCatalogue;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The reflection-period and residence checks (seeds/001 line 270; seeds/003 lines 264-288;
 * seeds/000 line 615): for each, a case where it fires, one where it does not, and one with
 * unknown facts. Every date of birth is fictitious.
 */
class ResidenceChecksTest {
  private static final LocalDate DAY = Fixtures.CONDUCT_DAY;
  private static final LocalDate AS_OF = DAY.plusMonths(6);

  private static Identification identification(IdentificationStatus status) {
    Identification.Builder b = Identification.builder();
    b.person(Fixtures.VICTIM).when(DateSpan.on(DAY)).status(status);
    return b.build();
  }

  private static ReflectionPeriod period(DateSpan when) {
    ReflectionPeriod.Builder b = ReflectionPeriod.builder();
    b.person(Fixtures.VICTIM).when(when);
    return b.build();
  }

  private static ReflectionPeriod undatedPeriod() {
    ReflectionPeriod.Builder b = ReflectionPeriod.builder();
    b.person(Fixtures.VICTIM);
    return b.build();
  }

  private static ReturnDecision deportation(LocalDate day) {
    ReturnDecision.Builder b = ReturnDecision.builder();
    b.person(Fixtures.VICTIM).when(DateSpan.on(day)).type(ReturnKind.DEPORTATION);
    return b.build();
  }

  private static ResidencePermit permit(FactSet<AssistanceCondition> conditions) {
    ResidencePermit.Builder b = ResidencePermit.builder();
    b.person(Fixtures.VICTIM).when(DateSpan.on(DAY)).conditions(conditions);
    return b.build();
  }

  private static Case caseOf(Person person, CaseEvent... events) {
    return Case.builder().id("c1").addPersons(person).addEvents(events).build();
  }

  private static List<Problem> run(Check check, Jurisdiction j, Case c) {
    return check.run(CheckContext.of(c, j, AS_OF));
  }

  private static void assertOne(List<Problem> found, Check check, Severity severity,
      String path, String mainProvision) {
    assertThat(found).hasSize(1);
    Problem p = found.get(0);
    assertThat(p.code()).isEqualTo(check.code());
    assertThat(p.severity()).isEqualTo(severity);
    assertThat(p.path()).isEqualTo(JsonPointer.parse(path));
    assertThat(p.citations().get(0))
        .isEqualTo(ProvisionCatalogue.require(mainProvision).provision());
    assertThat(p.remedy()).isPresent();
    assertThat(p.message()).doesNotContain(Fixtures.VICTIM.value())
        .doesNotContain(Fixtures.ADULT_DOB).doesNotContain(Fixtures.CHILD_DOB)
        .doesNotContain("{");
  }

  private static void assertCannotTell(List<Problem> found, Check check, String path) {
    assertThat(found).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(check.code());
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse(path));
      assertThat(p.message()).doesNotContain("{");
    });
  }

  @Test
  void everyCheckIsRegisteredWithACodeOfItsRangeAndCompleteMessages() {
    List<Check> all = ResidenceChecks.all();
    assertThat(all).hasSize(7);
    Set<String> codes = new HashSet<>();
    for (Check c : all) {
      int n = Integer.parseInt(c.code().substring("PAL-C-".length()));
      assertThat(n).isBetween(130, 149);
      assertThat(codes.add(c.code())).isTrue();
      assertThat(Checks.byId(c.id())).contains(c);
      assertThat(c.rule()).isNotBlank();
      assertThat(c.reads()).isNotEmpty();
      AbstractCheck a = (AbstractCheck) c;
      assertThat(a.text(Locale.ROOT, "finding", "x", "2018-06-01", 30)).doesNotContain("{");
      assertThat(a.text(Locale.ROOT, "cannot-tell", "x", "2018-06-01", 30))
          .doesNotContain("{");
      assertThat(a.text(Locale.ROOT, "remedy")).isNotBlank();
    }
  }

  @Nested
  class ReflectionPeriodNotGrantedTest {
    private final ReflectionPeriodNotGranted check = new ReflectionPeriodNotGranted();

    @Test
    void firesAsAViolationForACouncilOfEuropeParty() {
      // CoE Convention art. 13(1) (seeds/001 line 270): a period on reasonable grounds.
      List<Problem> found = run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          identification(IdentificationStatus.REASONABLE_GROUNDS)));
      assertOne(found, check, Severity.VIOLATION, "/events/0/status", "coe-13-1");
      assertThat(found.get(0).message()).contains("reasonable-grounds").contains("30");
    }

    @Test
    void isARecommendationWhereTheConventionDoesNotBind() {
      // CoE art. 13(1) binds its parties only; elsewhere periods "should be encouraged"
      // (seeds/000 line 615).
      List<Problem> found = run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(),
          identification(IdentificationStatus.REASONABLE_GROUNDS)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/0/status", "coe-13-1");
    }

    @Test
    void doesNotFireWhenAPeriodWasGranted() {
      // CoE art. 13(1) (seeds/001 line 270).
      assertThat(run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          identification(IdentificationStatus.REASONABLE_GROUNDS),
          period(DateSpan.between(DAY.plusDays(1), DAY.plusDays(30)))))).isEmpty();
    }

    @Test
    void aPeriodThatEndedBeforeTheGroundsDoesNotCount() {
      // CoE art. 13(1): the period follows the reasonable grounds (seeds/001 line 270).
      List<Problem> found = run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          period(DateSpan.between(DAY.minusDays(60), DAY.minusDays(31))),
          identification(IdentificationStatus.REASONABLE_GROUNDS)));
      assertOne(found, check, Severity.VIOLATION, "/events/1/status", "coe-13-1");
    }

    @Test
    void doesNotApplyBeforeReasonableGrounds() {
      // CoE art. 13(1) is engaged "when there are reasonable grounds" (seeds/001 line 270).
      assertThat(run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          identification(IdentificationStatus.POSSIBLE_VICTIM)))).isEmpty();
    }

    @Test
    void cannotTellWhenThePeriodIsUndated() {
      // CoE art. 13(1): an undated period may or may not follow the grounds.
      assertCannotTell(run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          identification(IdentificationStatus.REASONABLE_GROUNDS), undatedPeriod())), check,
          "/events/1/when");
    }
  }

  @Nested
  class ReflectionPeriodTooShortTest {
    private final ReflectionPeriodTooShort check = new ReflectionPeriodTooShort();

    @Test
    void firesAsAViolationForACouncilOfEuropeParty() {
      // CoE art. 13(1) (seeds/001 line 270): "at least 30 days"; this one lasted 20.
      List<Problem> found = run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          period(DateSpan.between(DAY, DAY.plusDays(19)))));
      assertOne(found, check, Severity.VIOLATION, "/events/0/when", "coe-13-1");
      assertThat(found.get(0).message()).contains("20 days").contains("30 days");
    }

    @Test
    void isARecommendationWhereTheConventionDoesNotBind() {
      // CoE art. 13(1) taken as the recommended standard where the profile sets no minimum.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(),
          period(DateSpan.between(DAY, DAY.plusDays(19)))));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/0/when", "coe-13-1");
    }

    @Test
    void doesNotFireForThirtyDays() {
      // CoE art. 13(1) (seeds/001 line 270): 30 days, first and last included.
      assertThat(run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          period(DateSpan.between(DAY, DAY.plusDays(29)))))).isEmpty();
    }

    @Test
    void doesNotFireForAnOpenPeriodThatHasAlreadyRunThirtyDays() {
      // CoE art. 13(1): an open period already longer than the minimum.
      assertThat(run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          period(DateSpan.since(DAY))))).isEmpty();
    }

    @Test
    void cannotTellWhenThePeriodIsUndated() {
      // CoE art. 13(1) (seeds/001 line 270): the length is unknown.
      assertCannotTell(run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          undatedPeriod())), check, "/events/0/when");
    }

    @Test
    void cannotTellWhileAShortOpenPeriodRuns() {
      // CoE art. 13(1): a period still running, ten days so far.
      assertCannotTell(run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          period(DateSpan.since(AS_OF.minusDays(9))))), check, "/events/0/when");
    }
  }

  @Nested
  class RemovalOfChildDuringReflectionPeriodTest {
    private final RemovalOfChildDuringReflectionPeriod check =
        new RemovalOfChildDuringReflectionPeriod();

    @Test
    void fires() {
      // UNICEF (seeds/003 line 276): "No deportation shall be carried out during this period".
      List<Problem> found = run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(
          Fixtures.childOf16(), period(DateSpan.between(DAY, DAY.plusDays(44))),
          deportation(DAY.plusDays(10))));
      // A violation: CRC art. 3, also cited, binds CoE member States (strongest citation).
      assertOne(found, check, Severity.VIOLATION, "/events/1/when",
          "sl-unicef-reflection");
    }

    @Test
    void firesForAPersonOfUncertainAge() {
      // seeds/004 line 282: a person of uncertain age is treated as a child; seeds/003 line 276.
      assertOne(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.unknownAge(),
          period(DateSpan.between(DAY, DAY.plusDays(44))), deportation(DAY.plusDays(10)))),
          check, Severity.RECOMMENDATION, "/events/1/when", "sl-unicef-reflection");
    }

    @Test
    void doesNotFireAfterThePeriodOrForAVoluntaryReturnOrForAnAdult() {
      // seeds/003 line 276: the ban covers deportation during the period, of child victims.
      ReturnDecision.Builder b = ReturnDecision.builder();
      b.person(Fixtures.VICTIM).when(DateSpan.on(DAY.plusDays(10)))
          .type(ReturnKind.VOLUNTARY_RETURN).voluntary(Truth.TRUE);
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.childOf16(),
          period(DateSpan.between(DAY, DAY.plusDays(44))), deportation(DAY.plusDays(45)),
          b.build()))).isEmpty();
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(),
          period(DateSpan.between(DAY, DAY.plusDays(44))), deportation(DAY.plusDays(10)))))
          .isEmpty();
    }

    @Test
    void cannotTellWhenThePeriodIsUndated() {
      // seeds/003 line 276: an unknown date is never a silent pass.
      assertCannotTell(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.childOf16(),
          undatedPeriod(), deportation(DAY.plusDays(10)))), check, "/events/0/when");
    }

    @Test
    void cannotTellWhenTheDecisionIsUndated() {
      // seeds/003 line 276.
      ReturnDecision.Builder b = ReturnDecision.builder();
      b.person(Fixtures.VICTIM).type(ReturnKind.DEPORTATION);
      assertCannotTell(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.childOf16(),
          period(DateSpan.between(DAY, DAY.plusDays(44))), b.build())), check,
          "/events/1/when");
    }
  }

  @Nested
  class RemovalDuringReflectionPeriodTest {
    private final RemovalDuringReflectionPeriod check = new RemovalDuringReflectionPeriod();

    @Test
    void firesAsARecommendationEvenForACouncilOfEuropeParty() {
      // seeds/000 line 615 and seeds/001 line 176 (soft law); the CoE art. 13 ban on removal is
      // not in the sources, so the strength stays that of the catalogue: a recommendation.
      List<Problem> found = run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          period(DateSpan.between(DAY, DAY.plusDays(44))), deportation(DAY.plusDays(10))));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/when",
          "sl-reflection-encouraged");
    }

    @Test
    void doesNotFireAfterThePeriodOrForAChild() {
      // seeds/001 line 176: a period of time for reflection, then a free decision.
      assertThat(run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          period(DateSpan.between(DAY, DAY.plusDays(44))), deportation(DAY.plusDays(45)))))
          .isEmpty();
      assertThat(run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.childOf16(),
          period(DateSpan.between(DAY, DAY.plusDays(44))), deportation(DAY.plusDays(10)))))
          .isEmpty();
    }

    @Test
    void cannotTellWhenThePeriodIsUndated() {
      // seeds/000 line 615: an unknown date is never a silent pass.
      assertCannotTell(run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          undatedPeriod(), deportation(DAY.plusDays(10)))), check, "/events/0/when");
    }
  }

  @Nested
  class ResidencePermitTiedToCooperationTest {
    private final ResidencePermitTiedToCooperation check = new ResidencePermitTiedToCooperation();

    @Test
    void fires() {
      // seeds/003 lines 276 and 286: a permit on condition of evidence "defeats the very
      // purpose" of the reflection and recovery period.
      assertOne(run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          permit(FactSet.including(AssistanceCondition.TESTIMONY)))), check,
          Severity.RECOMMENDATION, "/events/0/conditions", "sl-sr-17-35");
    }

    @Test
    void doesNotFireWithoutSuchCondition() {
      // seeds/001 line 111: a right to stay irrespective of involvement in criminal justice.
      assertThat(run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          permit(FactSet.none())))).isEmpty();
    }

    @Test
    void cannotTellWhenTheConditionsAreUnknown() {
      // seeds/003 line 264-276: the conditions decide; unknown is never a silent pass.
      assertCannotTell(run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          permit(FactSet.unknown()))), check, "/events/0/conditions");
    }
  }

  @Nested
  class ReflectionPeriodConditionalTest {
    private final ReflectionPeriodConditional check = new ReflectionPeriodConditional();

    private ReflectionPeriod withConditions(FactSet<AssistanceCondition> conditions) {
      return period(DateSpan.between(DAY, DAY.plusDays(29))).withConditions(conditions);
    }

    @Test
    void fires() {
      // seeds/000 line 615: assistance "not conditioned on cooperation with authorities".
      assertOne(run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          withConditions(FactSet.including(AssistanceCondition.COOPERATION)))), check,
          Severity.RECOMMENDATION, "/events/0/conditions", "sl-reflection-encouraged");
    }

    @Test
    void doesNotFireWithoutConditions() {
      // seeds/000 line 615.
      assertThat(run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          withConditions(FactSet.none())))).isEmpty();
    }

    @Test
    void cannotTellWhenTheConditionsAreUnknown() {
      // seeds/000 line 615: unknown conditions are never a silent pass.
      assertCannotTell(run(check, Jurisdictions.COUNCIL_OF_EUROPE, caseOf(Fixtures.adult(),
          withConditions(FactSet.unknown()))), check, "/events/0/conditions");
    }
  }

  @Nested
  class ChildReflectionPeriodNotGrantedTest {
    private final ChildReflectionPeriodNotGranted check = new ChildReflectionPeriodNotGranted();

    @Test
    void fires() {
      // UNICEF (seeds/003 line 276): grant child victims a reflection period.
      assertOne(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.childOf16(),
          identification(IdentificationStatus.POSSIBLE_VICTIM))), check,
          Severity.RECOMMENDATION, "/events/0/status", "sl-unicef-reflection");
    }

    @Test
    void doesNotFireWhenGrantedOrForAnAdult() {
      // seeds/003 line 276 protects child victims.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.childOf16(),
          identification(IdentificationStatus.POSSIBLE_VICTIM),
          period(DateSpan.between(DAY, DAY.plusDays(29)))))).isEmpty();
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(),
          identification(IdentificationStatus.POSSIBLE_VICTIM)))).isEmpty();
    }

    @Test
    void cannotTellWhenThePeriodIsUndated() {
      // seeds/003 line 276: an undated period may or may not follow the identification.
      assertCannotTell(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.childOf16(),
          identification(IdentificationStatus.IDENTIFIED), undatedPeriod())), check,
          "/events/1/when");
    }
  }
}
