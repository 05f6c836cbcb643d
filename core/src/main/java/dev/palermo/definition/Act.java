package dev.palermo.definition;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;
import dev.palermo.vocabulary.Tier;

/**
 * The act element of the definition of trafficking in persons: what was done to the person. The
 * five {@linkplain Tier#BASELINE baseline} acts are those of the Trafficking Protocol, art. 3(a):
 * "the recruitment, transportation, transfer, harbouring or receipt of persons"
 * ({@code seeds/003_d1561a5ed447703d.txt:48}; "the five actions", line 56). The
 * {@linkplain Tier#EXTENSION extensions} are acts that jurisdiction profiles name in their own
 * definitions (DOMAIN.md §3).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum Act implements Code {
  /** Recruitment (TIP Protocol art. 3(a)). */
  RECRUITMENT("recruitment", "Recruitment", Tier.BASELINE, Instrument.TIP_PROTOCOL, "3(a)"),
  /** Transportation (TIP Protocol art. 3(a)). */
  TRANSPORTATION("transportation", "Transportation", Tier.BASELINE, Instrument.TIP_PROTOCOL,
      "3(a)"),
  /** Transfer (TIP Protocol art. 3(a)). */
  TRANSFER("transfer", "Transfer", Tier.BASELINE, Instrument.TIP_PROTOCOL, "3(a)"),
  /** Harbouring (TIP Protocol art. 3(a)). */
  HARBOURING("harbouring", "Harbouring", Tier.BASELINE, Instrument.TIP_PROTOCOL, "3(a)"),
  /** Receipt of persons (TIP Protocol art. 3(a)). */
  RECEIPT("receipt", "Receipt", Tier.BASELINE, Instrument.TIP_PROTOCOL, "3(a)"),
  /** The exchange or transfer of control over a person (EU Directive 2011/36/EU, art. 2(1)). */
  EXCHANGE_OR_TRANSFER_OF_CONTROL("exchange-or-transfer-of-control",
      "Exchange or transfer of control", Tier.EXTENSION, Instrument.EU_DIRECTIVE_2011_36, "2(1)"),
  /** Provision of a person (United States, 22 U.S.C. 7102). */
  PROVISION("provision", "Provision", Tier.EXTENSION, Instrument.US_TVPA, "7102"),
  /** Obtaining a person (United States, 22 U.S.C. 7102). */
  OBTAINING("obtaining", "Obtaining", Tier.EXTENSION, Instrument.US_TVPA, "7102"),
  /** Arranging or facilitating the travel of a person (UK Modern Slavery Act 2015, s. 2(1)). */
  ARRANGING_OR_FACILITATING_TRAVEL("arranging-or-facilitating-travel",
      "Arranging or facilitating travel", Tier.EXTENSION, Instrument.UK_MSA, "2(1)"),
  /** Selling a person (SAARC Convention, art. 1(3)). */
  SELLING("selling", "Selling", Tier.EXTENSION, Instrument.SAARC_CONVENTION, "1(3)"),
  /** Buying a person (SAARC Convention, art. 1(3)). */
  BUYING("buying", "Buying", Tier.EXTENSION, Instrument.SAARC_CONVENTION, "1(3)");

  private final String code;
  private final String label;
  private final Tier tier;
  private final Provision definedBy;

  Act(String code, String label, Tier tier, Instrument instrument, String pinpoint) {
    this.code = code;
    this.label = label;
    this.tier = tier;
    this.definedBy = Provision.of(instrument, pinpoint);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  /** @return whether the act is in the Protocol's text or an extension */
  public Tier tier() {
    return tier;
  }

  @Override
  public Provision definedBy() {
    return definedBy;
  }
}
