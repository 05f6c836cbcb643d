package dev.palermo.person;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.facts.Truth;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Age is evidence, not a number; the age that decides the definition is the age at the time of
 * the conduct (DOMAIN.md §5; TIP Protocol art. 3(c)-(d)).
 */
class AgeEvidenceTest {
  private static final LocalDate DAY = LocalDate.of(2016, 6, 1);

  @Test
  void exactDateOfBirthGivesOneAge() {
    DateOfBirth dob = DateOfBirth.parse("2000-03-01");
    assertThat(dob.kind()).isEqualTo(AgeEvidenceKind.DATE_OF_BIRTH);
    assertThat(dob.ageOn(DAY)).isEqualTo(AgeRange.of(16, 16));
    assertThat(dob.ageOn(LocalDate.of(2018, 2, 28))).isEqualTo(AgeRange.of(17, 17));
    assertThat(dob.ageOn(LocalDate.of(2018, 3, 1))).as("eighteenth birthday")
        .isEqualTo(AgeRange.of(18, 18));
  }

  @Test
  void theDayBeforeTheEighteenthBirthdayIsStillAChild() {
    DateOfBirth dob = DateOfBirth.parse("1998-06-02");
    assertThat(dob.ageOn(DAY).isUnder(18)).isEqualTo(Truth.TRUE);
    assertThat(dob.ageOn(DAY.plusDays(1)).isUnder(18)).isEqualTo(Truth.FALSE);
  }

  @Test
  void partialDateOfBirthGivesARange() {
    assertThat(DateOfBirth.parse("2000").ageOn(DAY)).isEqualTo(AgeRange.of(15, 16));
    assertThat(DateOfBirth.parse("2000-03").ageOn(DAY)).isEqualTo(AgeRange.of(16, 16));
    assertThat(DateOfBirth.parse("2000-06").ageOn(DAY)).isEqualTo(AgeRange.of(15, 16));
  }

  @Test
  void partialDateOfBirthCanStraddleEighteen() {
    AgeRange age = DateOfBirth.parse("1998").ageOn(DAY);
    assertThat(age).isEqualTo(AgeRange.of(17, 18));
    assertThat(age.isUnder(18)).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void assessmentGivesItsRangeOnTheDayItWasMade() {
    AgeAssessment a = AgeAssessment.of(16, 17, AgeAssessmentMethod.MULTIDISCIPLINARY, DAY);
    assertThat(a.kind()).isEqualTo(AgeEvidenceKind.ASSESSMENT);
    assertThat(a.ageOn(DAY)).isEqualTo(AgeRange.of(16, 17));
    assertThat(a.ageOn(DAY).isUnder(18)).isEqualTo(Truth.TRUE);
  }

  @Test
  void assessmentMovedBackInTime() {
    // Assessed 16-17 on 2016-06-01: three years earlier the person was 13-14.
    AgeAssessment a = AgeAssessment.of(16, 17, AgeAssessmentMethod.INTERVIEW, DAY);
    assertThat(a.ageOn(DAY.minusYears(3))).isEqualTo(AgeRange.of(13, 14));
    // ...and, a person assessed 18-20 may have been a child one year earlier.
    AgeAssessment adult = AgeAssessment.of(18, 20, AgeAssessmentMethod.MEDICAL, DAY);
    assertThat(adult.ageOn(DAY).isUnder(18)).isEqualTo(Truth.FALSE);
    assertThat(adult.ageOn(DAY.minusYears(1))).isEqualTo(AgeRange.of(17, 19));
    assertThat(adult.ageOn(DAY.minusYears(1)).isUnder(18)).isEqualTo(Truth.UNKNOWN);
    assertThat(adult.ageOn(DAY.minusYears(3)).isUnder(18)).isEqualTo(Truth.TRUE);
  }

  @Test
  void assessmentStraddlingEighteenIsUnknown() {
    AgeAssessment a = AgeAssessment.of(17, 19, AgeAssessmentMethod.MEDICAL, DAY);
    assertThat(a.ageOn(DAY)).isEqualTo(AgeRange.of(17, 19));
    assertThat(a.ageOn(DAY).isUnder(18)).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void inconsistentAssessmentTellsNothing() {
    AgeAssessment a = AgeAssessment.of(19, 16, AgeAssessmentMethod.OTHER, DAY);
    assertThat(a.ageOn(DAY).isUnknown()).isTrue();
    assertThat(a.ageOn(DAY).isUnder(18)).isEqualTo(Truth.UNKNOWN);
    AgeAssessment negative = AgeAssessment.of(-1, 16, AgeAssessmentMethod.OTHER, DAY);
    assertThat(negative.ageOn(DAY).isUnknown()).isTrue();
  }

  @Test
  void unknownAgeTellsNothing() {
    AgeEvidence unknown = AgeEvidence.unknown();
    assertThat(unknown.kind()).isEqualTo(AgeEvidenceKind.UNKNOWN);
    assertThat(unknown.ageOn(DAY)).isEqualTo(AgeRange.unknown());
    assertThat(unknown.ageOn(DAY).isUnder(18)).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void dateOfBirthToStringHidesTheDate() {
    assertThat(DateOfBirth.parse("2000-03-01").toString()).doesNotContain("2000")
        .doesNotContain("03-01");
    assertThat(DateOfBirth.parse("2000-03").toString()).doesNotContain("2000");
  }

  @Test
  void completedYearsAreThoseOfPeriodBetween() {
    // AgeEvidence counts completed years without building a Period; it must agree with
    // Period.between for every pair of days: leap days, month ends, and days before the birth.
    int checked = 0;
    java.util.List<String> mismatches = new java.util.ArrayList<>();
    for (LocalDate birth = LocalDate.of(1999, 12, 1); birth.isBefore(LocalDate.of(2001, 3, 5));
        birth = birth.plusDays(1)) {
      for (LocalDate day = LocalDate.of(1999, 11, 25); day.isBefore(LocalDate.of(2021, 3, 5));
          day = day.plusDays(day.getYear() < 2002 || day.getYear() > 2017 ? 1 : 23)) {
        int years = Math.max(0, java.time.Period.between(birth, day).getYears());
        if (!AgeEvidence.between(birth, birth, day).equals(AgeRange.of(years, years))) {
          mismatches.add(birth + " on " + day);
        }
        checked++;
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(checked).isGreaterThan(900_000);
  }
}
