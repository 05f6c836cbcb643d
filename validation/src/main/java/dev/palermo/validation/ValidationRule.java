package dev.palermo.validation;

import dev.palermo.constraints.ValidationCodes;
import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The validation rules of a case, one per stable code: what each checks, where in the case
 * document it reports (JSON pointers, {@code *} standing for any array index), and the legal
 * provision involved where there is one. The codes themselves are defined once, in
 * {@link ValidationCodes}; the messages are in the resource bundle
 * {@code dev/palermo/validation/messages} (English, French, Spanish). The table
 * {@code docs/VALIDATION.md} is generated from this enum.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ValidationRule {
  /** {@code PAL-V-0001}: the case id is required. */
  CASE_ID_REQUIRED(ValidationCodes.CASE_ID_REQUIRED,
      "The case id is present and not blank.", null, "/id"),
  /** {@code PAL-V-0002}: the case id is at most 128 characters. */
  CASE_ID_LENGTH(ValidationCodes.CASE_ID_LENGTH,
      "The case id is at most 128 characters long.", null, "/id"),
  /** {@code PAL-V-0003}: the case id is a token, not free text. */
  CASE_ID_FORM(ValidationCodes.CASE_ID_FORM,
      "The case id holds only letters, digits and `. _ : / # -`: a token chosen by the case"
          + " system, never a name or other free text.",
      Provision.of(Instrument.TIP_PROTOCOL, "6(1)"), "/id"),
  /** {@code PAL-V-0004}: an assessed age lies in 0..130. */
  ASSESSED_AGE_BOUNDS(ValidationCodes.ASSESSED_AGE_BOUNDS,
      "Each bound of an age assessment lies between 0 and 130 years.", null,
      "/persons/*/ageEvidence/minAge", "/persons/*/ageEvidence/maxAge"),
  /** {@code PAL-V-0005}: an age assessment's minimum is not above its maximum. */
  ASSESSED_AGE_ORDERED(ValidationCodes.ASSESSED_AGE_ORDERED,
      "An age assessment's lowest age is not above its highest age (the range is the evidence"
          + " the child rule reads).",
      Provision.of(Instrument.TIP_PROTOCOL, "3(d)"), "/persons/*/ageEvidence/maxAge"),
  /** {@code PAL-V-0006}: a date span does not end before it starts. */
  DATE_SPAN_ORDERED(ValidationCodes.DATE_SPAN_ORDERED,
      "A date span (a conduct's period, an act record's date, when an event happened: a "
          + "detention, a reflection period, a residence permit) does not end before it starts.",
      null, "/conducts/*/period/end", "/conducts/*/actRecords/*/when/end", "/events/*/when/end"),
  /** {@code PAL-V-0007}: person ids are unique within a case. */
  PERSON_ID_UNIQUE(ValidationCodes.PERSON_ID_UNIQUE,
      "No two persons of a case share an id; each repetition after the first is reported.", null,
      "/persons/*/id"),
  /** {@code PAL-V-0008}: every person reference names a person of the case. */
  PERSON_REFERENCE_KNOWN(ValidationCodes.PERSON_REFERENCE_KNOWN,
      "Every person id the case refers to (victim, perpetrators, the doers of an act, the person"
          + " of an event) is the id of a person of the case.", null,
      "/conducts/*/victim", "/conducts/*/perpetrators/*", "/conducts/*/actRecords/*/by/*",
      "/events/*/person"),
  /** {@code PAL-V-0009}: no one named in a conduct was born after it began. */
  BORN_BEFORE_CONDUCT(ValidationCodes.BORN_BEFORE_CONDUCT,
      "The age evidence (date of birth, or an assessment's oldest age) of a person named in a"
          + " conduct does not place the birth after the first day of that conduct: the age at"
          + " the time of the conduct decides the child rule.",
      Provision.of(Instrument.TIP_PROTOCOL, "3(d)"), "/persons/*/ageEvidence"),
  /** {@code PAL-V-0010}: no humanitarian or family motive with a material benefit. */
  MOTIVE_WITHOUT_BENEFIT(ValidationCodes.MOTIVE_WITHOUT_BENEFIT,
      "A humanitarian or family motive is not recorded for smuggling facts whose financial or"
          + " other material benefit is known true (interpretative notes A/55/383/Add.1 para 88).",
      Provision.of(Instrument.SMUGGLING_PROTOCOL, "3(a)"), "/conducts/*/smuggling/motive"),
  /** {@code PAL-V-0011}: no child-specific measure for a person who is an adult. */
  CHILD_MEASURE_FOR_ADULT(ValidationCodes.CHILD_MEASURE_FOR_ADULT,
      "A child-specific measure (a guardian's appointment, the protections of a child in "
          + "proceedings) is not recorded for a person every age of whose evidence is 18 or more "
          + "on the day of the measure; a person of uncertain age may be a child.",
      Provision.of(Instrument.OPSC, "8(1)"), "/events/*/person"),
  /**
   * {@code PAL-V-0000}: a constraint that carries no Palermo code (one a user or a future event
   * type declares with its own message). Its message is the provider's.
   */
  UNCLASSIFIED("PAL-V-0000",
      "A constraint declared without a Palermo code; its message is the one it declares.", null,
      "(any)");

  private final String code;
  private final String checks;
  private final Provision citation;
  private final List<String> paths;

  ValidationRule(String code, String checks, Provision citation, String... paths) {
    this.code = code;
    this.checks = checks;
    this.citation = citation;
    this.paths = List.of(paths);
  }

  /** @return the stable code, e.g. {@code PAL-V-0006} */
  public String code() {
    return code;
  }

  /** @return what the rule checks, in English */
  public String checks() {
    return checks;
  }

  /** @return the legal provision involved, if any */
  public Optional<Provision> citation() {
    return Optional.ofNullable(citation);
  }

  /**
   * The places the rule reports on, as JSON pointer patterns ({@code *} is any array index).
   *
   * @return the patterns; unmodifiable
   */
  public List<String> paths() {
    return paths;
  }

  /**
   * Whether a pointer is one of this rule's {@link #paths()}.
   *
   * @param pointer the pointer text
   * @return true if some pattern matches it
   */
  public boolean reportsAt(String pointer) {
    return paths.stream().anyMatch(p -> p.equals("(any)")
        || pointer.matches(p.replace("*", "\\d+")));
  }

  /**
   * The rule of a code.
   *
   * @param code e.g. {@code PAL-V-0006}
   * @return the rule, or empty if no rule has that code
   */
  public static Optional<ValidationRule> byCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
