package dev.palermo.testkit;

import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.person.Person;
import dev.palermo.smuggling.SmugglingFacts;
import dev.palermo.vocabulary.Code;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Seeded generators of valid Palermo model objects for users of test engines other than
 * QuickTheories: each method takes a {@link RandomGenerator} and returns an object, with the
 * distributions of {@link PalermoGenerators} (both delegate to {@link PalermoSamplers}). A seed
 * reproduces an object: two generators created with {@link #random(long)} and the same seed give
 * equal objects from the same calls.
 *
 * <pre>{@code
 * RandomGenerator random = SeededCases.random(42);
 * Case c = SeededCases.caseFile(random);
 * }</pre>
 *
 * <p>Stateless and thread-safe; has no instances. The {@link RandomGenerator}s passed in are
 * advanced and are not thread-safe.
 */
public final class SeededCases {
  private SeededCases() {}

  /**
   * A generator with a fixed algorithm ({@link SplittableRandom}), so a seed means the same
   * objects on every JDK.
   *
   * @param seed the seed
   * @return a new generator
   */
  public static RandomGenerator random(long seed) {
    return new SplittableRandom(seed);
  }

  /**
   * A truth value.
   *
   * @param random the generator
   * @return known true, known false or unknown
   */
  public static Truth truth(RandomGenerator random) {
    return PalermoSamplers.truth().sample(random);
  }

  /**
   * A fact set over any code system.
   *
   * @param <C> the code system
   * @param type its enum class
   * @param random the generator
   * @return the fact set
   */
  public static <C extends Enum<C> & Code> FactSet<C> factSet(Class<C> type,
      RandomGenerator random) {
    return PalermoSamplers.factSet(type).sample(random);
  }

  /**
   * A person.
   *
   * @param random the generator
   * @return the person
   */
  public static Person person(RandomGenerator random) {
    return PalermoSamplers.person().sample(random);
  }

  /**
   * Conduct.
   *
   * @param random the generator
   * @return the conduct
   */
  public static Conduct conduct(RandomGenerator random) {
    return PalermoSamplers.conduct().sample(random);
  }

  /**
   * Smuggling facts.
   *
   * @param random the generator
   * @return the facts
   */
  public static SmugglingFacts smugglingFacts(RandomGenerator random) {
    return PalermoSamplers.smugglingFacts().sample(random);
  }

  /**
   * Conduct with the person it is directed at, of any age.
   *
   * @param random the generator
   * @return the scenario
   */
  public static Scenario scenario(RandomGenerator random) {
    return PalermoSamplers.scenario().sample(random);
  }

  /**
   * A scenario whose person was under 18 on the first day of the conduct.
   *
   * @param random the generator
   * @return the scenario
   */
  public static Scenario children(RandomGenerator random) {
    return PalermoSamplers.children().sample(random);
  }

  /**
   * A scenario whose person was 18 or over on the first day of the conduct.
   *
   * @param random the generator
   * @return the scenario
   */
  public static Scenario adults(RandomGenerator random) {
    return PalermoSamplers.adults().sample(random);
  }

  /**
   * A scenario whose person's age at the conduct the evidence does not tell.
   *
   * @param random the generator
   * @return the scenario
   */
  public static Scenario unknownAge(RandomGenerator random) {
    return PalermoSamplers.unknownAge().sample(random);
  }

  /**
   * A scenario in which means are known none.
   *
   * @param random the generator
   * @return the scenario
   */
  public static Scenario missingMeans(RandomGenerator random) {
    return PalermoSamplers.missingMeans().sample(random);
  }

  /**
   * A scenario of smuggling only: smuggling facts true, trafficking purposes none.
   *
   * @param random the generator
   * @return the scenario
   */
  public static Scenario smugglingOnly(RandomGenerator random) {
    return PalermoSamplers.smugglingOnly().sample(random);
  }

  /**
   * A case: persons with unique ids and conducts directed at them.
   *
   * @param random the generator
   * @return the case
   */
  public static Case caseFile(RandomGenerator random) {
    return PalermoSamplers.caseFile().sample(random);
  }
}
