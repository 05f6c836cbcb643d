package dev.palermo.state;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * The corruption-related offences that the UN Convention against Corruption requires States
 * Parties to establish, as the seed lists them: "bribery, abuse of functions; and 'obstruction of
 * justice' (defined as the use of corrupt or coercive means to interfere with potential witnesses
 * or to interfere with the actions of judicial and law enforcement officials)"
 * (seeds/000_4ef45050c65d0a55.txt:447). The seed says "including", so the list is not closed;
 * only these three are encoded.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum CorruptionOffence implements Code {
  /** Bribery. */
  BRIBERY("bribery", "Bribery"),
  /** Abuse of functions. */
  ABUSE_OF_FUNCTIONS("abuse-of-functions", "Abuse of functions"),
  /**
   * Obstruction of justice: corrupt or coercive means used to interfere with potential witnesses
   * or with the actions of judicial and law enforcement officials.
   */
  OBSTRUCTION_OF_JUSTICE("obstruction-of-justice", "Obstruction of justice");

  private final String code;
  private final String label;

  CorruptionOffence(String code, String label) {
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
    return Provision.of(Instrument.SEED_000, "447");
  }
}
