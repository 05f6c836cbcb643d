package dev.palermo.casefile;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Whether the person consented to the intended exploitation. Recorded, never decisive: consent is
 * irrelevant where any means was used (TIP Protocol art. 3(b)) and for a child (art. 3(c)); it
 * never turns a case with means into a non-case (DOMAIN.md §1 item 3).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum Consent implements Code {
  /** The person consented. */
  GIVEN("given", "Consent given"),
  /** The person did not consent. */
  NOT_GIVEN("not-given", "Consent not given"),
  /** Not known. */
  UNKNOWN("unknown", "Unknown");

  private final String code;
  private final String label;

  Consent(String code, String label) {
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
    return Provision.of(Instrument.TIP_PROTOCOL, "3(b)");
  }
}
