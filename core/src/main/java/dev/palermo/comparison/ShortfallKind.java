package dev.palermo.comparison;

import dev.palermo.law.Instrument;
import dev.palermo.law.NormativeStrength;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * The ways a national or regional definition can fall short of the Trafficking Protocol's floor.
 * A definition may go further than the Protocol but must not drop a baseline act, means or
 * purpose, the child rule, or the coverage of women, men and children: "a trafficking law that
 * covers only trafficking into sexual exploitation, or only trafficking in women [and] children,
 * would fall short of this standard" ({@code seeds/000_4ef45050c65d0a55.txt:135}).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ShortfallKind implements Code {
  /** A baseline act is missing. */
  MISSING_ACT("missing-act", "Missing act", Instrument.TIP_PROTOCOL, "3(a)",
      NormativeStrength.BINDING),
  /** A baseline means is missing while means are required. */
  MISSING_MEANS("missing-means", "Missing means", Instrument.TIP_PROTOCOL, "3(a)",
      NormativeStrength.BINDING),
  /** A baseline purpose is not covered. */
  MISSING_PURPOSE("missing-purpose", "Missing purpose", Instrument.TIP_PROTOCOL, "3(a)",
      NormativeStrength.BINDING),
  /** Only sexual exploitation is covered. */
  LIMITED_TO_SEXUAL_EXPLOITATION("limited-to-sexual-exploitation",
      "Limited to sexual exploitation", Instrument.TIP_PROTOCOL, "3(a)",
      NormativeStrength.BINDING),
  /** No child rule: means are required for children too. */
  NO_CHILD_RULE("no-child-rule", "No child rule", Instrument.TIP_PROTOCOL, "3(c)",
      NormativeStrength.BINDING),
  /** The child rule covers only some purposes. */
  CHILD_RULE_LIMITED("child-rule-limited", "Child rule limited to some purposes",
      Instrument.TIP_PROTOCOL, "3(c)", NormativeStrength.BINDING),
  /** The child age is below 18. */
  CHILD_AGE_BELOW_18("child-age-below-18", "Child age below 18", Instrument.TIP_PROTOCOL,
      "3(d)", NormativeStrength.BINDING),
  /** The definition protects only women (and children). */
  LIMITED_BY_SEX("limited-by-sex", "Limited by sex", Instrument.TIP_PROTOCOL, "3(a)",
      NormativeStrength.BINDING),
  /** The definition protects only children. */
  LIMITED_BY_AGE("limited-by-age", "Limited by age", Instrument.TIP_PROTOCOL, "3(a)",
      NormativeStrength.BINDING),
  /** A border crossing is required: the offence must cover purely domestic cases. */
  CROSS_BORDER_REQUIRED("cross-border-required", "Cross-border movement required",
      Instrument.UNTOC, "34(2)", NormativeStrength.BINDING),
  /**
   * Movement is required. Whether the definition requires movement is an outstanding debate
   * ({@code seeds/003_d1561a5ed447703d.txt:58}, 222): reported as contested.
   */
  MOVEMENT_REQUIRED("movement-required", "Movement required", Instrument.TIP_PROTOCOL, "3(a)",
      NormativeStrength.EMERGING),
  /** The smuggling offence drops the financial or other material benefit (DOMAIN.md §2). */
  SMUGGLING_BENEFIT_DROPPED("smuggling-benefit-dropped",
      "Smuggling offence without the benefit element", Instrument.SMUGGLING_PROTOCOL, "3(a)",
      NormativeStrength.BINDING);

  private final String code;
  private final String label;
  private final Provision definedBy;
  private final NormativeStrength strength;

  ShortfallKind(String code, String label, Instrument instrument, String pinpoint,
      NormativeStrength strength) {
    this.code = code;
    this.label = label;
    this.definedBy = Provision.of(instrument, pinpoint);
    this.strength = strength;
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

  /** @return how firmly the Protocol floor requires the missing coverage */
  public NormativeStrength strength() {
    return strength;
  }
}
