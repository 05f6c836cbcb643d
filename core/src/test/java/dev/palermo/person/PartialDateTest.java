package dev.palermo.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates of birth known in part (DOMAIN.md §5). */
class PartialDateTest {

  @Test
  void parsesAYear() {
    PartialDate d = PartialDate.parse("2008");
    assertThat(d.earliest()).isEqualTo(LocalDate.of(2008, 1, 1));
    assertThat(d.latest()).isEqualTo(LocalDate.of(2008, 12, 31));
    assertThat(d.isExact()).isFalse();
    assertThat(d).hasToString("2008");
  }

  @Test
  void parsesAYearAndMonth() {
    PartialDate d = PartialDate.parse("2008-02");
    assertThat(d.earliest()).isEqualTo(LocalDate.of(2008, 2, 1));
    assertThat(d.latest()).as("leap year").isEqualTo(LocalDate.of(2008, 2, 29));
    assertThat(d.isExact()).isFalse();
    assertThat(d).hasToString("2008-02");
    assertThat(PartialDate.parse("2007-02").latest()).isEqualTo(LocalDate.of(2007, 2, 28));
  }

  @Test
  void parsesAnExactDate() {
    PartialDate d = PartialDate.parse("2008-05-17");
    assertThat(d.earliest()).isEqualTo(LocalDate.of(2008, 5, 17));
    assertThat(d.latest()).isEqualTo(d.earliest());
    assertThat(d.isExact()).isTrue();
    assertThat(d).hasToString("2008-05-17");
    assertThat(PartialDate.parse("2008-02-29").isExact()).isTrue();
  }

  @Test
  void factoriesAgreeWithParse() {
    assertThat(PartialDate.ofYear(2008)).isEqualTo(PartialDate.parse("2008"));
    assertThat(PartialDate.ofYearMonth(java.time.YearMonth.of(2008, 5)))
        .isEqualTo(PartialDate.parse("2008-05"));
    assertThat(PartialDate.ofDate(LocalDate.of(2008, 5, 17)))
        .isEqualTo(PartialDate.parse("2008-05-17"))
        .hasSameHashCodeAs(PartialDate.parse("2008-05-17"));
  }

  @Test
  void ordersByEarliestDayThenCoarserFirst() {
    assertThat(PartialDate.parse("2008")).isLessThan(PartialDate.parse("2008-01"));
    assertThat(PartialDate.parse("2008-01")).isLessThan(PartialDate.parse("2008-01-01"));
    assertThat(PartialDate.parse("2008-01-02")).isLessThan(PartialDate.parse("2008-02"));
  }

  @ParameterizedTest(name = "rejects \"{0}\"")
  @NullAndEmptySource
  @ValueSource(strings = {
      "08", "200", "20081", "12008", "+2008", "-2008", "2008-", "2008-5", "2008-005",
      "2008-05-", "2008-05-7", "2008-05-170", "2008-13", "2008-00", "2008-05-00", "2008-05-32",
      "2007-02-29", "2008-02-30", "2008-04-31", "2008/05/17", "17/05/2008", "17.05.2008",
      "2008-05-17T10:00", "2008-05-17Z", " 2008", "2008 ", "2008\n", "abcd", "2008-ab",
      "\uff12\uff10\uff10\uff18", "\u0662\u0660\u0660\u0668", "20080517", "2008--05",
      "2008-05-17-01"})
  void rejectsMalformedTextWithoutRepeatingIt(String text) {
    Throwable thrown = catchThrowable(() -> PartialDate.parse(text));
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
    if (text != null && !text.isBlank()) {
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain(text.strip());
        assertThat(t.toString()).doesNotContain(text.strip());
      }
    }
  }

  @Test
  void dateOfBirthParseUsesTheSameRules() {
    Throwable thrown = catchThrowable(() -> DateOfBirth.parse("1999-02-31"));
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("1999").hasMessageNotContaining("02-31");
  }
}
