package dev.palermo.jurisdiction;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * How far a definition dispenses with the means when the person is a child. The Protocol's rule
 * covers every purpose: "The recruitment, transportation, transfer, harbouring or receipt of a
 * child for the purpose of exploitation shall be considered 'trafficking in persons' even if this
 * does not involve any of the means" (TIP Protocol art. 3(c), {@code seeds/003…:64}). Some States
 * do not transpose it, or only for some purposes ({@code seeds/003…:60}; DOMAIN.md §3, United
 * States).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ChildRule implements Code {
  /** Means are not required for a child, whatever the purpose (art. 3(c)). */
  ALL_PURPOSES("all-purposes", "Means not required for a child"),
  /** Means are not required for a child only for the purposes the profile lists. */
  LISTED_PURPOSES("listed-purposes", "Means not required for a child, for listed purposes only"),
  /** The definition has no child rule: a child must be shown to have been subjected to means. */
  NONE("none", "No child rule");

  private final String code;
  private final String label;

  ChildRule(String code, String label) {
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
    return Provision.of(Instrument.TIP_PROTOCOL, "3(c)");
  }
}
