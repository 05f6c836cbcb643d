package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * The grounds of UNTOC art. 16(14): there is no obligation to extradite where the requested State
 * has substantial grounds for believing that the request was made to prosecute or punish a person
 * on account of that person's race, sex, religion, nationality, ethnic origin or political
 * opinions, or that complying would prejudice the person's position for any of these reasons
 * (quoted at seeds/000_4ef45050c65d0a55.txt:545).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum DiscriminationGround implements Code {
  /** Race. */
  RACE("race", "Race"),
  /** Sex. */
  SEX("sex", "Sex"),
  /** Religion. */
  RELIGION("religion", "Religion"),
  /** Nationality. */
  NATIONALITY("nationality", "Nationality"),
  /** Ethnic origin. */
  ETHNIC_ORIGIN("ethnic-origin", "Ethnic origin"),
  /** Political opinions. */
  POLITICAL_OPINIONS("political-opinions", "Political opinions");

  private final String code;
  private final String label;

  DiscriminationGround(String code, String label) {
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
    return Provision.of(Instrument.UNTOC, "16(14)");
  }
}
