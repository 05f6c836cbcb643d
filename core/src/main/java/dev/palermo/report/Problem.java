package dev.palermo.report;

import dev.palermo.law.Provision;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a {@link Report}: an invalid input, a structural inconsistency, or a safeguard
 * finding. It has a stable {@linkplain #code() code} that is never reused ({@code PAL-V-0042}
 * for validation, {@code PAL-J-…} for JSON, {@code PAL-C-…} for checks), a severity, the
 * {@linkplain #path() place} in the case document, a message, and, where a legal rule is
 * involved, its citation and what would satisfy it.
 *
 * <p>Messages never contain a person's name, date of birth or any free text entered about a
 * person. Immutable and thread-safe.
 */
public final class Problem {
  private final String code;
  private final Severity severity;
  private final JsonPointer path;
  private final String message;
  private final Provision citation;
  private final String remedy;

  private Problem(String code, Severity severity, JsonPointer path, String message,
      Provision citation, String remedy) {
    this.code = code;
    this.severity = severity;
    this.path = path;
    this.message = message;
    this.citation = citation;
    this.remedy = remedy;
  }

  /**
   * A problem without a legal citation.
   *
   * @param code stable code
   * @param severity severity
   * @param path where in the document
   * @param message the message
   * @return the problem
   */
  public static Problem of(String code, Severity severity, JsonPointer path, String message) {
    return new Problem(Objects.requireNonNull(code, "code"),
        Objects.requireNonNull(severity, "severity"), Objects.requireNonNull(path, "path"),
        Objects.requireNonNull(message, "message"), null, null);
  }

  /**
   * Returns a copy citing the legal rule involved.
   *
   * @param provision the rule
   * @return the changed copy
   */
  public Problem withCitation(Provision provision) {
    return new Problem(code, severity, path, message, Objects.requireNonNull(provision), remedy);
  }

  /**
   * Returns a copy saying what would satisfy the rule.
   *
   * @param text what would satisfy it
   * @return the changed copy
   */
  public Problem withRemedy(String text) {
    return new Problem(code, severity, path, message, citation, Objects.requireNonNull(text));
  }

  /** @return the stable code */
  public String code() {
    return code;
  }

  /** @return the severity */
  public Severity severity() {
    return severity;
  }

  /** @return where in the case document */
  public JsonPointer path() {
    return path;
  }

  /** @return the message, in English unless a localized one was asked for */
  public String message() {
    return message;
  }

  /** @return the legal rule involved, if any */
  public Optional<Provision> citation() {
    return Optional.ofNullable(citation);
  }

  /** @return what would satisfy the rule, if said */
  public Optional<String> remedy() {
    return Optional.ofNullable(remedy);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Problem)) {
      return false;
    }
    Problem p = (Problem) o;
    return code.equals(p.code) && severity == p.severity && path.equals(p.path)
        && message.equals(p.message) && Objects.equals(citation, p.citation)
        && Objects.equals(remedy, p.remedy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, path, message, citation, remedy);
  }

  /** @return one line: {@code error PAL-V-0001 /persons/0/id: message (citation)} */
  @Override
  public String toString() {
    return severity.code() + " " + code + " " + (path.isRoot() ? "/" : path.toString()) + ": "
        + message + (citation == null ? "" : " (" + citation + ")");
  }
}
