package dev.palermo.law;

import dev.palermo.vocabulary.Code;

/**
 * What kind of text an {@link Instrument} is. The kind gives the default normative strength of
 * its provisions (DOMAIN.md §6): treaties bind their parties, guidance does not bind anyone.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum InstrumentKind implements Code {
  /** A universal treaty (UN, ILO). */
  TREATY("treaty", "Universal treaty", NormativeStrength.BINDING),
  /** A regional treaty (Council of Europe, ASEAN, SAARC). */
  REGIONAL_TREATY("regional-treaty", "Regional treaty", NormativeStrength.BINDING),
  /** European Union legislation (directives). */
  EU_LAW("eu-law", "European Union law", NormativeStrength.BINDING),
  /** A State's own statute. */
  NATIONAL_LAW("national-law", "National law", NormativeStrength.BINDING),
  /** Customary international law, binding every State. */
  CUSTOMARY_LAW("customary-law", "Customary international law", NormativeStrength.CUSTOMARY),
  /** Guidance, principles, model laws and interpretative material. */
  GUIDANCE("guidance", "Guidance and soft law", NormativeStrength.SOFT_LAW),
  /** A source document of this project (the legal brief or a seed paper). */
  SOURCE_DOCUMENT("source-document", "Source document", NormativeStrength.SOFT_LAW);

  private final String code;
  private final String label;
  private final NormativeStrength defaultStrength;

  InstrumentKind(String code, String label, NormativeStrength defaultStrength) {
    this.code = code;
    this.label = label;
    this.defaultStrength = defaultStrength;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * The strength a provision of this kind of instrument has unless the provision says otherwise
   * (hortatory wording in a treaty, for example).
   *
   * @return the default strength, never null
   */
  public NormativeStrength defaultStrength() {
    return defaultStrength;
  }

  @Override
  public Provision definedBy() {
    return Provision.of(Instrument.PALERMO_BRIEF, "6");
  }
}
