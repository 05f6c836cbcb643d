package dev.palermo.assessment;

import dev.palermo.law.Provision;
import java.util.Objects;

/**
 * One step of the explanation of an assessment: which rule was applied (a stable id such as
 * {@code act} or {@code consent}), what it found in words a person can read, and the provision
 * it applies. Every step carries a citation. The text never contains personal data: it speaks of
 * "the person" and of codes, dates of conduct and ages, never names or dates of birth.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExplanationStep {
  private final String rule;
  private final String text;
  private final Provision citation;

  private ExplanationStep(String rule, String text, Provision citation) {
    this.rule = rule;
    this.text = text;
    this.citation = citation;
  }

  /**
   * A step.
   *
   * @param rule stable rule id
   * @param text readable finding
   * @param citation the provision applied
   * @return the step
   */
  public static ExplanationStep of(String rule, String text, Provision citation) {
    return new ExplanationStep(Objects.requireNonNull(rule, "rule"),
        Objects.requireNonNull(text, "text"), Objects.requireNonNull(citation, "citation"));
  }

  /** @return the stable id of the rule applied */
  public String rule() {
    return rule;
  }

  /** @return the finding, in English */
  public String text() {
    return text;
  }

  /** @return the provision applied */
  public Provision citation() {
    return citation;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExplanationStep && ((ExplanationStep) o).rule.equals(rule)
        && ((ExplanationStep) o).text.equals(text)
        && ((ExplanationStep) o).citation.equals(citation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, text, citation);
  }

  /** @return e.g. {@code [act] Act established: recruitment. (TIP Protocol art. 3(a))} */
  @Override
  public String toString() {
    return "[" + rule + "] " + text + " (" + citation + ")";
  }
}
