package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * How an offence charged against a victim relates to the trafficking: a direct consequence of it
 * (OHCHR RPG Principle 7), compelled by it (CoE art. 26), or compelled as a direct consequence
 * (EU art. 8) (seeds/000 lines 163-213).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum LinkToTrafficking implements Code {
  /** A direct consequence of the trafficking. */
  DIRECT_CONSEQUENCE("direct-consequence", "A direct consequence of the trafficking"),
  /** Compelled by the traffickers. */
  COMPELLED("compelled", "Compelled by the traffickers"),
  /** Compelled, as a direct consequence of the trafficking. */
  COMPELLED_AS_DIRECT_CONSEQUENCE("compelled-as-direct-consequence", "Compelled, as a direct consequence of the trafficking"),
  /** Unrelated to the trafficking. */
  UNRELATED("unrelated", "Unrelated to the trafficking"),
  /** Unknown. */
  UNKNOWN("unknown", "Unknown");

  private final String code;
  private final String label;

  LinkToTrafficking(String code, String label) {
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
    return Provision.of(Instrument.SEED_000, "183");
  }
}
