package dev.palermo.testkit;

import static dev.palermo.testkit.Properties.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palermo.assessment.Outcome;
import dev.palermo.casefile.ActRecord;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.AgeEvidenceKind;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import dev.palermo.testkit.Article3Oracle.K;
import dev.palermo.vocabulary.Code;
import dev.palermo.vocabulary.Codes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The generators themselves: what they generate is valid, the variants keep their promises, a
 * seed reproduces an object, the QuickTheories and seeded generators share one implementation,
 * and a failing property reports its seed.
 */
class GeneratorTest {
  private static final int EXAMPLES = 300;

  // --- validity ----------------------------------------------------------------------------

  static void assertValid(Case c) {
    assertThat(c.id()).isNotBlank();
    assertThat(c.persons()).isNotEmpty();
    Set<PersonId> ids = new HashSet<>();
    c.persons().forEach(p -> assertThat(ids.add(p.id())).as("unique id %s", p.id()).isTrue());
    assertThat(c.conducts()).isNotEmpty();
    for (Conduct conduct : c.conducts()) {
      assertThat(ids).contains(conduct.victim());
      assertThat(ids).containsAll(conduct.perpetrators());
      assertThat(conduct.perpetrators()).doesNotContain(conduct.victim());
      assertValid(conduct);
    }
  }

  static void assertValid(Conduct c) {
    c.period().ifPresent(GeneratorTest::assertOrdered);
    for (ActRecord r : c.actRecords()) {
      r.when().ifPresent(GeneratorTest::assertOrdered);
      assertThat(c.perpetrators()).containsAll(r.by());
    }
    assertNeverAllTrue(c.acts());
    assertNeverAllTrue(c.means());
    assertNeverAllTrue(c.purposes());
    c.smuggling().ifPresent(s -> {
      if (s.motive().isPresent()) {
        assertThat(s.materialBenefit()).as("a motive without benefit").isEqualTo(Truth.FALSE);
      }
    });
  }

  private static void assertOrdered(DateSpan span) {
    assertThat(span.isOrdered()).as("ordered %s", span).isTrue();
  }

  private static void assertNeverAllTrue(FactSet<?> facts) {
    assertThat(facts.unlisted()).isNotEqualTo(Truth.TRUE);
    assertThat(facts.facts().size()).isLessThanOrEqualTo(4);
  }

  /** The age class by the oracle's own arithmetic (art. 3(d)) on the conduct's first day. */
  static K under18(Scenario s) {
    LocalDate day = s.conduct().when().orElseThrow().start();
    return Article3Oracle.under18(s.person().ageEvidence(), day);
  }

  @Test
  void generatedCasesAreValid() {
    qt(EXAMPLES).forAll(PalermoGenerators.cases()).checkAssert(GeneratorTest::assertValid);
  }

  @Test
  void generatedConductAndPersonsAreValid() {
    qt(EXAMPLES).forAll(PalermoGenerators.conducts()).checkAssert(GeneratorTest::assertValid);
    qt(EXAMPLES).forAll(PalermoGenerators.persons()).checkAssert(p -> {
      assertThat(PersonId.isValid(p.id().value())).isTrue();
      assertThat(p.nationalities().size()).isLessThanOrEqualTo(2);
    });
    qt(EXAMPLES).forAll(PalermoGenerators.scenarios()).checkAssert(s -> {
      assertThat(s.conduct().victim()).isEqualTo(s.person().id());
      assertValid(s.conduct());
    });
  }

  @Test
  void childrenAreUnder18AtTheConductDate() {
    qt(EXAMPLES).forAll(PalermoGenerators.children()).checkAssert(s -> {
      assertThat(s.conduct().when()).isPresent();
      assertThat(under18(s)).as("%s", s).isEqualTo(K.T);
    });
  }

  @Test
  void adultsAre18OrOverAtTheConductDate() {
    qt(EXAMPLES).forAll(PalermoGenerators.adults()).checkAssert(s ->
        assertThat(under18(s)).as("%s", s).isEqualTo(K.F));
  }

  @Test
  void unknownAgeDoesNotTellWhetherUnder18() {
    qt(EXAMPLES).forAll(PalermoGenerators.unknownAge()).checkAssert(s ->
        assertThat(under18(s)).as("%s", s).isEqualTo(K.U));
  }

