package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Reasons given for detaining a victim (seeds/000 lines 203-207; seeds/004 lines 383-414).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum DetentionReason implements Code {
  /** Irregular entry, stay or work. */
  IMMIGRATION_STATUS("immigration-status", "Irregular entry, stay or work"),
  /** Refusal to cooperate. */
  NON_COOPERATION("non-cooperation", "Refusal to cooperate"),
  /** To secure cooperation or testimony. */
  SECURE_TESTIMONY("secure-testimony", "To secure cooperation or testimony"),
  /** To protect the person from harm. */
  PROTECTION("protection", "To protect the person from harm"),
  /** To prepare return. */
  PREPARE_RETURN("prepare-return", "To prepare return"),
  /** A criminal charge against the person. */
  CRIMINAL_CHARGE("criminal-charge", "A criminal charge against the person"),
  /** The rules of a shelter. */
  SHELTER_POLICY("shelter-policy", "The rules of a shelter"),
  /** Another reason. */
  OTHER("other", "Another reason");

  private final String code;
  private final String label;

  DetentionReason(String code, String label) {
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
    return Provision.of(Instrument.SEED_000, "203");
  }
}
