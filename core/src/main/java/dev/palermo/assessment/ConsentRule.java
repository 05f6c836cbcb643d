package dev.palermo.assessment;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Which rule on consent an assessment applied. Consent never decides an outcome: it is irrelevant
 * once any means is used (TIP Protocol art. 3(b)) or when the person is a child (art. 3(c)); and
 * where neither holds, the outcome rests on the missing means, not on the consent (DOMAIN.md §1
 * item 3).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ConsentRule implements Code {
  /** Consent is irrelevant because means were used (art. 3(b)). */
  IRRELEVANT_MEANS_USED("irrelevant-means-used", "Irrelevant: means were used", "3(b)"),
  /** Consent is irrelevant because the person was a child (art. 3(c)). */
  IRRELEVANT_CHILD("irrelevant-child", "Irrelevant: the person was a child", "3(c)"),
  /** Consent is irrelevant because the definition has no means element. */
  IRRELEVANT_NO_MEANS_ELEMENT("irrelevant-no-means-element",
      "Irrelevant: the definition has no means element", "3(b)"),
  /** Consent is not an element; the outcome turns on whether means were used. */
  NOT_DECISIVE("not-decisive", "Not decisive: the outcome turns on the means", "3(b)");

  private final String code;
  private final String label;
  private final Provision definedBy;

  ConsentRule(String code, String label, String pinpoint) {
    this.code = code;
    this.label = label;
    this.definedBy = Provision.of(Instrument.TIP_PROTOCOL, pinpoint);
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
