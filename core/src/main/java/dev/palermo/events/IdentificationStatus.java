package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Where a person stands in identification as a victim of trafficking. A person who may be a
 * victim is treated as one until screened out (seeds/004 line 266); a recovery and reflection
 * period is due on reasonable grounds (CoE Convention art. 13, seeds/001 line 270).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum IdentificationStatus implements Code {
  /** Not yet screened (seeds/004 line 266). */
  NOT_SCREENED("not-screened", "Not yet screened"),
  /** Possible victim (seeds/004 lines 100, 266). */
  POSSIBLE_VICTIM("possible-victim", "Possible victim"),
  /** Reasonable grounds to believe the person is a victim (CoE art. 13, seeds/001 line 270). */
  REASONABLE_GROUNDS("reasonable-grounds", "Reasonable grounds to believe the person is a victim"),
  /** Identified as a victim (seeds/003 line 210). */
  IDENTIFIED("identified", "Identified as a victim"),
  /** Screened out: not a victim (seeds/004 line 266). */
  NOT_A_VICTIM("not-a-victim", "Screened out: not a victim");

  private final String code;
  private final String label;

  IdentificationStatus(String code, String label) {
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
    return Provision.of(Instrument.SEED_004, "266");
  }
}
