package dev.palermo.json;

import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;

/**
 * The stable codes of the problems found while reading JSON, {@code PAL-J-0001} onwards. Each code
 * is defined here once and never reused for another meaning: a retired code stays in this enum,
 * deprecated. Every problem is an {@link Severity#ERROR} (the document cannot be read) and names
 * its place with a JSON pointer (RFC 6901). Messages never repeat a value from the document,
 * only codes, property names and pointers.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum JsonProblemCode {
  /** The text is not well-formed JSON (syntax error, empty input, content after the end). */
  MALFORMED_JSON("PAL-J-0001", "not well-formed JSON"),
  /** The document is longer than {@link JsonLimits#maxDocumentLength()}. */
  DOCUMENT_TOO_LONG("PAL-J-0002", "document too long"),
  /** Objects and arrays are nested deeper than {@link JsonLimits#maxNestingDepth()}. */
  NESTING_TOO_DEEP("PAL-J-0003", "nesting too deep"),
  /** A string is longer than {@link JsonLimits#maxStringLength()}. */
  STRING_TOO_LONG("PAL-J-0004", "string too long"),
  /** A number has more characters than {@link JsonLimits#maxNumberLength()}. */
  NUMBER_TOO_LONG("PAL-J-0005", "number too long"),
  /** A property name is longer than {@link JsonLimits#maxNameLength()}. */
  NAME_TOO_LONG("PAL-J-0006", "property name too long"),
  /** An object has the same property twice. */
  DUPLICATE_PROPERTY("PAL-J-0007", "duplicate property"),
  /** A property the JSON form does not define (an error in strict mode, ignored in lenient). */
  UNKNOWN_PROPERTY("PAL-J-0008", "unknown property"),
  /** A required property is missing. */
  MISSING_PROPERTY("PAL-J-0009", "missing required property"),
  /** A value of the wrong JSON type (e.g. a number where a string is expected). */
  WRONG_TYPE("PAL-J-0010", "wrong type"),
  /** An explicit {@code null}: absent values are left out, never written as null. */
  NULL_VALUE("PAL-J-0011", "null value"),
  /** A string that is not a code of the expected code system. */
  UNKNOWN_CODE("PAL-J-0012", "unknown code"),
  /** A date that is not ISO-8601 ({@code yyyy-MM-dd}, or a partial date where allowed). */
  MALFORMED_DATE("PAL-J-0013", "malformed date"),
  /** A person id that is not of the allowed form (see {@code PersonId}). */
  MALFORMED_PERSON_ID("PAL-J-0014", "malformed person id"),
  /** A country code that is not an assigned ISO 3166-1 alpha-2 code. */
  MALFORMED_COUNTRY_CODE("PAL-J-0015", "malformed country code"),
  /** A provision pinpoint that is blank or whose brackets do not match. */
  MALFORMED_PINPOINT("PAL-J-0016", "malformed pinpoint"),
  /** An instrument code that is not built in (user instruments are written as objects). */
  UNKNOWN_INSTRUMENT("PAL-J-0017", "unknown instrument"),
  /** A set or fact set that lists the same value twice. */
  DUPLICATE_VALUE("PAL-J-0018", "duplicate value"),
  /** A number that is not an integer, or out of range. */
  NUMBER_OUT_OF_RANGE("PAL-J-0019", "number out of range"),
  /** A case event of a kind the SDK does not know. */
  UNKNOWN_EVENT_KIND("PAL-J-0020", "unknown event kind"),
  /** A value the model rejects as a whole (e.g. versions of a jurisdiction that mix ids). */
  INVALID_VALUE("PAL-J-0021", "invalid value"),
  /** The input could not be read (an I/O error). */
  READ_FAILED("PAL-J-0022", "input could not be read");

  private final String code;
  private final String title;

  JsonProblemCode(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /** @return the stable code, e.g. {@code PAL-J-0008} */
  public String code() {
    return code;
  }

  /** @return a short title, e.g. "unknown property" */
  public String title() {
    return title;
  }

  /**
   * A problem with this code.
   *
   * @param path where in the document
   * @param message what is wrong, without any value from the document
   * @return the problem, severity {@link Severity#ERROR}
   */
  public Problem at(JsonPointer path, String message) {
    return Problem.of(code, Severity.ERROR, path, message);
  }
}
