package dev.palermo.facts;

import dev.palermo.constraints.OrderedSpan;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When something happened: a single day, or a span from a first day to a last day (both
 * included). The last day may be open when the conduct is ongoing.
 *
 * <p>A span whose end is before its start can be built, so that a validator can report it with
 * its place in the document: {@link #isOrdered()} tells, and validation reports it
 * ({@code PAL-V-0006}).
 * Immutable and thread-safe.
 */
@OrderedSpan
public final class DateSpan {
  private final LocalDate start;
  private final LocalDate end;

  private DateSpan(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * A single day.
   *
   * @param day the day
   * @return the span
   */
  public static DateSpan on(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new DateSpan(day, day);
  }

  /**
   * A span of days, both included.
   *
   * @param start the first day
   * @param end the last day
   * @return the span
   */
  public static DateSpan between(LocalDate start, LocalDate end) {
    return new DateSpan(Objects.requireNonNull(start, "start"), Objects.requireNonNull(end, "end"));
  }

  /**
   * A span that began on a day and has not ended.
   *
   * @param start the first day
   * @return the span
   */
  public static DateSpan since(LocalDate start) {
    return new DateSpan(Objects.requireNonNull(start, "start"), null);
  }

  /** @return the first day */
  public LocalDate start() {
    return start;
  }

  /** @return the last day, or empty if ongoing */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /** @return false when the end is before the start */
  public boolean isOrdered() {
    return end == null || !end.isBefore(start);
  }

  /**
   * Whether the span includes a day.
   *
   * @param day the day
   * @return true if {@code start <= day <= end} (no end: {@code start <= day})
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && (end == null || !day.isAfter(end));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateSpan && ((DateSpan) o).start.equals(start)
        && Objects.equals(((DateSpan) o).end, end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /** @return ISO-8601: {@code 2020-01-05}, {@code 2020-01-05/2020-03-01} or {@code 2020-01-05/..} */
  @Override
  public String toString() {
    if (end == null) {
      return start + "/..";
    }
    return start.equals(end) ? start.toString() : start + "/" + end;
  }
}
