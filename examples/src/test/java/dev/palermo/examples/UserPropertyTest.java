package dev.palermo.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.palermo.assessment.Outcome;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Case;
import dev.palermo.json.PalermoJson;
import dev.palermo.json.ReadResult;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.testkit.Combination;
import dev.palermo.testkit.Combinations;
import dev.palermo.testkit.PalermoGenerators;
import dev.palermo.testkit.Scenario;
import dev.palermo.testkit.SeededCases;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The property tests a team would write against its own system with {@code palermo-testkit}.
 * The "system" here is a toy case store ({@link CaseStore}): it keeps each case as a JSON
 * document and reads it back. The properties: what goes in comes out equal; it reads back
 * without a problem; and the law sees the same facts, so the assessment under every
 * jurisdiction is unchanged.
 *
 * <p>Three ways to drive the same properties:
 *
 * <ol>
 *   <li>QuickTheories with {@link PalermoGenerators} ({@code Gen}s: failures shrink to a simpler
 *       case, and the message ends with {@code Seed was N});
 *   <li>a plain JUnit loop over seeds with {@link SeededCases}, which is how any other engine
 *       plugs in: a {@link RandomGenerator} in, a case out, and the seed in the failure message;
 *   <li>exhaustively over the finite combinations of the definition's elements
 *       ({@link Combinations}), where sampling would only be a weaker version of the same test.
 * </ol>
 *
 * <p>The seed is fixed so every run checks the same examples; {@code -Dpalermo.seed=N} explores
 * others and reproduces a reported failure.
 */
class UserPropertyTest {
  static final long SEED = Long.getLong("palermo.seed", 20_001_115L);
  static final int EXAMPLES = 200;

  /** The user's system under test: a store that keeps cases as JSON documents. */
  static final class CaseStore {
    private final Map<String, String> documents = new ConcurrentHashMap<>();

    /** Stores a case under its id; returns the id. */
    String put(Case c) {
      documents.put(c.id(), PalermoJson.write(c));
      return c.id();
    }

    /** Reads a stored case back strictly; empty if there is none. */
    Optional<ReadResult<Case>> get(String id) {
      return Optional.ofNullable(documents.get(id)).map(PalermoJson.reader()::readCase);
    }
  }

  /** The properties, one method, whatever drives it. */
  private static void storingKeepsTheCaseAndItsAssessments(Case c) {
    CaseStore store = new CaseStore();
    ReadResult<Case> back = store.get(store.put(c)).orElseThrow();
    assertThat(back.report().problems()).as("problems reading back").isEmpty();
    assertThat(back.value()).contains(c);
    for (Jurisdiction j : Jurisdictions.all()) {
      assertThat(outcomes(back.value().get(), j)).as(j.id()).isEqualTo(outcomes(c, j));
    }
  }

  private static List<Outcome> outcomes(Case c, Jurisdiction j) {
    return TraffickingDefinition.assess(c, j).stream().map(a -> a.outcome())
        .collect(Collectors.toList());
  }

  private static Case caseOf(Scenario s) {
    return Case.builder().id("case-1").addPersons(s.person()).addConducts(s.conduct()).build();
  }

  // 1. QuickTheories -----------------------------------------------------------------------------

  @Test
  void quickTheoriesGeneratedCasesSurviveTheStore() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(PalermoGenerators.cases())
        .checkAssert(UserPropertyTest::storingKeepsTheCaseAndItsAssessments);
  }

  @Test
  void quickTheoriesCasesWithEveryKindOfEventSurviveTheStore() {
    qt().withFixedSeed(SEED + 1).withExamples(EXAMPLES / 2)
        .forAll(PalermoGenerators.casesWithEvents())
        .checkAssert(UserPropertyTest::storingKeepsTheCaseAndItsAssessments);
  }

  @Test
  void quickTheoriesChildrenStayChildrenInTheStore() {
    qt().withFixedSeed(SEED + 2).withExamples(EXAMPLES)
        .forAll(PalermoGenerators.children())
        .checkAssert(s -> {
          Case back = PalermoJson.readCase(PalermoJson.write(caseOf(s)));
          Scenario again = Scenario.of(back.conducts().get(0), back.persons().get(0));
          assertThat(again.assess(Jurisdictions.PROTOCOL).child())
              .isEqualTo(s.assess(Jurisdictions.PROTOCOL).child());
        });
  }

  // 2. Any other engine: a seeded RandomGenerator -------------------------------------------------

  /**
   * The adapter another engine needs: draw {@code count} values from a generator seeded with
   * {@code seed + i}, check the property, and name the seed that failed. An engine with its own
   * source of randomness passes its {@link RandomGenerator} (or a seed) to the same
   * {@code SeededCases} methods.
   */
  static <T> void forAllSeeds(long seed, int count, Function<RandomGenerator, T> generator,
      Consumer<T> property) {
    for (int i = 0; i < count; i++) {
      long s = seed + i;
      T value = generator.apply(SeededCases.random(s));
      try {
        property.accept(value);
      } catch (AssertionError e) {
        throw new AssertionError("property failed for seed " + s + " (reproduce with "
            + "SeededCases.random(" + s + "L)): " + e.getMessage(), e);
      }
    }
  }

  @Test
  void seededCasesSurviveTheStore() {
    forAllSeeds(SEED, EXAMPLES, SeededCases::caseFile,
        UserPropertyTest::storingKeepsTheCaseAndItsAssessments);
  }

  @Test
  void seededUnknownAgeScenariosSurviveTheStore() {
    forAllSeeds(SEED, EXAMPLES, r -> caseOf(SeededCases.unknownAge(r)),
        UserPropertyTest::storingKeepsTheCaseAndItsAssessments);
  }

  @Test
  void aSeedReproducesItsCase() {
    assertThat(SeededCases.caseFile(SeededCases.random(SEED)))
        .isEqualTo(SeededCases.caseFile(SeededCases.random(SEED)));
  }

  @Test
  void theAdapterNamesTheFailingSeed() {
    try {
      forAllSeeds(7, 1, SeededCases::caseFile, c -> assertThat(c.id()).isEqualTo("no such id"));
    } catch (AssertionError e) {
      assertThat(e.getMessage()).startsWith("property failed for seed 7 ");
      return;
    }
    throw new AssertionError("the property should have failed");
  }

  // 3. Exhaustively over the finite parts ----------------------------------------------------------

  @Test
  void everyBaselineCombinationSurvivesTheStoreWithItsOutcome() {
    List<Combination> all = Combinations.protocolBaseline();
    assertThat(all).hasSize(Combinations.PROTOCOL_BASELINE_COUNT);
    CaseStore store = new CaseStore();
    for (Combination combination : all) {
      Case c = caseOf(combination.scenario());
      Case back = store.get(store.put(c)).orElseThrow().value().orElseThrow();
      assertThat(outcomes(back, Jurisdictions.PROTOCOL)).as(combination.toString())
          .isEqualTo(outcomes(c, Jurisdictions.PROTOCOL));
    }
  }
}
