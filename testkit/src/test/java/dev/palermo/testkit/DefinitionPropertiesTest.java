package dev.palermo.testkit;

import static dev.palermo.testkit.Properties.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.ExplanationStep;
import dev.palermo.assessment.Outcome;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.ActRecord;
import dev.palermo.casefile.Conduct;
import dev.palermo.casefile.Consent;
import dev.palermo.casefile.Movement;
import dev.palermo.definition.Act;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.EuAmendmentDate;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.AgeEvidence;
import dev.palermo.person.DateOfBirth;
import dev.palermo.person.Gender;
import dev.palermo.person.PartialDate;
import dev.palermo.person.Person;
import dev.palermo.vocabulary.Code;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of the definition engine over generated cases, under every built-in jurisdiction:
 * consent is never decisive, facts learned true never undo a case, an indeterminate outcome is
 * settled by learning its unknown facts, every explanation step carries a citation, and
 * assessment never throws. Seeded ({@link Properties#SEED}); each property runs a few hundred
 * examples, each under eight jurisdictions.
 */
class DefinitionPropertiesTest {
  private static final int EXAMPLES = 300;
  /** The built-ins, and the EU with its 2024 amendment from the transposition deadline. */
  private static final List<Jurisdiction> JURISDICTIONS = jurisdictions();

  private static List<Jurisdiction> jurisdictions() {
    List<Jurisdiction> all = new ArrayList<>(Jurisdictions.all());
    all.add(Jurisdictions.europeanUnion(EuAmendmentDate.TRANSPOSITION_DEADLINE));
    return List.copyOf(all);
  }

  private static int rank(Outcome o) {
    return o == Outcome.DOES_NOT_MEET ? 0 : o == Outcome.INDETERMINATE ? 1 : 2;
  }

  @Test
  void consentNeverChangesTheOutcome() {
    qt(EXAMPLES).forAll(PalermoGenerators.scenarios()).checkAssert(s -> {
      for (Jurisdiction j : JURISDICTIONS) {
        Outcome base = s.assess(j).outcome();
        for (Consent c : Consent.values()) {
          assertThat(s.withConduct(s.conduct().withConsent(c)).assess(j).outcome())
              .as("%s with consent %s", j.id(), c).isEqualTo(base);
        }
      }
    });
  }

  /** Art. 3(b): once any means is used, consent cannot turn MEETS into anything else. */
  @Test
  void consentNeverUndoesAMeetsWhenMeansWereUsed() {
    qt(EXAMPLES).forAll(PalermoGenerators.scenarios(), Generate.enumValues(Means.class))
        .checkAssert((s, m) -> {
          Scenario withMeans = s.withConduct(s.conduct().withMeans(
              s.conduct().means().with(Truth.TRUE, m)));
          for (Jurisdiction j : JURISDICTIONS) {
            for (Consent given : Consent.values()) {
              Scenario x = withMeans.withConduct(withMeans.conduct().withConsent(given));
              if (x.assess(j).outcome() != Outcome.MEETS) {
                continue;
              }
              for (Consent other : Consent.values()) {
                assertThat(x.withConduct(x.conduct().withConsent(other)).assess(j).outcome())
                    .as("%s: %s instead of %s", j.id(), other, given).isEqualTo(Outcome.MEETS);
              }
            }
          }
        });
  }

  /**
   * Learning that an act, a means or a purpose happened never lowers the outcome (DOES_NOT_MEET
   * below INDETERMINATE below MEETS); in particular MEETS never becomes DOES_NOT_MEET.
   */
  @Test
  void aFactLearnedTrueNeverUndoesACase() {
    qt(EXAMPLES).forAll(PalermoGenerators.scenarios(), Generate.enumValues(Act.class),
        Generate.enumValues(Means.class), Generate.enumValues(ExploitationPurpose.class))
        .checkAssert((s, act, means, purpose) -> {
          Conduct c = s.conduct();
          Map<String, Conduct> more = Map.of(
              "act " + act.code(), c.withActs(c.acts().with(Truth.TRUE, act)),
              "undated act record " + act.code(), c.withActRecords(append(c.actRecords(),
                  ActRecord.of(act))),
              "means " + means.code(), c.withMeans(c.means().with(Truth.TRUE, means)),
              "purpose " + purpose.code(), c.withPurposes(c.purposes().with(Truth.TRUE, purpose)),
              "all three", c.withActs(c.acts().with(Truth.TRUE, act))
                  .withMeans(c.means().with(Truth.TRUE, means))
                  .withPurposes(c.purposes().with(Truth.TRUE, purpose)));
          for (Jurisdiction j : JURISDICTIONS) {
            Outcome before = s.assess(j).outcome();
            more.forEach((what, conduct) -> {
              Outcome after = s.withConduct(conduct).assess(j).outcome();
              assertThat(rank(after)).as("%s: adding %s turned %s into %s", j.id(), what,
                  before, after).isGreaterThanOrEqualTo(rank(before));
            });
          }
        });
  }

  private static List<ActRecord> append(List<ActRecord> list, ActRecord record) {
    List<ActRecord> out = new ArrayList<>(list);
    out.add(record);
    return out;
  }

  /**
   * Settling every unknown fact (element facts, age, date, gender, movement) by random known
   * values makes the outcome determinate; it agrees with a determinate outcome before, and with
   * the child or adult branch reported for an uncertain age.
   */
  @Test
  void anIndeterminateOutcomeIsSettledByItsUnknownFacts() {
    int[] indeterminate = {0};
    qt(EXAMPLES).forAll(PalermoGenerators.scenarios(), SourceDSL.longs().all())
        .checkAssert((s, seed) -> {
          RandomGenerator random = new SplittableRandom(seed);
          for (Jurisdiction j : JURISDICTIONS) {
            DefinitionAssessment before = s.assess(j);
            if (before.outcome() == Outcome.INDETERMINATE) {
              indeterminate[0]++;
            }
            for (int k = 0; k < 3; k++) {
              Scenario known = settle(s, random);
              DefinitionAssessment after = known.assess(j);
              assertThat(after.outcome()).as("%s settled as %s", j.id(), known)
                  .isNotEqualTo(Outcome.INDETERMINATE);
              boolean sameVersion = s.conduct().when().isPresent() || j.versions().size() == 1;
              if (before.outcome() != Outcome.INDETERMINATE && sameVersion) {
                assertThat(after.outcome()).as("%s: a settled outcome flipped", j.id())
                    .isEqualTo(before.outcome());
              }
              Optional<Outcome> branch = after.child().isTrue() ? before.ifChild()
                  : before.ifAdult();
              if (sameVersion && branch.isPresent() && branch.get() != Outcome.INDETERMINATE) {
                assertThat(after.outcome()).as("%s: branch for child=%s", j.id(), after.child())
                    .isEqualTo(branch.get());
              }
            }
          }
        });
    assertThat(indeterminate[0]).as("indeterminate assessments seen").isGreaterThan(EXAMPLES);
  }

  /** Replaces every unknown fact the definitions read by a random known value. */
  static Scenario settle(Scenario s, RandomGenerator random) {
    Conduct c = s.conduct();
    c = c.withActs(settle(c.acts(), Act.class, random))
        .withMeans(settle(c.means(), Means.class, random))
        .withPurposes(settle(c.purposes(), ExploitationPurpose.class, random));
    if (c.movement() == Movement.UNKNOWN) {
      c = c.withMovement(List.of(Movement.NONE, Movement.INTERNAL, Movement.CROSS_BORDER)
          .get(random.nextInt(3)));
    }
    if (c.when().isEmpty()) {
      c = c.withPeriod(DateSpan.on(LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9_500))));
    }
    LocalDate day = c.when().orElseThrow().start();
    Person p = s.person();
    if (!p.ageEvidence().ageOn(day).isUnder(18).isKnown()) {
      int age = random.nextBoolean() ? 10 : 30;
      AgeEvidence exact = DateOfBirth.of(PartialDate.ofDate(day.minusYears(age).minusDays(3)));
      p = p.withAgeEvidence(exact);
    }
    if (p.gender().isEmpty()) {
      p = p.withGender(Gender.values()[random.nextInt(Gender.values().length)]);
    }
    return Scenario.of(c, p);
  }

  private static <C extends Enum<C> & Code> FactSet<C> settle(FactSet<C> facts, Class<C> type,
      RandomGenerator random) {
    Map<C, Truth> known = new EnumMap<>(type);
    for (C value : type.getEnumConstants()) {
      Truth t = facts.status(value);
      known.put(value, t.isKnown() ? t : Truth.of(random.nextInt(4) == 0));
    }
    return FactSet.of(known, Truth.FALSE);
  }

  @Test
  void everyExplanationStepCarriesACitationAndNoPersonalData() {
    qt(EXAMPLES).forAll(PalermoGenerators.scenarios()).checkAssert(s -> {
      // An exact date of birth (a partial one is a mere prefix of many dates).
      Optional<String> dob = s.person().ageEvidence() instanceof DateOfBirth
          && ((DateOfBirth) s.person().ageEvidence()).date().isExact()
          ? Optional.of(((DateOfBirth) s.person().ageEvidence()).date().toString())
          : Optional.empty();
      for (Jurisdiction j : JURISDICTIONS) {
        DefinitionAssessment a = s.assess(j);
        assertThat(a.steps()).as(j.id()).isNotEmpty();
        for (ExplanationStep step : a.steps()) {
          assertThat(step.citation()).as("%s step %s", j.id(), step.rule()).isNotNull();
          assertThat(step.rule()).isNotBlank();
          assertThat(step.text()).isNotBlank()
              .doesNotContain(s.person().id().value());
          // A date of birth may coincide with a date the text rightly gives (the conduct's, a
          // law's entry into force); only a date of birth that is neither must not appear.
          dob.filter(d -> !s.conduct().toString().contains(d) && j.versions().stream()
                  .noneMatch(v -> v.effectiveFrom().toString().equals(d)))
              .ifPresent(d -> assertThat(step.text()).as("date of birth leaked")
                  .doesNotContain(d));
        }
        assertThat(a.steps().get(a.steps().size() - 1).rule()).isEqualTo("outcome");
        assertThat(a.steps().stream().filter(x -> x.rule().equals("outcome")).findFirst()
            .orElseThrow().citation())
            .isIn(j.versions().stream().map(JurisdictionProfile::definition).toList());
        assertThat(a.steps().stream().filter(x -> x.rule().equals("act")).findFirst()
            .orElseThrow().citation())
            .isIn(j.versions().stream().map(v -> v.citation(DefinitionElement.ACT)).toList());
      }
    });
  }

  @Test
  void assessNeverThrowsOnGeneratedCases() {
    qt(EXAMPLES).forAll(PalermoGenerators.cases()).checkAssert(c -> {
      for (Jurisdiction j : JURISDICTIONS) {
        List<DefinitionAssessment> all = TraffickingDefinition.assess(c, j);
        assertThat(all).hasSize(c.conducts().size());
        all.forEach(a -> assertThat(a.jurisdictionId()).isEqualTo(j.id()));
      }
    });
    qt(EXAMPLES).forAll(PalermoGenerators.scenarios()).checkAssert(s -> {
      for (Jurisdiction j : JURISDICTIONS) {
        for (JurisdictionProfile v : j.versions()) {
          assertThat(TraffickingDefinition.assess(s.conduct(), s.person(), v).outcome())
              .isNotNull();
        }
      }
    });
  }

  @Test
  void theAgeVariantsAreAssessedAsTheirAge() {
    qt(EXAMPLES).forAll(PalermoGenerators.children()).checkAssert(s -> {
      for (Jurisdiction j : JURISDICTIONS) {
        DefinitionAssessment a = s.assess(j);
        assertThat(a.child()).as(j.id()).isEqualTo(Truth.TRUE);
        assertThat(a.ifChild()).isEmpty();
      }
    });
    qt(EXAMPLES).forAll(PalermoGenerators.adults()).checkAssert(s -> {
      for (Jurisdiction j : JURISDICTIONS) {
        assertThat(s.assess(j).child()).as(j.id()).isEqualTo(Truth.FALSE);
      }
    });
    qt(EXAMPLES).forAll(PalermoGenerators.unknownAge()).checkAssert(s -> {
      for (Jurisdiction j : JURISDICTIONS) {
        DefinitionAssessment a = s.assess(j);
        assertThat(a.child()).as(j.id()).isEqualTo(Truth.UNKNOWN);
        assertThat(a.presumedChild()).isTrue();
        assertThat(a.ifChild()).isPresent();
        assertThat(a.ifAdult()).isPresent();
      }
    });
  }

  /** Smuggling is not trafficking: without a purpose of exploitation nothing meets. */
  @Test
  void smugglingWithoutAPurposeOfExploitationIsNeverTrafficking() {
    qt(EXAMPLES).forAll(PalermoGenerators.smugglingOnly()).checkAssert(s -> {
      for (Jurisdiction j : JURISDICTIONS) {
        assertThat(s.assess(j).outcome()).as(j.id()).isEqualTo(Outcome.DOES_NOT_MEET);
      }
    });
  }

  /** Art. 3(a): an adult without any means is not trafficked under the Protocol. */
  @Test
  void anAdultWithoutMeansNeverMeetsTheProtocol() {
    qt(EXAMPLES).forAll(PalermoGenerators.missingMeans()).checkAssert(s -> {
      DefinitionAssessment a = s.assess(Jurisdictions.PROTOCOL);
      if (a.child().isFalse()) {
        assertThat(a.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
      } else if (a.child().isTrue()) {
        // Art. 3(c): for a child the outcome turns on act and purpose alone.
        Truth act = s.conduct().actFacts().anyOf(CodeSystems.baseline(Act.class));
        assertThat(a.outcome() == Outcome.MEETS).isEqualTo(
            act.isTrue() && s.conduct().purposes().anyMatching(ExploitationPurpose.class,
                p -> Article3Oracle.PURPOSES.contains(p)).isTrue());
      }
    });
  }
}
