package dev.palermo.json;

import dev.palermo.casefile.Case;
import dev.palermo.report.Report;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an NDJSON stream of cases: its 1-based line number in the input and either the case
 * read from it or the report of everything wrong with it (pointers are relative to the line's own
 * document).
 *
 * <p>Immutable and thread-safe.
 */
public final class NdjsonLine {
  private final long lineNumber;
  private final ReadResult<Case> result;

  NdjsonLine(long lineNumber, ReadResult<Case> result) {
    this.lineNumber = lineNumber;
    this.result = Objects.requireNonNull(result);
  }

  /** @return the line number in the input, counting from 1 (blank lines included) */
  public long lineNumber() {
    return lineNumber;
  }

  /** @return the case, present exactly when the line is valid */
  public Optional<Case> value() {
    return result.value();
  }

  /** @return the problems of the line; empty when valid */
  public Report report() {
    return result.report();
  }

  /** @return true when the line holds a valid case */
  public boolean isValid() {
    return result.isValid();
  }

  /** @return the read result of the line */
  public ReadResult<Case> result() {
    return result;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NdjsonLine && ((NdjsonLine) o).lineNumber == lineNumber
        && ((NdjsonLine) o).result.equals(result);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(lineNumber) * 31 + result.hashCode();
  }

  /** @return e.g. {@code line 7: invalid, 2 problems}; no personal data */
  @Override
  public String toString() {
    return "line " + lineNumber + ": " + (isValid() ? "valid"
        : "invalid, " + report().problems().size() + " problems");
  }
}
