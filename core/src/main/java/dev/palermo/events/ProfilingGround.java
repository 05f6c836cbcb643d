package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Grounds that must not decide whether a person is screened or identified as a victim: no
 * profiling by sex, nationality, route or sector (seeds/004 lines 258-262).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ProfilingGround implements Code {
  /** Sex. */
  SEX("sex", "Sex"),
  /** Nationality. */
  NATIONALITY("nationality", "Nationality"),
  /** Route of travel. */
  ROUTE("route", "Route of travel"),
  /** Sector of work. */
  SECTOR("sector", "Sector of work");

  private final String code;
  private final String label;

  ProfilingGround(String code, String label) {
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
    return Provision.of(Instrument.SEED_004, "260");
  }
}
