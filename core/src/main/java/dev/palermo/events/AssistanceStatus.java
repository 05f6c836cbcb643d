package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * What became of assistance (a modelling value set; refusal of care appears at seeds/000 line
 * 615).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum AssistanceStatus implements Code {
  /** Offered. */
  OFFERED("offered", "Offered"),
  /** Given. */
  GIVEN("given", "Given"),
  /** Refused by the person. */
  REFUSED_BY_PERSON("refused-by-person", "Refused by the person"),
  /** Withheld or withdrawn by the provider. */
  WITHHELD("withheld", "Withheld or withdrawn by the provider");

  private final String code;
  private final String label;

  AssistanceStatus(String code, String label) {
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
