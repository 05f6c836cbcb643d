package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * The steps of asset recovery: "(i) investigative measures to trace the assets in question; (ii)
 * preventive measures to immobilize the assets identified as related to the crime in question
 * (freezing, seizing); and (iii) confiscation, return and disposal"
 * (seeds/000_4ef45050c65d0a55.txt:469; UNTOC arts. 12-14, seeds/000_4ef45050c65d0a55.txt:473).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum AssetRecoveryStep implements Code {
  /** Tracing the assets. */
  TRACE("trace", "Trace"),
  /** Freezing or seizing the assets. */
  FREEZE_OR_SEIZE("freeze-or-seize", "Freeze or seize"),
  /** Confiscation. */
  CONFISCATE("confiscate", "Confiscate"),
  /** Return or disposal of confiscated proceeds or property. */
  RETURN_OR_DISPOSE("return-or-dispose", "Return or dispose");

  private final String code;
  private final String label;

  AssetRecoveryStep(String code, String label) {
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
    return Provision.of(Instrument.SEED_000, "469");
  }
}
