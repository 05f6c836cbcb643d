package dev.palermo.assessment;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * The elements of the smuggling of migrants, Smuggling Protocol art. 3(a)-(b) (DOMAIN.md §2).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum SmugglingElement implements Code {
  /** Someone procured the entry (art. 3(a)). */
  PROCUREMENT("procurement", "Procurement of entry", "3(a)"),
  /** The entry was illegal: borders crossed without complying with the requirements (art. 3(b)). */
  ILLEGAL_ENTRY("illegal-entry", "Illegal entry", "3(b)"),
  /** The person is not a national or permanent resident of the receiving State (art. 3(a)). */
  NOT_NATIONAL_OR_RESIDENT("not-national-or-resident",
      "Not a national or permanent resident of the receiving State", "3(a)"),
  /** In order to obtain a financial or other material benefit (art. 3(a)). */
  MATERIAL_BENEFIT("material-benefit", "Financial or other material benefit", "3(a)");

  private final String code;
  private final String label;
  private final Provision definedBy;

  SmugglingElement(String code, String label, String pinpoint) {
    this.code = code;
    this.label = label;
    this.definedBy = Provision.of(Instrument.SMUGGLING_PROTOCOL, pinpoint);
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
    return definedBy;
  }
}
