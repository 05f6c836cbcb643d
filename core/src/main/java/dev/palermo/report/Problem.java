package dev.palermo.report;

import dev.palermo.law.Provision;
import java.util.List;
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
  private final List<Provision> citations;
  private final String remedy;

  private Problem(String code, Severity severity, JsonPointer path, String message,
      List<Provision> citations, String remedy) {
    this.code = code;
    this.severity = severity;
    this.path = path;
    this.message = message;
    this.citations = citations;
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
        Objects.requireNonNull(message, "message"), List.of(), null);
  }

  /**
   * Returns a copy citing the legal rule involved.
   *
   * @param provision the rule
   * @return the changed copy
   */
  public Problem withCitation(Provision provision) {
    return withCitations(List.of(Objects.requireNonNull(provision)));
  }

  /**
   * Returns a copy citing the legal rules involved, the main one first.
   *
   * @param provisions the rules
   * @return the changed copy
   */
  public Problem withCitations(List<Provision> provisions) {
    return new Problem(code, severity, path, message, List.copyOf(provisions), remedy);
  }

  /**
   * Returns a copy saying what would satisfy the rule.
   *
   * @param text what would satisfy it
   * @return the changed copy
   */
  public Problem withRemedy(String text) {
    return new Problem(code, severity, path, message, citations, Objects.requireNonNull(text));
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

  /** @return the main legal rule involved, if any: the first of {@link #citations()} */
  public Optional<Provision> citation() {
    return citations.isEmpty() ? Optional.empty() : Optional.of(citations.get(0));
  }

  /** @return every legal rule involved, the main one first; empty if none; unmodifiable */
  public List<Provision> citations() {
    return citations;
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
        && message.equals(p.message) && citations.equals(p.citations)
        && Objects.equals(remedy, p.remedy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, path, message, citations, remedy);
  }

  /** @return one line: {@code error PAL-V-0001 /persons/0/id: message (citation)} */
  @Override
  public String toString() {
    return severity.code() + " " + code + " " + (path.isRoot() ? "/" : path.toString()) + ": "
        + message + (citations.isEmpty() ? "" : " (" + citations.stream()
            .map(Provision::toString).collect(java.util.stream.Collectors.joining("; ")) + ")");
  }
}
