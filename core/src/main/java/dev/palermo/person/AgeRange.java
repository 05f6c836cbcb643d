package dev.palermo.person;

import dev.palermo.facts.Truth;
import java.util.OptionalInt;

/**
 * A person's age in completed years on a given date, as far as the evidence tells: a lower bound
 * and, when known, an upper bound. An exact date of birth gives {@code min == max}; unknown age
 * gives {@code 0} and no upper bound.
 *
 * <p>Immutable and thread-safe.
 */
public final class AgeRange {
  private static final AgeRange UNKNOWN = new AgeRange(0, -1);
  private final int min;
  private final int max;

  private AgeRange(int min, int max) {
    this.min = min;
    this.max = max;
  }

  /**
   * A range of ages.
   *
   * @param min the lowest possible age in completed years, at least 0
   * @param max the highest possible age, at least {@code min}
   * @return the range
   * @throws IllegalArgumentException if the bounds are out of order or negative
   */
  public static AgeRange of(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("an age range needs 0 <= min <= max");
    }
    return new AgeRange(min, max);
  }

  /** @return the range for a person whose age nothing tells */
  public static AgeRange unknown() {
    return UNKNOWN;
  }

  /** @return the lowest possible age in completed years */
  public int min() {
    return min;
  }

  /** @return the highest possible age, or empty when the evidence sets no upper bound */
  public OptionalInt max() {
    return max < 0 ? OptionalInt.empty() : OptionalInt.of(max);
  }

  /** @return true when there is no evidence at all */
  public boolean isUnknown() {
    return max < 0 && min == 0;
  }

  /**
   * Whether the person is under the given age, in three-valued logic.
   *
   * @param threshold the age of majority, e.g. 18 (TIP Protocol art. 3(d))
   * @return TRUE if every possible age is below it, FALSE if none is, UNKNOWN if the range
   *     straddles it or is unbounded above while starting below it
   */
  public Truth isUnder(int threshold) {
    if (min >= threshold) {
      return Truth.FALSE;
    }
    if (max >= 0 && max < threshold) {
      return Truth.TRUE;
    }
    return Truth.UNKNOWN;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgeRange && ((AgeRange) o).min == min && ((AgeRange) o).max == max;
  }

  @Override
  public int hashCode() {
    return min * 1000 + max;
  }

  /** @return e.g. {@code 16}, {@code 15-17}, {@code 15+} or {@code unknown} */
  @Override
  public String toString() {
    if (isUnknown()) {
      return "unknown";
    }
    if (max < 0) {
      return min + "+";
    }
    return min == max ? Integer.toString(min) : min + "-" + max;
  }
}
