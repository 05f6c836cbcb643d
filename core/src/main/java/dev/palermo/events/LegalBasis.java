package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * The legal basis of a detention: detention not provided for in law, or contrary to law, is
 * unlawful (seeds/004 line 410).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum LegalBasis implements Code {
  /** A statute. */
  STATUTE("statute", "A statute"),
  /** A court order. */
  COURT_ORDER("court-order", "A court order"),
  /** An administrative order. */
  ADMINISTRATIVE_ORDER("administrative-order", "An administrative order"),
  /** No legal basis. */
  NONE("none", "No legal basis");

  private final String code;
  private final String label;

  LegalBasis(String code, String label) {
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
    return Provision.of(Instrument.SEED_004, "410");
  }
}
