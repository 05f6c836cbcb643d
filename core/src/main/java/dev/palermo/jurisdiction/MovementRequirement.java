package dev.palermo.jurisdiction;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Whether a definition requires that the person was moved. The Protocol does not: movement and
 * transnationality are not elements (UNTOC art. 34(2); Legislative Guide paras 18-19,
 * {@code seeds/003_d1561a5ed447703d.txt:84}). Whether movement is required at all is described as
 * an outstanding debate ({@code seeds/003…:58}, 222), so a profile may require it; requiring a
 * border crossing falls short of art. 34(2).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum MovementRequirement implements Code {
  /** Movement is not an element (the Protocol). */
  NOT_REQUIRED("not-required", "Movement not required"),
  /**
   * Some movement, internal or across a border, is an element; travel that was arranged or
   * facilitated ({@link dev.palermo.definition.Act#ARRANGING_OR_FACILITATING_TRAVEL}) satisfies it
   * even before the person is moved.
   */
  ANY_MOVEMENT("any-movement", "Movement required (internal or cross-border)"),
  /** A border crossing is an element. */
  CROSS_BORDER("cross-border", "Cross-border movement required");

  private final String code;
  private final String label;

  MovementRequirement(String code, String label) {
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
    return Provision.of(Instrument.UNTOC, "34(2)");
  }
}
