package dev.palermo.checks.detention;

import static dev.palermo.checks.detention.DetentionTestSupport.AS_OF;
import static dev.palermo.checks.detention.DetentionTestSupport.DAY;
import static dev.palermo.checks.detention.DetentionTestSupport.assertOne;
import static dev.palermo.checks.detention.DetentionTestSupport.caseOf;
import static dev.palermo.checks.detention.DetentionTestSupport.identified;
import static dev.palermo.checks.detention.DetentionTestSupport.lawful;
import static dev.palermo.checks.detention.DetentionTestSupport.run;
import static dev.palermo.checks.detention.DetentionTestSupport.screenedOut;
import static dev.palermo.checks.detention.DetentionTestSupport.smuggling;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.checks.Check;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.Checks;
import dev.palermo.events.DetentionKind;
import dev.palermo.events.DetentionReason;
import dev.palermo.events.LegalBasis;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.law.Instrument;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import dev.palermo.rights.Stage;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The detention checks (seeds/000 lines 203-219; seeds/004 lines 368, 381-414): for each, a case
 * where it fires, one where it does not, and one with unknown facts.
 */
class DetentionChecksTest {

  @Test
  void everyCheckIsRegisteredWithACodeOfItsRangeAndCompleteMessages() {
    List<Check> all = DetentionChecks.all();
    assertThat(all).hasSize(20);
    Set<String> codes = new HashSet<>();
    for (Check c : all) {
      int n = Integer.parseInt(c.code().substring("PAL-C-".length()));
      assertThat(n).isBetween(100, 129);
      assertThat(codes.add(c.code())).isTrue();
      assertThat(c.stage()).isEqualTo(Stage.DETENTION);
      assertThat(c.rule()).isNotBlank();
      assertThat(c.reads()).isNotEmpty();
      assertThat(Checks.byId(c.id())).contains(c);
      AbstractCheckText t = new AbstractCheckText(c);
      assertThat(t.text("finding", "police-custody", "2018-06-01")).doesNotContain("{");
      assertThat(t.text("cannot-tell", "police-custody", "2018-06-01", "x")).doesNotContain("{");
      assertThat(t.text("remedy")).isNotBlank();
    }
  }

  /** Reads a check's messages through its public text method. */
  private record AbstractCheckText(Check check) {
    String text(String kind, Object... args) {
      return ((dev.palermo.checks.AbstractCheck) check).text(Locale.ROOT, kind, args);
    }
  }

  @Test
  void aLawfulDetentionOfAnIdentifiedVictimRaisesNothing() {
    // seeds/000 line 207: case-by-case detention that meets every condition; no check fires.
    CheckContext ctx = CheckContext.of(caseOf(Fixtures.adult(), identified(), lawful()),
        Jurisdictions.COUNCIL_OF_EUROPE, AS_OF);
    assertThat(Checks.run(DetentionChecks.all(), ctx).problems()).isEmpty();
  }

  @Test
  void aStayThePersonIsFreeToLeaveIsNotDetention() {
    // seeds/004 line 414: the wrong is keeping victims against their will.
    CheckContext ctx = CheckContext.of(caseOf(Fixtures.adult(), identified(),
        lawful().withFreeToLeave(Truth.TRUE).withRoutinePolicy(Truth.TRUE)
            .withNecessity(Truth.UNKNOWN)), Jurisdictions.PROTOCOL, AS_OF);
    assertThat(Checks.run(DetentionChecks.all(), ctx).problems()).isEmpty();
  }

