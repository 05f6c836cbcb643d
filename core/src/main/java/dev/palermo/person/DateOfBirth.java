package dev.palermo.person;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Age evidence from a date of birth, exact ({@code 2008-05-17}) or partial ({@code 2008-05},
 * {@code 2008}). A partial date gives an age range on any day (DOMAIN.md §5).
 *
 * <p>Immutable and thread-safe.
 */
public final class DateOfBirth implements AgeEvidence {
  private final PartialDate date;

  private DateOfBirth(PartialDate date) {
    this.date = date;
  }

  /**
   * Evidence from a date of birth.
   *
   * @param date the date of birth, exact or partial
   * @return the evidence
   */
  public static DateOfBirth of(PartialDate date) {
    return new DateOfBirth(Objects.requireNonNull(date, "date"));
  }

  /**
   * Evidence from a date of birth in text form.
   *
   * @param text {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}
   * @return the evidence
   * @throws IllegalArgumentException if the text is malformed
   */
  public static DateOfBirth parse(String text) {
    return of(PartialDate.parse(text));
  }

  /** @return the date of birth */
  public PartialDate date() {
    return date;
  }

  @Override
  public AgeEvidenceKind kind() {
    return AgeEvidenceKind.DATE_OF_BIRTH;
  }

  @Override
  public AgeRange ageOn(LocalDate day) {
    // A partial date is in order by construction: no inconsistency to check.
    return AgeRange.bornBetween(date.earliest(), date.latest(), day);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateOfBirth && ((DateOfBirth) o).date.equals(date);
  }

  @Override
  public int hashCode() {
    return date.hashCode();
  }

  /** Does not print the date: a date of birth identifies a person. */
  @Override
  public String toString() {
    return "DateOfBirth{precision=" + (date.isExact() ? "day" : "partial") + "}";
  }
}
