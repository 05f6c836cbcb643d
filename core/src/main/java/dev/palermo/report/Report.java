package dev.palermo.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one report of everything wrong with, or found in, a case: input errors from JSON reading
 * and schema validation, constraint violations, structural inconsistencies, and safeguard
 * findings. It says whether the case {@linkplain #canBeAssessed() may be assessed} (no
 * {@link Severity#ERROR}) and renders as text.
 *
 * <p>Immutable and thread-safe.
 */
public final class Report {
  private static final Report EMPTY = new Report(List.of());
  private final List<Problem> problems;

  private Report(List<Problem> problems) {
    this.problems = problems;
  }

  /** @return the report with no problems */
  public static Report empty() {
    return EMPTY;
  }

  /**
   * A report of problems, in the order given.
   *
   * @param problems the problems
   * @return the report
   */
  public static Report of(Collection<Problem> problems) {
    return problems.isEmpty() ? EMPTY : new Report(List.copyOf(problems));
  }

  /**
   * Joins two reports.
   *
   * @param other the other report
   * @return a report with this report's problems, then the other's
   */
  public Report and(Report other) {
    if (other.problems.isEmpty()) {
      return this;
    }
    List<Problem> all = new ArrayList<>(problems);
    all.addAll(other.problems);
    return new Report(List.copyOf(all));
  }

  /** @return the problems, in order; unmodifiable */
  public List<Problem> problems() {
    return problems;
  }

  /** @return true when no problem has severity {@link Severity#ERROR} */
  public boolean canBeAssessed() {
    return problems.stream().noneMatch(p -> p.severity().blocksAssessment());
  }

  /** @return true when the report has no problems at all */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /**
   * The problems of one severity.
   *
   * @param severity the severity
   * @return those problems, in order
   */
  public List<Problem> withSeverity(Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).collect(Collectors.toList());
  }

  /** @return the report as text, one problem a line, or "no problems" */
  public String render() {
    return problems.isEmpty() ? "no problems"
        : problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Report && ((Report) o).problems.equals(problems);
  }

  @Override
  public int hashCode() {
    return problems.hashCode();
  }

  @Override
  public String toString() {
    return "Report{" + problems.size() + " problems, canBeAssessed=" + canBeAssessed() + "}";
  }
}
