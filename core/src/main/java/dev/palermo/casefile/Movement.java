package dev.palermo.casefile;

import dev.palermo.facts.Truth;
import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Whether the person was moved, and how far. Movement is a fact to record, not an element of the
 * Protocol's definition: trafficking can be purely domestic and need not involve movement at all
 * (UNTOC art. 34(2); Legislative Guide paras 18-19, {@code seeds/003_d1561a5ed447703d.txt:84};
 * DOMAIN.md §1 item 5). Some national definitions do require it; see the jurisdiction profiles.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum Movement implements Code {
  /** The person was not moved. */
  NONE("none", "No movement"),
  /** The person was moved within one country. */
  INTERNAL("internal", "Internal movement"),
  /** The person was moved across a border. */
  CROSS_BORDER("cross-border", "Cross-border movement"),
  /** Not known. */
  UNKNOWN("unknown", "Unknown");

  private final String code;
  private final String label;

  Movement(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** @return whether the person was moved at all */
  public Truth anyMovement() {
    return this == UNKNOWN ? Truth.UNKNOWN : Truth.of(this != NONE);
  }

  /** @return whether the person crossed a border */
  public Truth crossedBorder() {
    return this == UNKNOWN ? Truth.UNKNOWN : Truth.of(this == CROSS_BORDER);
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
