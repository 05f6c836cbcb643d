package dev.palermo.assessment;

import dev.palermo.facts.Truth;
import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * The status of one element of a definition in an assessment (DOMAIN.md §1 item 6).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ElementStatus implements Code {
  /** The facts establish the element. */
  ESTABLISHED("established", "Established"),
  /** The facts show the element is missing. */
  NOT_ESTABLISHED("not-established", "Not established"),
  /** The facts do not tell. */
  UNKNOWN("unknown", "Unknown"),
  /** The definition does not need the element for these facts (e.g. means for a child). */
  NOT_REQUIRED("not-required", "Not required");

  private final String code;
  private final String label;

  ElementStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * The status for a three-valued fact.
   *
   * @param truth whether the element holds
   * @return ESTABLISHED, NOT_ESTABLISHED or UNKNOWN
   */
  public static ElementStatus of(Truth truth) {
    return truth == Truth.TRUE ? ESTABLISHED : truth == Truth.FALSE ? NOT_ESTABLISHED : UNKNOWN;
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
