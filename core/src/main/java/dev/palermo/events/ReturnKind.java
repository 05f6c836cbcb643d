package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Kinds of return decision (seeds/001 lines 170, 280; seeds/003 line 276; seeds/004 line 456).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ReturnKind implements Code {
  /** Voluntary return or repatriation. */
  VOLUNTARY_RETURN("voluntary-return", "Voluntary return or repatriation"),
  /** Deportation or expulsion. */
  DEPORTATION("deportation", "Deportation or expulsion"),
  /** Extradition. */
  EXTRADITION("extradition", "Extradition");

  private final String code;
  private final String label;

  ReturnKind(String code, String label) {
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
    return Provision.of(Instrument.TIP_PROTOCOL, "8");
  }
}
