package dev.palermo.report;

import java.util.Objects;

/**
 * Thrown by the SDK's "or throw" methods when input is invalid: it carries the whole
 * {@link Report}. It is the only exception type the public API throws on bad input. The message
 * is the first error's line plus a count; it contains no personal data.
 *
 * <p>Immutable and thread-safe once thrown.
 */
public final class ReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** The report. */
  private final transient Report report;

  /**
   * Creates the exception.
   *
   * @param report the report; should hold at least one error
   */
  public ReportException(Report report) {
    super(summary(Objects.requireNonNull(report, "report")));
    this.report = report;
  }

  private static String summary(Report report) {
    if (report.isEmpty()) {
      return "invalid input";
    }
    int more = report.problems().size() - 1;
    return report.problems().get(0) + (more > 0 ? " (and " + more + " more)" : "");
  }

  /** @return the report */
  public Report report() {
    return report;
  }
}
