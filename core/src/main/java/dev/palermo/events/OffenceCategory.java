package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Categories of offence with which victims are charged for their status or for acts linked to
 * their trafficking (seeds/000 line 165; seeds/004 lines 80-90).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum OffenceCategory implements Code {
  /** Illegal entry, stay or work. */
  IMMIGRATION("immigration", "Illegal entry, stay or work"),
  /** Prostitution or soliciting. */
  PROSTITUTION("prostitution", "Prostitution or soliciting"),
  /** Begging. */
  BEGGING("begging", "Begging"),
  /** False or forged documents. */
  FALSE_DOCUMENTS("false-documents", "False or forged documents"),
  /** Drug offences. */
  DRUGS("drugs", "Drug offences"),
  /** Labour-law violations. */
  LABOUR("labour", "Labour-law violations"),
  /** Having been the object of smuggling (Smuggling Protocol art. 5). */
  HAVING_BEEN_SMUGGLED("having-been-smuggled", "Having been the object of smuggling"),
  /** Another offence. */
  OTHER("other", "Another offence");

  private final String code;
  private final String label;

  OffenceCategory(String code, String label) {
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
    return Provision.of(Instrument.SEED_000, "165");
  }
}
