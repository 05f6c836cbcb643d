package dev.palermo.rights;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Whom a provision protects (DOMAIN.md §4).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum Beneficiary implements Code {
  /** Victims of trafficking. */
  VICTIM("victim", "Victims"),
  /** Persons who may be victims, before or during identification. */
  PRESUMED_VICTIM("presumed-victim", "Presumed victims"),
  /** Children, and persons presumed to be children. */
  CHILD("child", "Children"),
  /** Smuggled migrants. */
  SMUGGLED_MIGRANT("smuggled-migrant", "Smuggled migrants"),
  /** Suspects and defendants. */
  SUSPECT("suspect", "Suspects and defendants"),
  /** Every person. */
  EVERYONE("everyone", "Every person");

  private final String code;
  private final String label;

  Beneficiary(String code, String label) {
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
    return Provision.of(Instrument.PALERMO_BRIEF, "4");
  }
}