  @Test
  void missingMeansAndSmugglingOnlyKeepTheirPromises() {
    qt(EXAMPLES).forAll(PalermoGenerators.missingMeans()).checkAssert(s ->
        assertThat(s.conduct().means()).isEqualTo(FactSet.none()));
    qt(EXAMPLES).forAll(PalermoGenerators.smugglingOnly()).checkAssert(s -> {
      assertThat(s.conduct().purposes()).isEqualTo(FactSet.none());
      assertThat(s.conduct().smuggling()).hasValueSatisfying(f -> {
        assertThat(f.entryProcured()).isEqualTo(Truth.TRUE);
        assertThat(f.illegalEntry()).isEqualTo(Truth.TRUE);
        assertThat(f.notNationalOrPermanentResident()).isEqualTo(Truth.TRUE);
        assertThat(f.materialBenefit()).isEqualTo(Truth.TRUE);
        assertThat(f.receivingState()).isPresent();
      });
    });
  }

  @Test
  void factSetsWorkForAnyCodeSystem() {
    for (Class<? extends Code> type : List.of(Act.class, Means.class, ExploitationPurpose.class,
        Truth.class, AgeEvidenceKind.class)) {
      checkFactSets(type);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void checkFactSets(Class type) {
    Gen<FactSet<?>> gen = PalermoGenerators.factSet(type);
    qt(100).forAll(gen).checkAssert(f -> {
      assertNeverAllTrue(f);
      f.facts().keySet().forEach(k -> assertThat(k).isInstanceOf(type));
    });
  }

  // --- distributions -----------------------------------------------------------------------

  /** The default generators reach every kind of evidence and every outcome, so tests bite. */
  @Test
  void theDefaultDistributionCoversEveryCase() {
    RandomGenerator random = SeededCases.random(Properties.SEED);
    Set<AgeEvidenceKind> kinds = EnumSet.noneOf(AgeEvidenceKind.class);
    Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
    Set<K> ages = EnumSet.noneOf(K.class);
    int meets = 0;
    int undated = 0;
    int smuggling = 0;
    int withGender = 0;
    for (int i = 0; i < 1_000; i++) {
      Scenario s = SeededCases.scenario(random);
      kinds.add(s.person().ageEvidence().kind());
      Outcome o = s.assess(Jurisdictions.PROTOCOL).outcome();
      outcomes.add(o);
      meets += o == Outcome.MEETS ? 1 : 0;
      if (s.conduct().when().isEmpty()) {
        undated++;
      } else {
        ages.add(under18(s));
      }
      smuggling += s.conduct().smuggling().isPresent() ? 1 : 0;
      withGender += s.person().gender().isPresent() ? 1 : 0;
    }
    assertThat(kinds).containsExactlyInAnyOrder(AgeEvidenceKind.values());
    assertThat(outcomes).containsExactlyInAnyOrder(Outcome.values());
    assertThat(ages).containsExactlyInAnyOrder(K.values());
    assertThat(meets).as("MEETS under the Protocol").isGreaterThan(50);
    assertThat(undated).isBetween(20, 400);
    assertThat(smuggling).isBetween(150, 450);
    assertThat(withGender).isBetween(550, 850);
  }

  // --- reproducibility ---------------------------------------------------------------------

  @Test
  void theSameSeedGivesEqualObjects() {
    List<Function<RandomGenerator, Object>> generators = List.of(
        SeededCases::truth, r -> SeededCases.factSet(ExploitationPurpose.class, r),
        SeededCases::person, SeededCases::conduct, SeededCases::smugglingFacts,
        SeededCases::scenario, SeededCases::children, SeededCases::adults,
        SeededCases::unknownAge, SeededCases::missingMeans, SeededCases::smugglingOnly,
        SeededCases::caseFile);
    for (Function<RandomGenerator, Object> g : generators) {
      Set<Object> distinct = new HashSet<>();
      for (long seed = 0; seed < 50; seed++) {
        Object first = g.apply(SeededCases.random(seed));
        Object second = g.apply(SeededCases.random(seed));
        assertThat(second).as("seed %d", seed).isEqualTo(first);
        distinct.add(first);
      }
      assertThat(distinct.size()).as("different seeds give different objects").isGreaterThan(2);
    }
  }

  /** Each draw recorded from a seeded generator and replayed into QuickTheories. */
  private static final class Replay implements DetatchedRandomnessSource {
    private final List<Long> offsets;
    private int next;

    Replay(List<Long> offsets) {
      this.offsets = offsets;
    }

    @Override
    public long next(Constraint constraint) {
      return offsets.get(next++);
    }

    @Override
    public DetatchedRandomnessSource detach() {
      return this;
    }

    @Override
    public void registerFailedAssumption() {}

    @Override
    public void commit() {}
  }

  /**
   * The QuickTheories generators and the seeded ones are one implementation: the same draws
   * give equal cases through either.
   */
  @Test
  void quickTheoriesAndSeededGeneratorsShareOneImplementation() {
    for (long seed = 0; seed < 100; seed++) {
      RandomGenerator base = SeededCases.random(seed);
      List<Long> offsets = new ArrayList<>();
      Randomness recording = (min, max) -> {
        long v = Randomness.of(base).between(min, max);
        if (min != max) {
          offsets.add(v - min);
        }
        return v;
      };
      Case seeded = PalermoSamplers.caseFile().sample(recording);
      assertThat(seeded).isEqualTo(SeededCases.caseFile(SeededCases.random(seed)));
      RandomnessSource replay = new Replay(offsets);
      Case viaQuickTheories = PalermoGenerators.cases().generate(replay);
      assertThat(viaQuickTheories).as("seed %d", seed).isEqualTo(seeded);
    }
  }

  /** QuickTheories reports the seed of a failing property, so the failure can be reproduced. */
  @Test
  void aFailingPropertyReportsItsSeed() {
    assertThatThrownBy(() -> qt(50).forAll(PalermoGenerators.scenarios())
        .checkAssert(s -> assertThat(s.assess(Jurisdictions.PROTOCOL).outcome())
            .isNotEqualTo(Outcome.MEETS)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Smallest found falsifying value")
        .hasMessageContaining("Seed was " + Properties.SEED);
  }

  // --- code systems ------------------------------------------------------------------------

  @Test
  void everyCodeSystemValueHasAStableCodeThatRoundTrips() {
    int values = 0;
    for (Class<? extends Code> type : CodeSystems.all()) {
      Set<String> codes = new HashSet<>();
      for (Code c : type.getEnumConstants()) {
        values++;
        assertThat(c.code()).as("%s", c).matches("[a-z0-9]+(-[a-z0-9]+)*");
        assertThat(codes.add(c.code())).as("duplicate code %s", c.code()).isTrue();
        assertThat(c.label()).isNotBlank();
        assertThat(c.definedBy()).as("citation of %s", c).isNotNull();
        assertThat(parse(type, c.code())).isSameAs(c);
      }
    }
    assertThat(CodeSystems.all()).hasSize(56);
    assertThat(values).isGreaterThan(100);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object parse(Class type, String code) {
    return Codes.parse(type, code);
  }

  @Test
  void theBaselineIsTheProtocolsText() {
    assertThat(CodeSystems.baseline(Act.class)).hasSize(5)
        .containsExactlyInAnyOrderElementsOf(Article3Oracle.ACTS);
    assertThat(CodeSystems.baseline(Means.class)).hasSize(9)
        .containsExactlyInAnyOrderElementsOf(Article3Oracle.MEANS);
    assertThat(CodeSystems.baseline(ExploitationPurpose.class)).hasSize(7)
        .doesNotContain(ExploitationPurpose.DEBT_BONDAGE);
    assertThat(CodeSystems.extensions(ExploitationPurpose.class)).hasSize(8);
    assertThat(Combinations.choices(CodeSystems.baseline(Act.class))).hasSize(7)
        .startsWith(ElementChoice.none(), ElementChoice.unknown());
  }

  @Test
  void aScenarioRefusesConductAgainstSomeoneElse() {
    Person p = Person.of(PersonId.of("P1"));
    Conduct c = Conduct.builder().victim(PersonId.of("P2")).build();
    assertThatThrownBy(() -> Scenario.of(c, p)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Scenario.of(c.withVictim(p.id()), p).withPerson(Person.of(PersonId.of("P3")))
        .conduct().victim()).isEqualTo(PersonId.of("P3"));
  }
}
