package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * To whom a victim's identity was disclosed: privacy and identity are protected, including by
 * keeping proceedings confidential (TIP Protocol art. 6(1); seeds/004 line 547).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum IdentityDisclosure implements Code {
  /** Not disclosed. */
  NONE("none", "Not disclosed"),
  /** To the court only. */
  COURT("court", "To the court only"),
  /** To the accused and defence. */
  ACCUSED("accused", "To the accused and defence"),
  /** In public proceedings or records. */
  PUBLIC("public", "In public proceedings or records"),
  /** To the media. */
  MEDIA("media", "To the media");

  private final String code;
  private final String label;

  IdentityDisclosure(String code, String label) {
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
    return Provision.of(Instrument.TIP_PROTOCOL, "6(1)");
  }
}
