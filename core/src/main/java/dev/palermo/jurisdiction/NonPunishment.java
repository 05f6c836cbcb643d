package dev.palermo.jurisdiction;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * How a jurisdiction words the non-punishment of victims for offences linked to their
 * trafficking. Formulations differ: acts that were a "direct consequence" of being trafficked,
 * acts the victim was "compelled" to commit, or both (OHCHR RPG Principle 7; CoE Convention art.
 * 26; EU Directive 2011/36/EU art. 8; ASEAN Convention art. 14(7);
 * {@code seeds/000_4ef45050c65d0a55.txt:163-213}; DOMAIN.md §4). The Trafficking Protocol itself
 * has no such clause ({@code seeds/000…:183}).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum NonPunishment implements Code {
  /** No non-punishment provision. */
  NONE("none", "No non-punishment provision"),
  /** Acts that were a direct consequence of the trafficking. */
  DIRECT_CONSEQUENCE("direct-consequence", "Direct consequence of the trafficking"),
  /** Acts the victim was compelled to commit. */
  COMPELLED("compelled", "Compelled to commit"),
  /** Acts compelled as a direct consequence: both tests together. */
  COMPELLED_AS_DIRECT_CONSEQUENCE("compelled-as-direct-consequence",
      "Compelled to commit as a direct consequence"),
  /** Acts that were either a direct consequence or compelled. */
  EITHER("either", "Direct consequence or compelled");

  private final String code;
  private final String label;

  NonPunishment(String code, String label) {
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
