package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Measures protecting victims and witnesses in proceedings: video-link testimony, closed
 * hearings, concealment of identity, screens, pre-trial depositions (seeds/000 lines 265, 617;
 * seeds/004 lines 593-595).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ProtectiveMeasure implements Code {
  /** Testimony by video link. */
  VIDEO_LINK("video-link", "Testimony by video link"),
  /** Closed hearing. */
  CLOSED_HEARING("closed-hearing", "Closed hearing"),
  /** Identity concealed. */
  IDENTITY_CONCEALED("identity-concealed", "Identity concealed"),
  /** Screen in the courtroom. */
  SCREEN("screen", "Screen in the courtroom"),
  /** Pre-trial deposition. */
  PRE_TRIAL_DEPOSITION("pre-trial-deposition", "Pre-trial deposition"),
  /** Other measure. */
  OTHER("other", "Other measure");

  private final String code;
  private final String label;

  ProtectiveMeasure(String code, String label) {
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
    return Provision.of(Instrument.SEED_000, "265");
  }
}
