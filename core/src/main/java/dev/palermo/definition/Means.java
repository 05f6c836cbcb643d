package dev.palermo.definition;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;
import dev.palermo.vocabulary.Tier;

/**
 * The means element of the definition of trafficking in persons, Trafficking Protocol art. 3(a):
 * "by means of the threat or use of force or other forms of coercion, of abduction, of fraud, of
 * deception, of the abuse of power or of a position of vulnerability or of the giving or receiving
 * of payments or benefits to achieve the consent of a person having control over another person"
 * ({@code seeds/003_d1561a5ed447703d.txt:48}, 51). Nine values, with threat of force and use of
 * force apart, and abuse of power and abuse of a position of vulnerability apart (DOMAIN.md §1).
 * Means are not required when the person is a child (art. 3(c)); once any means is used, consent
 * is irrelevant (art. 3(b)).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum Means implements Code {
  /** The threat of force. */
  THREAT_OF_FORCE("threat-of-force", "Threat of force"),
  /** The use of force. */
  USE_OF_FORCE("use-of-force", "Use of force"),
  /** Other forms of coercion. */
  OTHER_COERCION("other-coercion", "Other forms of coercion"),
  /** Abduction. */
  ABDUCTION("abduction", "Abduction"),
  /** Fraud. */
  FRAUD("fraud", "Fraud"),
  /** Deception. */
  DECEPTION("deception", "Deception"),
  /** The abuse of power. */
  ABUSE_OF_POWER("abuse-of-power", "Abuse of power"),
  /**
   * The abuse of a position of vulnerability: "a concept which had not appeared in previous
   * international legal instruments" ({@code seeds/003_d1561a5ed447703d.txt:246}).
   */
  ABUSE_OF_VULNERABILITY("abuse-of-vulnerability", "Abuse of a position of vulnerability"),
  /** Giving or receiving payments or benefits to achieve the consent of a person in control. */
  PAYMENTS_TO_PERSON_IN_CONTROL("payments-to-person-in-control",
      "Giving or receiving of payments or benefits to achieve the consent of a person having "
          + "control over another person");

  private static final Provision ART_3A = Provision.of(Instrument.TIP_PROTOCOL, "3(a)");
  private final String code;
  private final String label;

  Means(String code, String label) {
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

  /** @return {@link Tier#BASELINE}: every means is in the Protocol's text */
  public Tier tier() {
    return Tier.BASELINE;
  }

  @Override
  public Provision definedBy() {
    return ART_3A;
  }
}
