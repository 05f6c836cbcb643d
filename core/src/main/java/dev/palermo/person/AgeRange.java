package dev.palermo.person;

import dev.palermo.facts.Truth;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * A person's age in completed years on a given date, as far as the evidence tells: a lower bound
 * and, when known, an upper bound. An exact date of birth gives {@code min == max}; unknown age
 * gives {@code 0} and no upper bound.
 *
 * <p>Immutable and thread-safe. Compare ranges with {@link #equals(Object)}: {@link #of} may
 * return a shared instance.
 */
public final class AgeRange {
  private static final AgeRange UNKNOWN = new AgeRange(0, -1);
  /** The highest age whose ranges are shared rather than built on each call. */
  private static final int MAX_SHARED = 150;
  /**
   * Shared ranges, by upper bound then lower bound, built on first use: the age at the time of
   * the conduct is computed on every assessment, and takes few values. A race builds an equal
   * range twice, which is harmless (the fields are final, so a range is safely published).
   */
  private static final AgeRange[][] SHARED = new AgeRange[MAX_SHARED + 1][];
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
    if (max > MAX_SHARED) {
      return new AgeRange(min, max);
    }
    AgeRange[] row = SHARED[max];
    if (row == null) {
      row = new AgeRange[max + 1];
      SHARED[max] = row;
    }
    AgeRange range = row[min];
    if (range == null) {
      range = new AgeRange(min, max);
      row[min] = range;
    }
    return range;
  }

  /**
   * The age range on a day of a person born between two days, which must be in order (a
   * {@link PartialDate} always is; {@link AgeEvidence#between} checks others first).
   *
   * @param earliestBirth the first day the person can have been born
   * @param latestBirth the last day the person can have been born, not before the first
   * @param day the day
   * @return the range, 0 for a day before the birth
   */
  static AgeRange bornBetween(LocalDate earliestBirth, LocalDate latestBirth, LocalDate day) {
    return of(completedYears(latestBirth, day), completedYears(earliestBirth, day));
  }

  /**
   * The completed years from a birth to a day, 0 when the day is before the birth: the same as
   * {@code Math.max(0, Period.between(birth, day).getYears())}, computed without building the
   * period (this runs on every assessment). One year less than the difference of the years while
   * the birthday is not yet reached in the day's year.
   */
  private static int completedYears(LocalDate birth, LocalDate day) {
    int years = day.getYear() - birth.getYear();
    int monthDayDay = (day.getMonthValue() << 5) | day.getDayOfMonth();
    int monthDayBirth = (birth.getMonthValue() << 5) | birth.getDayOfMonth();
    return Math.max(0, monthDayDay < monthDayBirth ? years - 1 : years);
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
