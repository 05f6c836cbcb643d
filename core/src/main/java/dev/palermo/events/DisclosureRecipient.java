package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Who received a victim's identifying data (seeds/004 lines 547, 572; seeds/001 line 148).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum DisclosureRecipient implements Code {
  /** The media. */
  MEDIA("media", "The media"),
  /** The public. */
  PUBLIC("public", "The public"),
  /** A foreign authority. */
  FOREIGN_AUTHORITY("foreign-authority", "A foreign authority"),
  /** Another agency. */
  OTHER_AGENCY("other-agency", "Another agency");

  private final String code;
  private final String label;

  DisclosureRecipient(String code, String label) {
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
    return Provision.of(Instrument.SEED_004, "547");
  }
}
