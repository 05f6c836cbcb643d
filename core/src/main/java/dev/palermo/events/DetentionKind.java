package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Kinds of deprivation of liberty and restriction of movement of victims (seeds/000 line 205;
 * seeds/004 lines 368, 381, 410-414).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum DetentionKind implements Code {
  /** Public detention facility. */
  DETENTION_FACILITY("detention-facility", "Public detention facility"),
  /** Locked or closed shelter. */
  CLOSED_SHELTER("closed-shelter", "Locked or closed shelter"),
  /** Immigration detention. */
  IMMIGRATION_DETENTION("immigration-detention", "Immigration detention"),
  /** Police custody. */
  POLICE_CUSTODY("police-custody", "Police custody"),
  /** Prison. */
  PRISON("prison", "Prison"),
  /** Other restriction of movement. */
  MOVEMENT_RESTRICTION("movement-restriction", "Other restriction of movement");

  private final String code;
  private final String label;

  DetentionKind(String code, String label) {
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
    return Provision.of(Instrument.SEED_000, "205");
  }
}
