package dev.palermo.facts;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * The state of knowledge about one fact: known true, known false, or unknown. Facts in a case
 * are often incomplete (DOMAIN.md §1 item 6), so every fact the definition reads is a
 * {@code Truth}, and the operators follow Kleene's strong three-valued logic: {@code and} is false
 * as soon as one side is false, {@code or} is true as soon as one side is true, and otherwise an
 * unknown side makes the result unknown. Learning an unknown fact can therefore only settle a
 * result, never flip a settled one.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum Truth implements Code {
  /** Known to be true. */
  TRUE("true", "Known true"),
  /** Known to be false. */
  FALSE("false", "Known false"),
  /** Not known. */
  UNKNOWN("unknown", "Unknown");

  private final String code;
  private final String label;

  Truth(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * Converts a boolean.
   *
   * @param value the value
   * @return {@link #TRUE} or {@link #FALSE}
   */
  public static Truth of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /**
   * Kleene conjunction.
   *
   * @param other the other operand
   * @return FALSE if either is FALSE, TRUE if both are TRUE, else UNKNOWN
   */
  public Truth and(Truth other) {
    if (this == FALSE || other == FALSE) {
      return FALSE;
    }
    return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
  }

  /**
   * Kleene disjunction.
   *
   * @param other the other operand
   * @return TRUE if either is TRUE, FALSE if both are FALSE, else UNKNOWN
   */
  public Truth or(Truth other) {
    if (this == TRUE || other == TRUE) {
      return TRUE;
    }
    return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
  }

  /** @return the negation; UNKNOWN stays UNKNOWN */
  public Truth not() {
    return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
  }

  /** @return true only for {@link #TRUE} */
  public boolean isTrue() {
    return this == TRUE;
  }

  /** @return true only for {@link #FALSE} */
  public boolean isFalse() {
    return this == FALSE;
  }

  /** @return true for {@link #TRUE} or {@link #FALSE} */
  public boolean isKnown() {
    return this != UNKNOWN;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Provision definedBy() {
    return Provision.of(Instrument.PALERMO_BRIEF, "1");
  }
}
