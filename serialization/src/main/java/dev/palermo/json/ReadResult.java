package dev.palermo.json;

import dev.palermo.report.Report;
import dev.palermo.report.ReportException;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of reading one JSON document: the value when the document is valid, otherwise the
 * {@link Report} of everything wrong in it, each problem with its {@code PAL-J} code and JSON
 * pointer. Reading never throws on bad input; {@link #orElseThrow()} turns a failed read into a
 * {@link ReportException}.
 *
 * <p>Immutable and thread-safe when the value is.
 *
 * @param <T> the type read
 */
public final class ReadResult<T> {
  private final T value;
  private final Report report;

  private ReadResult(T value, Report report) {
    this.value = value;
    this.report = report;
  }

  /**
   * A valid read.
   *
   * @param <T> the type
   * @param value the value
   * @return the result, with an empty report
   */
  public static <T> ReadResult<T> valid(T value) {
    return new ReadResult<>(Objects.requireNonNull(value, "value"), Report.empty());
  }

  /**
   * A failed read.
   *
   * @param <T> the type
   * @param report what is wrong; at least one problem
   * @return the result, with no value
   * @throws IllegalArgumentException if the report is empty
   */
  public static <T> ReadResult<T> invalid(Report report) {
    if (report.isEmpty()) {
      throw new IllegalArgumentException("a failed read needs at least one problem");
    }
    return new ReadResult<>(null, report);
  }

  /** @return the value, present exactly when the document was valid */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** @return the problems found; empty when valid */
  public Report report() {
    return report;
  }

  /** @return true when the document was read without problems */
  public boolean isValid() {
    return value != null;
  }

  /**
   * The value, or an exception carrying the whole report.
   *
   * @return the value
   * @throws ReportException if the document was not valid
   */
  public T orElseThrow() {
    if (value == null) {
      throw new ReportException(report);
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReadResult && Objects.equals(((ReadResult<?>) o).value, value)
        && ((ReadResult<?>) o).report.equals(report);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, report);
  }

  /** @return a summary without personal data: valid, or the number of problems */
  @Override
  public String toString() {
    return value != null ? "ReadResult{valid}"
        : "ReadResult{invalid, " + report.problems().size() + " problems}";
  }
}
