package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * The kind of penalty a sentence imposes. Sanctions must be effective, proportionate and
 * dissuasive, but mandatory minimum custodial terms, corporal punishment and the death penalty
 * may fail human rights standards (seeds/004_a416d8ba61ae2dbe.txt:727; seeds/000_4ef45050c65d0a55.txt:401);
 * neither the death penalty nor life imprisonment without possibility of release may be imposed
 * for offences committed under eighteen (CRC art. 37, seeds/004_a416d8ba61ae2dbe.txt:788).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum PenaltyKind implements Code {
  /** Deprivation of liberty for a term. */
  CUSTODY("custody", "Custodial penalty", Instrument.SEED_000, "383"),
  /** A fine or other monetary sanction (seeds/000 line 383). */
  FINE("fine", "Fine or other monetary sanction", Instrument.SEED_000, "383"),
  /** The death penalty (ICCPR art. 6(2), (5); seeds/004 line 786). */
  DEATH_PENALTY("death-penalty", "Death penalty", Instrument.SEED_004, "786"),
  /** Corporal punishment, such as caning or whipping (seeds/004 line 786). */
  CORPORAL_PUNISHMENT("corporal-punishment", "Corporal punishment", Instrument.SEED_004, "786"),
  /** Life imprisonment without possibility of release (CRC art. 37; seeds/004 line 788). */
  LIFE_WITHOUT_RELEASE("life-without-release", "Life imprisonment without possibility of release",
      Instrument.SEED_004, "788"),
  /** Another penalty (e.g. closure of an establishment, a ban on an activity; seeds/000 line 399). */
  OTHER("other", "Another penalty", Instrument.SEED_000, "399");

  private final String code;
  private final String label;
  private final Provision definedBy;

  PenaltyKind(String code, String label, Instrument instrument, String pinpoint) {
    this.code = code;
    this.label = label;
    this.definedBy = Provision.of(instrument, pinpoint);
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
    return definedBy;
  }
}
