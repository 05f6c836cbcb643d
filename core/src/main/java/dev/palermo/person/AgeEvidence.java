package dev.palermo.person;

import java.time.LocalDate;

/**
 * What is known of a person's age: a date of birth (exact or partial), an age assessment (a range
 * with method and date), or nothing. Age is evidence, not a number (DOMAIN.md §5): the age that
 * decides the definition is the age at the time of the conduct (TIP Protocol art. 3(c)-(d)), and
 * an uncertain age may straddle 18.
 *
 * <p>Implementations are immutable and thread-safe: {@link DateOfBirth}, {@link AgeAssessment}
 * and {@link #unknown()}.
 */
public interface AgeEvidence {
  /**
   * The kind of evidence.
   *
   * @return the kind
   */
  AgeEvidenceKind kind();

  /**
   * The person's possible age in completed years on a day.
   *
   * @param day the day, e.g. the date of the conduct
   * @return the range of ages consistent with the evidence; {@link AgeRange#unknown()} when the
   *     evidence tells nothing or is inconsistent
   */
  AgeRange ageOn(LocalDate day);

  /** @return the evidence that tells nothing of the age */
  static AgeEvidence unknown() {
    return UnknownAge.INSTANCE;
  }

  /**
   * Computes the age range on {@code day} of a person born between two days.
   *
   * @param earliestBirth the first day the person can have been born
   * @param latestBirth the last day the person can have been born
   * @param day the day
   * @return the age range
   */
  static AgeRange between(LocalDate earliestBirth, LocalDate latestBirth, LocalDate day) {
    if (latestBirth.isBefore(earliestBirth)) {
      return AgeRange.unknown();
    }
    return AgeRange.bornBetween(earliestBirth, latestBirth, day);
  }
}
