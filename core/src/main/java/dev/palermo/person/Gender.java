package dev.palermo.person;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * A person's gender as the person identifies, recorded only when the person gives it
 * (self-identification, DOMAIN.md §4 Data). The definition of the Protocol does not depend on it;
 * it matters only for definitions limited by sex (the SAARC Convention covers women and children)
 * and for safeguards.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum Gender implements Code {
  /** Female. */
  FEMALE("female", "Female"),
  /** Male. */
  MALE("male", "Male"),
  /** Another gender the person identifies with. */
  OTHER("other", "Another gender");

  private final String code;
  private final String label;

  Gender(String code, String label) {
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
    return Provision.of(Instrument.PALERMO_BRIEF, "4");
  }
}
