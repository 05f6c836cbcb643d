package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Risks on return that bar or condition it: persecution (Refugee Convention art. 33), torture
 * (CAT art. 3), threats to life, re-trafficking, reprisals (seeds/003 lines 194, 294; seeds/004
 * lines 374, 454-458; seeds/001 line 170).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ReturnRisk implements Code {
  /** Persecution (Refugee Convention art. 33). */
  PERSECUTION("persecution", "Persecution"),
  /** Torture or cruel, inhuman or degrading treatment (CAT art. 3). */
  TORTURE("torture", "Torture or cruel, inhuman or degrading treatment"),
  /** Threat to life. */
  THREAT_TO_LIFE("threat-to-life", "Threat to life"),
  /** Re-trafficking (seeds/003 line 294). */
  RE_TRAFFICKING("re-trafficking", "Re-trafficking"),
  /** Reprisals or intimidation (seeds/004 line 374). */
  REPRISALS("reprisals", "Reprisals or intimidation");

  private final String code;
  private final String label;

  ReturnRisk(String code, String label) {
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
    return Provision.of(Instrument.SEED_004, "454");
  }
}
