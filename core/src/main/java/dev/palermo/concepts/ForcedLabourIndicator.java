package dev.palermo.concepts;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * ILO's eleven indicators of forced labour, as listed in the legal brief (DOMAIN.md §1). They are
 * diagnostic indicators, soft law, not legal elements: their presence supports the purpose of
 * forced labour ({@link RelatedConcept#FORCED_LABOUR}) but does not by itself establish it. No
 * seed lists them; the brief does not name its source document.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ForcedLabourIndicator implements Code {
  /** Abuse of vulnerability. */
  ABUSE_OF_VULNERABILITY("abuse-of-vulnerability", "Abuse of vulnerability"),
  /** Deception. */
  DECEPTION("deception", "Deception"),
  /** Restriction of movement. */
  RESTRICTION_OF_MOVEMENT("restriction-of-movement", "Restriction of movement"),
  /** Isolation. */
  ISOLATION("isolation", "Isolation"),
  /** Physical and sexual violence. */
  PHYSICAL_AND_SEXUAL_VIOLENCE("physical-and-sexual-violence", "Physical and sexual violence"),
  /** Intimidation and threats. */
  INTIMIDATION_AND_THREATS("intimidation-and-threats", "Intimidation and threats"),
  /** Retention of identity documents. */
  RETENTION_OF_IDENTITY_DOCUMENTS("retention-of-identity-documents",
      "Retention of identity documents"),
  /** Withholding of wages. */
  WITHHOLDING_OF_WAGES("withholding-of-wages", "Withholding of wages"),
  /** Debt bondage. */
  DEBT_BONDAGE("debt-bondage", "Debt bondage"),
  /** Abusive working and living conditions. */
  ABUSIVE_WORKING_AND_LIVING_CONDITIONS("abusive-working-and-living-conditions",
      "Abusive working and living conditions"),
  /** Excessive overtime. */
  EXCESSIVE_OVERTIME("excessive-overtime", "Excessive overtime");

  private static final Provision SOURCE = Provision.of(Instrument.PALERMO_BRIEF, "1");
  private final String code;
  private final String label;

  ForcedLabourIndicator(String code, String label) {
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

  /** @return DOMAIN.md §1, which lists the indicators */
  @Override
  public Provision definedBy() {
    return SOURCE;
  }
}
