package dev.palermo.jurisdiction;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Whom a definition protects. The Protocol covers everyone; "a trafficking law that covers ...
 * only trafficking in women [and] children, would fall short of this standard"
 * ({@code seeds/000_4ef45050c65d0a55.txt:135}). The SAARC Convention covers women and children
 * only (DOMAIN.md §3).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum PersonScope implements Code {
  /** Every person. */
  ALL_PERSONS("all-persons", "All persons"),
  /** Women and children only. */
  WOMEN_AND_CHILDREN("women-and-children", "Women and children only"),
  /** Children only. */
  CHILDREN_ONLY("children-only", "Children only");

  private final String code;
  private final String label;

  PersonScope(String code, String label) {
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
    return Provision.of(Instrument.PALERMO_BRIEF, "3");
  }
}
