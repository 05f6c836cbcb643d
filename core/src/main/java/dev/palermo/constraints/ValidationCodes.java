package dev.palermo.constraints;

/**
 * The stable codes of the validation rules, each defined here once. A code is never reused: a
 * rule that is withdrawn keeps its number retired. Every constraint of the model uses its code as
 * its message key ({@code message = "{" + ValidationCodes.DATE_SPAN_ORDERED + "}"}), so the code
 * of a violation is its message template without the braces, and the message itself comes from
 * the validation module's resource bundles (English, French, Spanish).
 *
 * <p>Has no instances; the constants are immutable.
 */
public final class ValidationCodes {
  private ValidationCodes() {}

  /** A case has an identifier: not empty or blank. */
  public static final String CASE_ID_REQUIRED = "PAL-V-0001";
  /** A case identifier is at most 128 characters long. */
  public static final String CASE_ID_LENGTH = "PAL-V-0002";
  /** A case identifier is a token (letters, digits, {@code . _ : / # -}), never free text. */
  public static final String CASE_ID_FORM = "PAL-V-0003";
  /** An assessed age lies between 0 and 130 years. */
  public static final String ASSESSED_AGE_BOUNDS = "PAL-V-0004";
  /** An age assessment's lowest age is not above its highest age. */
  public static final String ASSESSED_AGE_ORDERED = "PAL-V-0005";
  /** A date span does not end before it starts. */
  public static final String DATE_SPAN_ORDERED = "PAL-V-0006";
  /** No two persons of a case share an identifier. */
  public static final String PERSON_ID_UNIQUE = "PAL-V-0007";
  /** Every person id a case refers to is the id of a person of the case. */
  public static final String PERSON_REFERENCE_KNOWN = "PAL-V-0008";
  /** The age evidence of a person does not place the birth after the conduct began. */
  public static final String BORN_BEFORE_CONDUCT = "PAL-V-0009";
  /** A humanitarian or family motive is not recorded together with a material benefit. */
  public static final String MOTIVE_WITHOUT_BENEFIT = "PAL-V-0010";
  /** A child-specific measure is not recorded for a person who is an adult on the evidence. */
  public static final String CHILD_MEASURE_FOR_ADULT = "PAL-V-0011";

  /**
   * The code of a message template written as {@code "{PAL-V-0001}"}.
   *
   * @param messageTemplate the template of a constraint
   * @return the code, or the template unchanged if it is not of that form
   */
  public static String codeOf(String messageTemplate) {
    if (messageTemplate != null && messageTemplate.startsWith("{PAL-")
        && messageTemplate.endsWith("}")) {
      return messageTemplate.substring(1, messageTemplate.length() - 1);
    }
    return messageTemplate;
  }
}
