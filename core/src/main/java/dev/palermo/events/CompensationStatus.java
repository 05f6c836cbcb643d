package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * What became of a claim for compensation (a modelling value set; compensation must be possible,
 * TIP Protocol art. 6(6)).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum CompensationStatus implements Code {
  /** Not claimed. */
  NOT_CLAIMED("not-claimed", "Not claimed"),
  /** Pending. */
  PENDING("pending", "Pending"),
  /** Awarded. */
  AWARDED("awarded", "Awarded"),
  /** Refused. */
  REFUSED("refused", "Refused"),
  /** No procedure available. */
  NO_PROCEDURE("no-procedure", "No procedure available");

  private final String code;
  private final String label;

  CompensationStatus(String code, String label) {
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
    return Provision.of(Instrument.TIP_PROTOCOL, "6(6)");
  }
}
