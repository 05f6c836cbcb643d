package dev.palermo.person;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * How an age was assessed. The sources give no standard list of methods (catalogue-004 §0.4: only
 * the presumption of minority, {@code seeds/004_a416d8ba61ae2dbe.txt:282}); these values describe
 * the evidence and carry no legal weight of their own.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum AgeAssessmentMethod implements Code {
  /** Identity or civil-status documents. */
  DOCUMENTS("documents", "Documents"),
  /** The person's own statement. */
  SELF_DECLARATION("self-declaration", "Self-declaration"),
  /** An interview by trained staff. */
  INTERVIEW("interview", "Interview"),
  /** A physical or medical examination. */
  MEDICAL("medical", "Physical or medical examination"),
  /** A multidisciplinary assessment. */
  MULTIDISCIPLINARY("multidisciplinary", "Multidisciplinary assessment"),
  /** Another method. */
  OTHER("other", "Other method");

  private final String code;
  private final String label;

  AgeAssessmentMethod(String code, String label) {
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
    return Provision.of(Instrument.PALERMO_BRIEF, "5");
  }
}
