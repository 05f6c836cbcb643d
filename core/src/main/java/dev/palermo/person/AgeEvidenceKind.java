package dev.palermo.person;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * The kinds of age evidence (DOMAIN.md §5). Immutable and thread-safe (an enum).
 */
public enum AgeEvidenceKind implements Code {
  /** A date of birth, exact or partial. */
  DATE_OF_BIRTH("date-of-birth", "Date of birth"),
  /** An age assessment: a range, with its method and date. */
  ASSESSMENT("assessment", "Age assessment"),
  /** Nothing is known of the age. */
  UNKNOWN("unknown", "Unknown age");

  private final String code;
  private final String label;

  AgeEvidenceKind(String code, String label) {
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
