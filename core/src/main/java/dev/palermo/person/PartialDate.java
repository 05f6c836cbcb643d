package dev.palermo.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day: {@code 2008}, {@code 2008-05} or
 * {@code 2008-05-17} (ISO-8601 reduced precision). Dates of birth are often known only in part
 * (DOMAIN.md §5); a partial date stands for every day it could be, from {@link #earliest()} to
 * {@link #latest()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PartialDate implements Comparable<PartialDate> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private final LocalDate earliest;
  private final LocalDate latest;
  private final String text;

  private PartialDate(LocalDate earliest, LocalDate latest, String text) {
    this.earliest = earliest;
    this.latest = latest;
    this.text = text;
  }

  /**
   * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
   *
   * @param text the date text
   * @return the partial date
   * @throws IllegalArgumentException if the text is not of that form or not a real date; the
   *     message does not repeat the text (it may be a date of birth)
   */
  public static PartialDate parse(String text) {
    Matcher m = text == null ? null : FORM.matcher(text);
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("a partial date is yyyy, yyyy-MM or yyyy-MM-dd");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return ofYear(year);
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return ofYearMonth(YearMonth.of(year, month));
      }
      return ofDate(LocalDate.of(year, month, Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a real calendar date (yyyy, yyyy-MM or yyyy-MM-dd)");
    }
  }

  /**
   * A date known to the day.
   *
   * @param date the date
   * @return the partial date
   */
  public static PartialDate ofDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new PartialDate(date, date, date.toString());
  }

  /**
   * A date known to the month.
   *
   * @param month the month
   * @return the partial date
   */
  public static PartialDate ofYearMonth(YearMonth month) {
    return new PartialDate(month.atDay(1), month.atEndOfMonth(), month.toString());
  }

  /**
   * A date known to the year.
   *
   * @param year the year
   * @return the partial date
   */
  public static PartialDate ofYear(int year) {
    Year y = Year.of(year);
    return new PartialDate(y.atDay(1), y.atMonth(12).atEndOfMonth(),
        String.format("%04d", year));
  }

  /** @return the first day this date could be */
  public LocalDate earliest() {
    return earliest;
  }

  /** @return the last day this date could be */
  public LocalDate latest() {
    return latest;
  }

  /** @return true if known to the day */
  public boolean isExact() {
    return earliest.equals(latest);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate && ((PartialDate) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Orders by earliest day, then by precision (coarser first). */
  @Override
  public int compareTo(PartialDate o) {
    int c = earliest.compareTo(o.earliest);
    return c != 0 ? c : o.latest.compareTo(latest);
  }

  /** @return the ISO-8601 text, e.g. {@code 2008-05} */
  @Override
  public String toString() {
    return text;
  }
}
