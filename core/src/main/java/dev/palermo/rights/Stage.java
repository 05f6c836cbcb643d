package dev.palermo.rights;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * The stage of a case a right, obligation or safeguard applies to (issue "Victims' rights":
 * identification, assistance, detention, residence, return, proceedings, compensation, data).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum Stage implements Code {
  /** Identifying victims and presumed victims. */
  IDENTIFICATION("identification", "Identification"),
  /** Assistance and protection. */
  ASSISTANCE("assistance", "Assistance"),
  /** Detention, shelters and deprivation of liberty. */
  DETENTION("detention", "Detention"),
  /** Residence: reflection period and permits. */
  RESIDENCE("residence", "Residence"),
  /** Return and repatriation. */
  RETURN("return", "Return"),
  /** Criminal and other proceedings. */
  PROCEEDINGS("proceedings", "Proceedings"),
  /** Compensation and remedies. */
  COMPENSATION("compensation", "Compensation"),
  /** Personal data, privacy and confidentiality. */
  DATA("data", "Data and privacy");

  private final String code;
  private final String label;

  Stage(String code, String label) {
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
