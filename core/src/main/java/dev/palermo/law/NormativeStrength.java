package dev.palermo.law;

import dev.palermo.vocabulary.Code;

/**
 * How strongly a provision binds, as set out in the legal brief (DOMAIN.md §6). The strength of a
 * provision, together with whether a jurisdiction is bound by its instrument, decides how serious
 * a finding is: the same fact can be a violation in one State and a recommendation in another.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum NormativeStrength implements Code {
  /** A binding treaty obligation ("shall"), for a State bound by that treaty. */
  BINDING("binding", "Binding treaty obligation"),
  /** Hortatory treaty language: "endeavour", "consider", "in appropriate cases", "preferably". */
  HORTATORY("hortatory", "Hortatory treaty language"),
  /** A customary or peremptory norm (non-refoulement, prohibition of torture): binds every State. */
  CUSTOMARY("customary", "Customary or peremptory norm"),
  /** Soft law and guidance: OHCHR Recommended Principles and Guidelines, UNODC guides, resolutions. */
  SOFT_LAW("soft-law", "Soft law or guidance"),
  /** Jurisprudence, e.g. ECtHR Rantsev v. Cyprus and Russia (2010). */
  JURISPRUDENCE("jurisprudence", "Jurisprudence"),
  /** An emerging or contested norm, flagged as such. */
  EMERGING("emerging", "Emerging or contested norm");

  private final String code;
  private final String label;

  NormativeStrength(String code, String label) {
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

  /** The brief that defines these categories. */
  @Override
  public Provision definedBy() {
    return Provision.of(Instrument.PALERMO_BRIEF, "6");
  }
}
