package dev.palermo.testkit;

import org.quicktheories.QuickTheory;

/**
 * The QuickTheories set-up shared by the property tests: a fixed seed, so every run checks the
 * same examples, overridable with {@code -Dpalermo.seed=N} to explore others; and a number of
 * examples per property. On a failure QuickTheories' message ends with {@code Seed was N} (checked
 * by {@code GeneratorTest.aFailingPropertyReportsItsSeed}); re-running with
 * {@code -Dpalermo.seed=N} reproduces it.
 */
final class Properties {
  /** The seed of every property test run. */
  static final long SEED = Long.getLong("palermo.seed", 20_001_115L);

  private Properties() {}

  /**
   * QuickTheories with the fixed seed.
   *
   * @param examples the number of examples
   * @return the configured theory
   */
  static QuickTheory qt(int examples) {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
  }
}
