package dev.palermo.smuggling;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Why someone helped a migrant across a border without seeking a benefit. The financial or other
 * material benefit is an element of smuggling: help given for humanitarian reasons or on the basis
 * of close family ties is not smuggling (interpretative notes A/55/383/Add.1 para 88,
 * {@code seeds/004_a416d8ba61ae2dbe.txt:64-76}).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum AssistanceMotive implements Code {
  /** Humanitarian reasons. */
  HUMANITARIAN("humanitarian", "Humanitarian reasons"),
  /** Close family ties. */
  CLOSE_FAMILY_TIES("close-family-ties", "Close family ties");

  private final String code;
  private final String label;

  AssistanceMotive(String code, String label) {
    this.code = code;
    this.label = label;
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
    return Provision.of(Instrument.INTERPRETATIVE_NOTES, "88");
  }
}