  @Test
  void aChildOfUncertainAgeIsPresumedAChild() {
    // seeds/004 line 282: a person of uncertain age is treated as a child; seeds/000 line 205.
    RoutineDetentionOfChild check = new RoutineDetentionOfChild();
    assertOne(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.unknownAge(), identified(),
        lawful().withRoutinePolicy(Truth.TRUE))), check, Severity.RECOMMENDATION,
        "/events/1/routinePolicy", "sl-det-child-routine");
  }

  @Test
  void theChildChecksDoNotApplyToAnAdult() {
    // seeds/000 line 219 and seeds/004 line 396 protect children.
    List<Check> childChecks = List.of(new RoutineDetentionOfChild(),
        new ChildDetentionBestInterestsNotShown(), new ChildDetentionAlternativeNotExcluded(),
        new ImmigrationDetentionOfChild());
    CheckContext ctx = CheckContext.of(caseOf(Fixtures.adult(), identified(),
        lawful().withType(DetentionKind.IMMIGRATION_DETENTION).withRoutinePolicy(Truth.TRUE)
            .withBestInterestsShown(Truth.FALSE).withNoAlternativeShown(Truth.FALSE)),
        Jurisdictions.PROTOCOL, AS_OF);
    assertThat(Checks.run(childChecks, ctx).problems()).isEmpty();
  }

  @Test
  void immigrationDetentionOfAChildFiresWhateverTheVictimStatus() {
    // seeds/004 line 396: children should never be detained (all migrants, not only victims).
    ImmigrationDetentionOfChild check = new ImmigrationDetentionOfChild();
    assertOne(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.childOf16(), screenedOut(),
        lawful().withReasons(FactSet.including(DetentionReason.PREPARE_RETURN)))), check,
        Severity.RECOMMENDATION, "/events/1/reasons", "sl-migrant-detention");
  }

  @Test
  void theDetentionIsJudgedOnItsOwnDay() {
    // seeds/000 line 219: the person was a child when detained, though an adult now.
    RoutineDetentionOfChild check = new RoutineDetentionOfChild();
    List<Problem> found = new java.util.ArrayList<>(check.run(CheckContext.of(
        caseOf(Fixtures.childOf16(), identified(), lawful().withRoutinePolicy(Truth.TRUE)),
        Jurisdictions.PROTOCOL, DAY.plusYears(5))));
    assertOne(found, check, Severity.RECOMMENDATION, "/events/1/routinePolicy",
        "sl-det-child-routine");
  }

  @Nested
  class ConsularInformationNotGivenTest {
    private final ConsularInformationNotGiven check = new ConsularInformationNotGiven();
    /** The Protocol profile as if the State were also party to the Smuggling Protocol. */
    private final Jurisdiction smugglingParty = Jurisdiction.of(Jurisdictions.PROTOCOL.latest()
        .withId("som-party").withBoundBy(Instrument.TIP_PROTOCOL, Instrument.UNTOC,
            Instrument.SMUGGLING_PROTOCOL));

    @Test
    void firesAsAViolationWhereTheSmugglingProtocolBinds() {
      // Smuggling Protocol art. 16(5) (seeds/004 line 381): binding on its parties.
      List<Problem> found = run(check, smugglingParty, caseOf(Fixtures.adult(), smuggling(),
          lawful().withConsularInformation(Truth.FALSE)));
      assertOne(found, check, Severity.VIOLATION, "/events/0/consularInformation", "som-16-5");
    }

    @Test
    void isARecommendationWhereTheSmugglingProtocolDoesNotBind() {
      // Smuggling Protocol art. 16(5): no built-in profile is party to it.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(),
          smuggling(), lawful().withConsularInformation(Truth.FALSE)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/0/consularInformation",
          "som-16-5");
    }

    @Test
    void doesNotFireWhenTheInformationWasGiven() {
      // Smuggling Protocol art. 16(5) (seeds/004 line 381).
      assertThat(run(check, smugglingParty, caseOf(Fixtures.adult(), smuggling(), lawful())))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheInformationIsUnknown() {
      // Smuggling Protocol art. 16(5) (seeds/004 line 381): unknown is never a silent pass.
      List<Problem> found = run(check, smugglingParty, caseOf(Fixtures.adult(), smuggling(),
          lawful().withConsularInformation(Truth.UNKNOWN)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/consularInformation"));
      });
    }

    @Test
    void cannotTellWhetherThePersonWasSmuggled() {
      // Smuggling Protocol art. 16(5) protects smuggled migrants; no conduct is recorded.
      List<Problem> found = run(check, smugglingParty, caseOf(Fixtures.adult(),
          lawful().withConsularInformation(Truth.FALSE)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      });
    }
  }

  @Nested
  class RoutineDetentionTest {
    private final RoutineDetention check = new RoutineDetention();

    @Test
    void fires() {
      // seeds/000 line 205: routine detention of victims is prima facie unlawful.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withRoutinePolicy(Truth.TRUE)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/routinePolicy", "sl-det-routine");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/000 line 205: routine detention of victims is prima facie unlawful.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), identified(), lawful())))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // seeds/000 line 205: routine detention of victims is prima facie unlawful: an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withRoutinePolicy(Truth.UNKNOWN)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/routinePolicy"));
      });
    }

    @Test
    void cannotTellWhetherAnUnscreenedPersonIsAVictim() {
      // seeds/000 line 205: routine detention of victims is prima facie unlawful; a person neither screened nor with conduct recorded may be a victim
      // (seeds/004 line 266), so the check cannot tell.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), lawful().withRoutinePolicy(Truth.TRUE)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      });
    }

    @Test
    void doesNotApplyToAPersonScreenedOut() {
      // seeds/000 line 205: routine detention of victims is prima facie unlawful: the rule protects victims and presumed victims.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), screenedOut(), lawful().withRoutinePolicy(Truth.TRUE))))
          .isEmpty();
    }
  }

  @Nested
  class LockedShelterDetentionTest {
    private final LockedShelterDetention check = new LockedShelterDetention();

    @Test
    void fires() {
      // seeds/004 line 414: victims should not be kept in shelters against their will.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withType(DetentionKind.CLOSED_SHELTER).withConsentGiven(Truth.FALSE)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/freeToLeave", "sl-shelter-consent");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/004 line 414: victims should not be kept in shelters against their will.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), identified(), lawful().withType(DetentionKind.CLOSED_SHELTER))))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // seeds/004 line 414: victims should not be kept in shelters against their will: an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withType(DetentionKind.CLOSED_SHELTER).withConsentGiven(Truth.UNKNOWN)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/consentGiven"));
      });
    }

    @Test
    void cannotTellWhetherAnUnscreenedPersonIsAVictim() {
      // seeds/004 line 414: victims should not be kept in shelters against their will; a person neither screened nor with conduct recorded may be a victim
      // (seeds/004 line 266), so the check cannot tell.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), lawful().withType(DetentionKind.CLOSED_SHELTER).withConsentGiven(Truth.FALSE)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      });
    }

    @Test
    void doesNotApplyToAPersonScreenedOut() {
      // seeds/004 line 414: victims should not be kept in shelters against their will: the rule protects victims and presumed victims.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), screenedOut(), lawful().withType(DetentionKind.CLOSED_SHELTER).withConsentGiven(Truth.FALSE))))
          .isEmpty();
    }
  }

  @Nested
  class DetentionLinkedToSexTest {
    private final DetentionLinkedToSex check = new DetentionLinkedToSex();

    @Test
    void fires() {
      // seeds/000 line 205: detention linked to the sex of the victim is prohibited absolutely.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withLinkedToSex(Truth.TRUE)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/linkedToSex", "sl-det-sex");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/000 line 205: detention linked to the sex of the victim is prohibited absolutely.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), identified(), lawful())))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // seeds/000 line 205: detention linked to the sex of the victim is prohibited absolutely: an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withLinkedToSex(Truth.UNKNOWN)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/linkedToSex"));
      });
    }

    @Test
    void cannotTellWhetherAnUnscreenedPersonIsAVictim() {
      // seeds/000 line 205: detention linked to the sex of the victim is prohibited absolutely; a person neither screened nor with conduct recorded may be a victim
      // (seeds/004 line 266), so the check cannot tell.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), lawful().withLinkedToSex(Truth.TRUE)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      });
    }

    @Test
    void doesNotApplyToAPersonScreenedOut() {
      // seeds/000 line 205: detention linked to the sex of the victim is prohibited absolutely: the rule protects victims and presumed victims.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), screenedOut(), lawful().withLinkedToSex(Truth.TRUE))))
          .isEmpty();
    }
  }

  @Nested
  class RoutineDetentionOfChildTest {
    private final RoutineDetentionOfChild check = new RoutineDetentionOfChild();

    @Test
    void fires() {
      // seeds/000 line 205: routine detention of trafficked children cannot be justified.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.childOf16(), identified(), lawful().withRoutinePolicy(Truth.TRUE)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/routinePolicy", "sl-det-child-routine");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/000 line 205: routine detention of trafficked children cannot be justified.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.childOf16(), identified(), lawful())))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // seeds/000 line 205: routine detention of trafficked children cannot be justified: an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.childOf16(), identified(), lawful().withRoutinePolicy(Truth.UNKNOWN)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/routinePolicy"));
      });
    }

    @Test
    void cannotTellWhetherAnUnscreenedPersonIsAVictim() {
      // seeds/000 line 205: routine detention of trafficked children cannot be justified; a person neither screened nor with conduct recorded may be a victim
      // (seeds/004 line 266), so the check cannot tell.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.childOf16(), lawful().withRoutinePolicy(Truth.TRUE)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      });
    }

    @Test
    void doesNotApplyToAPersonScreenedOut() {
      // seeds/000 line 205: routine detention of trafficked children cannot be justified: the rule protects victims and presumed victims.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.childOf16(), screenedOut(), lawful().withRoutinePolicy(Truth.TRUE))))
          .isEmpty();
    }
  }

  @Nested
  class ChildDetentionBestInterestsNotShownTest {
    private final ChildDetentionBestInterestsNotShown check = new ChildDetentionBestInterestsNotShown();

    @Test
    void fires() {
      // seeds/000 line 219: the authority must show the detention is in the child's best interests.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.childOf16(), identified(), lawful().withBestInterestsShown(Truth.FALSE)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/bestInterestsShown", "sl-det-child-case");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/000 line 219: the authority must show the detention is in the child's best interests.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.childOf16(), identified(), lawful())))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // seeds/000 line 219: the authority must show the detention is in the child's best interests: an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.childOf16(), identified(), lawful().withBestInterestsShown(Truth.UNKNOWN)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/bestInterestsShown"));
      });
    }

    @Test
    void cannotTellWhetherAnUnscreenedPersonIsAVictim() {
      // seeds/000 line 219: the authority must show the detention is in the child's best interests; a person neither screened nor with conduct recorded may be a victim
      // (seeds/004 line 266), so the check cannot tell.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.childOf16(), lawful().withBestInterestsShown(Truth.FALSE)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      });
    }

    @Test
    void doesNotApplyToAPersonScreenedOut() {
      // seeds/000 line 219: the authority must show the detention is in the child's best interests: the rule protects victims and presumed victims.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.childOf16(), screenedOut(), lawful().withBestInterestsShown(Truth.FALSE))))
          .isEmpty();
    }
  }

  @Nested
  class ChildDetentionAlternativeNotExcludedTest {
    private final ChildDetentionAlternativeNotExcluded check = new ChildDetentionAlternativeNotExcluded();

    @Test
    void fires() {
      // seeds/000 line 219: the authority must show no reasonable alternative is available.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.childOf16(), identified(), lawful().withNoAlternativeShown(Truth.FALSE)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/noAlternativeShown", "sl-det-child-case");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/000 line 219: the authority must show no reasonable alternative is available.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.childOf16(), identified(), lawful())))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // seeds/000 line 219: the authority must show no reasonable alternative is available: an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.childOf16(), identified(), lawful().withNoAlternativeShown(Truth.UNKNOWN)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/noAlternativeShown"));
      });
    }

    @Test
    void cannotTellWhetherAnUnscreenedPersonIsAVictim() {
      // seeds/000 line 219: the authority must show no reasonable alternative is available; a person neither screened nor with conduct recorded may be a victim
      // (seeds/004 line 266), so the check cannot tell.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.childOf16(), lawful().withNoAlternativeShown(Truth.FALSE)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      });
    }

    @Test
    void doesNotApplyToAPersonScreenedOut() {
      // seeds/000 line 219: the authority must show no reasonable alternative is available: the rule protects victims and presumed victims.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.childOf16(), screenedOut(), lawful().withNoAlternativeShown(Truth.FALSE))))
          .isEmpty();
    }
  }

  @Nested
  class ImmigrationDetentionOfChildTest {
    private final ImmigrationDetentionOfChild check = new ImmigrationDetentionOfChild();

    @Test
    void fires() {
      // seeds/004 line 396: children should never be detained.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.childOf16(), identified(), lawful().withType(DetentionKind.IMMIGRATION_DETENTION)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/type", "sl-migrant-detention");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/004 line 396: children should never be detained.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.childOf16(), identified(), lawful())))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // seeds/004 line 396: children should never be detained: an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.childOf16(), identified(), lawful().withReasons(FactSet.unknown())));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/reasons"));
      });
    }
  }

  @Nested
  class DetentionWithoutLegalBasisTest {
    private final DetentionWithoutLegalBasis check = new DetentionWithoutLegalBasis();

    @Test
    void fires() {
      // seeds/004 line 410: detention not provided for in law violates human rights law.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withLegalBasis(LegalBasis.NONE)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/legalBasis", "sl-det-unlawful-tests");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/004 line 410: detention not provided for in law violates human rights law.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), identified(), lawful())))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // seeds/004 line 410: detention not provided for in law violates human rights law: an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withLegalBasis(Optional.empty())));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/legalBasis"));
      });
    }

    @Test
    void cannotTellWhetherAnUnscreenedPersonIsAVictim() {
      // seeds/004 line 410: detention not provided for in law violates human rights law; a person neither screened nor with conduct recorded may be a victim
      // (seeds/004 line 266), so the check cannot tell.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), lawful().withLegalBasis(LegalBasis.NONE)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      });
    }

    @Test
    void doesNotApplyToAPersonScreenedOut() {
      // seeds/004 line 410: detention not provided for in law violates human rights law: the rule protects victims and presumed victims.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), screenedOut(), lawful().withLegalBasis(LegalBasis.NONE))))
          .isEmpty();
    }
  }

  @Nested
  class DetentionNecessityNotShownTest {
    private final DetentionNecessityNotShown check = new DetentionNecessityNotShown();

    @Test
    void fires() {
      // seeds/000 line 207: case-by-case detention must meet necessity.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withNecessity(Truth.FALSE)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/necessity", "sl-det-case");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/000 line 207: case-by-case detention must meet necessity.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), identified(), lawful())))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // seeds/000 line 207: case-by-case detention must meet necessity: an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withNecessity(Truth.UNKNOWN)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/necessity"));
      });
    }

    @Test
    void cannotTellWhetherAnUnscreenedPersonIsAVictim() {
      // seeds/000 line 207: case-by-case detention must meet necessity; a person neither screened nor with conduct recorded may be a victim
      // (seeds/004 line 266), so the check cannot tell.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), lawful().withNecessity(Truth.FALSE)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      });
    }

    @Test
    void doesNotApplyToAPersonScreenedOut() {
      // seeds/000 line 207: case-by-case detention must meet necessity: the rule protects victims and presumed victims.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), screenedOut(), lawful().withNecessity(Truth.FALSE))))
          .isEmpty();
    }
  }

  @Nested
  class DetentionProportionalityNotShownTest {
    private final DetentionProportionalityNotShown check = new DetentionProportionalityNotShown();

    @Test
    void fires() {
      // seeds/000 line 207 and seeds/004 line 410: detention must be proportionate.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withProportionality(Truth.FALSE)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/proportionality", "sl-det-case");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/000 line 207 and seeds/004 line 410: detention must be proportionate.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), identified(), lawful())))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // seeds/000 line 207 and seeds/004 line 410: detention must be proportionate: an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withProportionality(Truth.UNKNOWN)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/proportionality"));
      });
    }

    @Test
    void cannotTellWhetherAnUnscreenedPersonIsAVictim() {
      // seeds/000 line 207 and seeds/004 line 410: detention must be proportionate; a person neither screened nor with conduct recorded may be a victim
      // (seeds/004 line 266), so the check cannot tell.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), lawful().withProportionality(Truth.FALSE)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      });
    }

    @Test
    void doesNotApplyToAPersonScreenedOut() {
      // seeds/000 line 207 and seeds/004 line 410: detention must be proportionate: the rule protects victims and presumed victims.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), screenedOut(), lawful().withProportionality(Truth.FALSE))))
          .isEmpty();
    }
  }

  @Nested
  class DetentionNotLastResortTest {
    private final DetentionNotLastResort check = new DetentionNotLastResort();

    @Test
    void fires() {
      // seeds/000 line 207: probably lawful only as a last resort (emerging).
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withLastResort(Truth.FALSE)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/lastResort", "sl-det-last-resort");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/000 line 207: probably lawful only as a last resort (emerging).
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), identified(), lawful())))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // seeds/000 line 207: probably lawful only as a last resort (emerging): an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withLastResort(Truth.UNKNOWN)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/lastResort"));
      });
    }

    @Test
    void cannotTellWhetherAnUnscreenedPersonIsAVictim() {
      // seeds/000 line 207: probably lawful only as a last resort (emerging); a person neither screened nor with conduct recorded may be a victim
      // (seeds/004 line 266), so the check cannot tell.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), lawful().withLastResort(Truth.FALSE)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      });
    }

    @Test
    void doesNotApplyToAPersonScreenedOut() {
      // seeds/000 line 207: probably lawful only as a last resort (emerging): the rule protects victims and presumed victims.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), screenedOut(), lawful().withLastResort(Truth.FALSE))))
          .isEmpty();
    }
  }

  @Nested
  class DetentionWithoutJudicialReviewTest {
    private final DetentionWithoutJudicialReview check = new DetentionWithoutJudicialReview();

    @Test
    void fires() {
      // seeds/000 lines 207-219 and seeds/004 line 410: judicial oversight of continuing legality.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withJudicialReview(Truth.FALSE)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/judicialReview", "sl-det-safeguards");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/000 lines 207-219 and seeds/004 line 410: judicial oversight of continuing legality.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), identified(), lawful())))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // seeds/000 lines 207-219 and seeds/004 line 410: judicial oversight of continuing legality: an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withJudicialReview(Truth.UNKNOWN)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/judicialReview"));
      });
    }

    @Test
    void cannotTellWhetherAnUnscreenedPersonIsAVictim() {
      // seeds/000 lines 207-219 and seeds/004 line 410: judicial oversight of continuing legality; a person neither screened nor with conduct recorded may be a victim
      // (seeds/004 line 266), so the check cannot tell.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), lawful().withJudicialReview(Truth.FALSE)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      });
    }

    @Test
    void doesNotApplyToAPersonScreenedOut() {
      // seeds/000 lines 207-219 and seeds/004 line 410: judicial oversight of continuing legality: the rule protects victims and presumed victims.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), screenedOut(), lawful().withJudicialReview(Truth.FALSE))))
          .isEmpty();
    }
  }

  @Nested
  class DetentionWithoutRightToChallengeTest {
    private final DetentionWithoutRightToChallenge check = new DetentionWithoutRightToChallenge();

    @Test
    void fires() {
      // seeds/000 line 219: an enforceable right to challenge the fact of detention.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withRightToChallenge(Truth.FALSE)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/rightToChallenge", "sl-det-safeguards");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/000 line 219: an enforceable right to challenge the fact of detention.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), identified(), lawful())))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // seeds/000 line 219: an enforceable right to challenge the fact of detention: an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withRightToChallenge(Truth.UNKNOWN)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/rightToChallenge"));
      });
    }

    @Test
    void cannotTellWhetherAnUnscreenedPersonIsAVictim() {
      // seeds/000 line 219: an enforceable right to challenge the fact of detention; a person neither screened nor with conduct recorded may be a victim
      // (seeds/004 line 266), so the check cannot tell.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), lawful().withRightToChallenge(Truth.FALSE)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      });
    }

    @Test
    void doesNotApplyToAPersonScreenedOut() {
      // seeds/000 line 219: an enforceable right to challenge the fact of detention: the rule protects victims and presumed victims.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), screenedOut(), lawful().withRightToChallenge(Truth.FALSE))))
          .isEmpty();
    }
  }

  @Nested
  class VictimInImmigrationDetentionTest {
    private final VictimInImmigrationDetention check = new VictimInImmigrationDetention();

    @Test
    void fires() {
      // seeds/004 line 368: trafficked persons should not be held in immigration detention centres.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withType(DetentionKind.IMMIGRATION_DETENTION)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/type", "rpg-g6-2");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/004 line 368: trafficked persons should not be held in immigration detention centres.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), identified(), lawful())))
          .isEmpty();
    }

    @Test
    void cannotTellWhetherAnUnscreenedPersonIsAVictim() {
      // seeds/004 line 368: trafficked persons should not be held in immigration detention centres; a person neither screened nor with conduct recorded may be a victim
      // (seeds/004 line 266), so the check cannot tell.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), lawful().withType(DetentionKind.IMMIGRATION_DETENTION)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      });
    }

    @Test
    void doesNotApplyToAPersonScreenedOut() {
      // seeds/004 line 368: trafficked persons should not be held in immigration detention centres: the rule protects victims and presumed victims.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), screenedOut(), lawful().withType(DetentionKind.IMMIGRATION_DETENTION))))
          .isEmpty();
    }
  }

  @Nested
  class ImmigrationDetentionNotLastResortTest {
    private final ImmigrationDetentionNotLastResort check = new ImmigrationDetentionNotLastResort();

    @Test
    void fires() {
      // seeds/004 line 393: detention for migration status only as a last resort.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withType(DetentionKind.IMMIGRATION_DETENTION).withLastResort(Truth.FALSE)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/lastResort", "sl-migrant-detention");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/004 line 393: detention for migration status only as a last resort.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), identified(), lawful().withType(DetentionKind.IMMIGRATION_DETENTION))))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // seeds/004 line 393: detention for migration status only as a last resort: an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withType(DetentionKind.IMMIGRATION_DETENTION).withLastResort(Truth.UNKNOWN)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/lastResort"));
      });
    }
  }

  @Nested
  class ImmigrationDetentionWithoutTimeLimitTest {
    private final ImmigrationDetentionWithoutTimeLimit check = new ImmigrationDetentionWithoutTimeLimit();

    @Test
    void fires() {
      // seeds/004 line 394: for the shortest period of time.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withReasons(FactSet.including(DetentionReason.IMMIGRATION_STATUS)).withPeriodSpecified(Truth.FALSE)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/periodSpecified", "sl-migrant-detention");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/004 line 394: for the shortest period of time.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), identified(), lawful().withType(DetentionKind.IMMIGRATION_DETENTION))))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // seeds/004 line 394: for the shortest period of time: an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withType(DetentionKind.IMMIGRATION_DETENTION).withPeriodSpecified(Truth.UNKNOWN)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/periodSpecified"));
      });
    }
  }

  @Nested
  class IndefiniteDetentionTest {
    private final IndefiniteDetention check = new IndefiniteDetention();

    @Test
    void fires() {
      // seeds/004 line 410: prolonged, unspecified or indefinite detention violates human rights law.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withPeriodSpecified(Truth.FALSE)));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/periodSpecified", "sl-det-unlawful-tests");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/004 line 410: prolonged, unspecified or indefinite detention violates human rights law.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), identified(), lawful())))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // seeds/004 line 410: prolonged, unspecified or indefinite detention violates human rights law: an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withPeriodSpecified(Truth.UNKNOWN)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/periodSpecified"));
      });
    }

    @Test
    void cannotTellWhetherAnUnscreenedPersonIsAVictim() {
      // seeds/004 line 410: prolonged, unspecified or indefinite detention violates human rights law; a person neither screened nor with conduct recorded may be a victim
      // (seeds/004 line 266), so the check cannot tell.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), lawful().withPeriodSpecified(Truth.FALSE)));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      });
    }

    @Test
    void doesNotApplyToAPersonScreenedOut() {
      // seeds/004 line 410: prolonged, unspecified or indefinite detention violates human rights law: the rule protects victims and presumed victims.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), screenedOut(), lawful().withPeriodSpecified(Truth.FALSE))))
          .isEmpty();
    }
  }

  @Nested
  class DetentionForCooperationTest {
    private final DetentionForCooperation check = new DetentionForCooperation();

    @Test
    void fires() {
      // seeds/004 lines 400-410 and seeds/000 line 203: detention for (non-)cooperation.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withReasons(FactSet.including(DetentionReason.SECURE_TESTIMONY))));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/reasons", "sl-det-unlawful-tests");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // seeds/004 lines 400-410 and seeds/000 line 203: detention for (non-)cooperation.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), identified(), lawful())))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // seeds/004 lines 400-410 and seeds/000 line 203: detention for (non-)cooperation: an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withReasons(FactSet.unknown())));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/reasons"));
      });
    }

    @Test
    void cannotTellWhetherAnUnscreenedPersonIsAVictim() {
      // seeds/004 lines 400-410 and seeds/000 line 203: detention for (non-)cooperation; a person neither screened nor with conduct recorded may be a victim
      // (seeds/004 line 266), so the check cannot tell.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), lawful().withReasons(FactSet.including(DetentionReason.SECURE_TESTIMONY))));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      });
    }

    @Test
    void doesNotApplyToAPersonScreenedOut() {
      // seeds/004 lines 400-410 and seeds/000 line 203: detention for (non-)cooperation: the rule protects victims and presumed victims.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), screenedOut(), lawful().withReasons(FactSet.including(DetentionReason.SECURE_TESTIMONY)))))
          .isEmpty();
    }
  }

  @Nested
  class DetentionForImmigrationStatusTest {
    private final DetentionForImmigrationStatus check = new DetentionForImmigrationStatus();

    @Test
    void fires() {
      // OHCHR Principle 7 (seeds/004 line 86): no detention for illegal entry or residence.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withReasons(FactSet.including(DetentionReason.IMMIGRATION_STATUS))));
      assertOne(found, check, Severity.RECOMMENDATION, "/events/1/reasons", "rpg-p7");
    }

    @Test
    void doesNotFireWhenTheRuleIsKept() {
      // OHCHR Principle 7 (seeds/004 line 86): no detention for illegal entry or residence.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), identified(), lawful())))
          .isEmpty();
    }

    @Test
    void cannotTellWhenTheFactIsUnknown() {
      // OHCHR Principle 7 (seeds/004 line 86): no detention for illegal entry or residence: an unknown fact is never a silent pass.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), identified(), lawful().withReasons(FactSet.unknown())));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.code()).isEqualTo(check.code());
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/reasons"));
      });
    }

    @Test
    void cannotTellWhetherAnUnscreenedPersonIsAVictim() {
      // OHCHR Principle 7 (seeds/004 line 86): no detention for illegal entry or residence; a person neither screened nor with conduct recorded may be a victim
      // (seeds/004 line 266), so the check cannot tell.
      List<Problem> found = run(check, Jurisdictions.PROTOCOL,
          caseOf(Fixtures.adult(), lawful().withReasons(FactSet.including(DetentionReason.IMMIGRATION_STATUS))));
      assertThat(found).singleElement().satisfies(p -> {
        assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
        assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      });
    }

    @Test
    void doesNotApplyToAPersonScreenedOut() {
      // OHCHR Principle 7 (seeds/004 line 86): no detention for illegal entry or residence: the rule protects victims and presumed victims.
      assertThat(run(check, Jurisdictions.PROTOCOL, caseOf(Fixtures.adult(), screenedOut(), lawful().withReasons(FactSet.including(DetentionReason.IMMIGRATION_STATUS)))))
          .isEmpty();
    }
  }
}
