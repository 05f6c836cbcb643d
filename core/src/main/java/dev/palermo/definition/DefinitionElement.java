package dev.palermo.definition;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * The parts of a definition of trafficking in persons that an assessment reports on: the three
 * elements of TIP Protocol art. 3(a) (act, means, purpose), the child rule of art. 3(c), and the
 * two conditions some national definitions add (whom they protect, whether movement is required).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum DefinitionElement implements Code {
  /** The act (art. 3(a)). */
  ACT("act", "Act", "3(a)"),
  /** The means (art. 3(a)). */
  MEANS("means", "Means", "3(a)"),
  /** The purpose of exploitation (art. 3(a)). */
  PURPOSE("purpose", "Purpose", "3(a)"),
  /** The child rule: no means needed for a child (art. 3(c), 3(d)). */
  CHILD_RULE("child-rule", "Child rule", "3(c)"),
  /** A limit on whom the definition protects (not in the Protocol). */
  PERSON_SCOPE("person-scope", "Persons covered", "3(a)"),
  /** A movement requirement (not in the Protocol). */
  MOVEMENT("movement", "Movement", "3(a)");

  private final String code;
  private final String label;
  private final Provision definedBy;

  DefinitionElement(String code, String label, String pinpoint) {
    this.code = code;
    this.label = label;
    this.definedBy = Provision.of(Instrument.TIP_PROTOCOL, pinpoint);
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
    return definedBy;
  }
}
