package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Why compensation was refused: return or immigration status must not bar it (seeds/001 lines
 * 198-200).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum CompensationRefusal implements Code {
  /** The person had returned or left the country. */
  RETURNED("returned", "The person had returned or left the country"),
  /** Immigration status. */
  IMMIGRATION_STATUS("immigration-status", "Immigration status"),
  /** Another reason. */
  OTHER("other", "Another reason");

  private final String code;
  private final String label;

  CompensationRefusal(String code, String label) {
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
    return Provision.of(Instrument.SEED_001, "200");
  }
}
