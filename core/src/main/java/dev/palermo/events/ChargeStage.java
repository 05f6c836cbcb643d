package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * How far the criminal justice system has gone against the person: victims should not be
 * detained, charged or prosecuted (OHCHR RPG Principle 7, seeds/004 line 88) nor punished (CoE
 * art. 26; EU art. 8).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ChargeStage implements Code {
  /** Arrest or detention. */
  ARREST("arrest", "Arrest or detention"),
  /** Charge. */
  CHARGE("charge", "Charge"),
  /** Prosecution. */
  PROSECUTION("prosecution", "Prosecution"),
  /** Penalty or conviction. */
  PENALTY("penalty", "Penalty or conviction"),
  /** Administrative sanction. */
  ADMINISTRATIVE_SANCTION("administrative-sanction", "Administrative sanction");

  private final String code;
  private final String label;

  ChargeStage(String code, String label) {
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
    return Provision.of(Instrument.OHCHR_PRINCIPLES, "Principle 7");
  }
}
