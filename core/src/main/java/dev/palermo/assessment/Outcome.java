package dev.palermo.assessment;

import dev.palermo.facts.Truth;
import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * The outcome of assessing facts against a definition: three-valued, because facts are often
 * incomplete (DOMAIN.md §1 item 6). An {@link #INDETERMINATE} outcome says which elements are
 * open; learning them can only settle it, never reverse a settled outcome.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum Outcome implements Code {
  /** The facts meet the definition. */
  MEETS("meets", "Meets the definition"),
  /** The facts do not meet the definition. */
  DOES_NOT_MEET("does-not-meet", "Does not meet the definition"),
  /** The facts known do not decide it. */
  INDETERMINATE("indeterminate", "Indeterminate");

  private final String code;
  private final String label;

  Outcome(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * The outcome for a three-valued result.
   *
   * @param truth whether the definition is met
   * @return MEETS, DOES_NOT_MEET or INDETERMINATE
   */
  public static Outcome of(Truth truth) {
    return truth == Truth.TRUE ? MEETS : truth == Truth.FALSE ? DOES_NOT_MEET : INDETERMINATE;
  }

  /** @return the outcome as a three-valued truth */
  public Truth truth() {
    return this == MEETS ? Truth.TRUE : this == DOES_NOT_MEET ? Truth.FALSE : Truth.UNKNOWN;
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
