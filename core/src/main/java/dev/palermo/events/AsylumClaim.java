package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Whether the person has claimed asylum (a modelling value set; access to asylum: seeds/004 lines
 * 296, 370).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum AsylumClaim implements Code {
  /** No claim. */
  NONE("none", "No claim"),
  /** Claim pending. */
  PENDING("pending", "Claim pending"),
  /** Recognised. */
  RECOGNISED("recognised", "Recognised"),
  /** Rejected. */
  REJECTED("rejected", "Rejected"),
  /** Unknown. */
  UNKNOWN("unknown", "Unknown");

  private final String code;
  private final String label;

  AsylumClaim(String code, String label) {
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
    return Provision.of(Instrument.SEED_004, "370");
  }
}
