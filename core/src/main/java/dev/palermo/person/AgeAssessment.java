package dev.palermo.person;

import dev.palermo.constraints.OrderedAgeRange;
import dev.palermo.constraints.ValidationCodes;
import dev.palermo.internal.PalermoStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.Period;
import org.immutables.value.Value;

/**
 * Age evidence from an assessment: the person was judged, on {@link #assessedOn()}, to be between
 * {@link #minAge()} and {@link #maxAge()} years old (both included), by {@link #method()}
 * (DOMAIN.md §5). The range moves with time: an assessment of 16-17 made today says the person
 * was 13-14 three years ago.
 *
 * <p>An assessment whose minimum exceeds its maximum can be built, so that validation can report
 * it; it then tells nothing ({@link #ageOn} gives an unknown range). Validation rules: each age
 * lies in 0..130 ({@code PAL-V-0004}) and {@code minAge <= maxAge} ({@code PAL-V-0005}); the
 * method and date are required by the type. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
@OrderedAgeRange
public abstract class AgeAssessment implements AgeEvidence, WithAgeAssessment {
  AgeAssessment() {}

  /** @return the lowest age the assessment gives, in completed years */
  @Min(value = 0, message = "{" + ValidationCodes.ASSESSED_AGE_BOUNDS + "}")
  @Max(value = 130, message = "{" + ValidationCodes.ASSESSED_AGE_BOUNDS + "}")
  public abstract int minAge();

  /** @return the highest age the assessment gives, in completed years */
  @Min(value = 0, message = "{" + ValidationCodes.ASSESSED_AGE_BOUNDS + "}")
  @Max(value = 130, message = "{" + ValidationCodes.ASSESSED_AGE_BOUNDS + "}")
  public abstract int maxAge();

  /** @return how the age was assessed */
  public abstract AgeAssessmentMethod method();

  /** @return the day of the assessment */
  public abstract LocalDate assessedOn();

  /**
   * An assessment.
   *
   * @param minAge lowest age
   * @param maxAge highest age
   * @param method how it was assessed
   * @param assessedOn when
   * @return the assessment
   */
  public static AgeAssessment of(int minAge, int maxAge, AgeAssessmentMethod method,
      LocalDate assessedOn) {
    return builder().minAge(minAge).maxAge(maxAge).method(method).assessedOn(assessedOn).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgeAssessment}; not thread-safe, use once. */
  public static final class Builder extends ImmutableAgeAssessment.Builder {}

  @Override
  public AgeEvidenceKind kind() {
    return AgeEvidenceKind.ASSESSMENT;
  }

  @Override
  public AgeRange ageOn(LocalDate day) {
    if (minAge() < 0 || maxAge() < minAge()) {
      return AgeRange.unknown();
    }
    // In order, since minAge <= maxAge: no inconsistency to check.
    return AgeRange.bornBetween(earliestBirth(), latestBirth(), day);
  }

  /**
   * The first day the person can have been born: the day after the last birthday that would make
   * the person older than {@link #maxAge()} on {@link #assessedOn()}. Computed once, on first use
   * (the age is computed on every assessment of the person's conduct).
   *
   * @return the day
   */
  @Value.Lazy
  LocalDate earliestBirth() {
    return assessedOn().minus(Period.ofYears(maxAge() + 1)).plusDays(1);
  }

  /**
   * The last day the person can have been born: {@link #minAge()} years before
   * {@link #assessedOn()}. Computed once, on first use.
   *
   * @return the day
   */
  @Value.Lazy
  LocalDate latestBirth() {
    return assessedOn().minus(Period.ofYears(minAge()));
  }
}
