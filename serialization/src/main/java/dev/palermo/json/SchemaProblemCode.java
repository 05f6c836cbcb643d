package dev.palermo.json;

import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;

/**
 * The stable codes of the problems found by validating a document against its JSON Schema
 * ({@link SchemaValidation}), {@code PAL-S-0001} onwards. Each code is defined here once and
 * never reused for another meaning. Every problem is an {@link Severity#ERROR} and names the
 * place in the document with a JSON pointer (RFC 6901); messages never repeat a value of the
 * document, only what the schema expects.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum SchemaProblemCode {
  /** A property the schema does not define ({@code additionalProperties},
   *  {@code unevaluatedProperties}). */
  UNKNOWN_PROPERTY("PAL-S-0001", "unknown property"),
  /** A required property is missing ({@code required}); the pointer names the property. */
  MISSING_PROPERTY("PAL-S-0002", "missing required property"),
  /** A value of the wrong JSON type ({@code type}). */
  WRONG_TYPE("PAL-S-0003", "wrong type"),
  /** A string that is not a value of the code system or list ({@code enum}, {@code const}),
   *  or a property name that is not a code ({@code propertyNames}). */
  UNKNOWN_CODE("PAL-S-0004", "unknown code"),
  /** A string not of the required format ({@code format}: a date, a JSON pointer). */
  MALFORMED_VALUE("PAL-S-0005", "malformed value"),
  /** A string not of the required form ({@code pattern}: a person id, a country code...). */
  PATTERN_MISMATCH("PAL-S-0006", "value not of the required form"),
  /** A number, string or array out of its bounds ({@code minimum}, {@code minLength}...). */
  OUT_OF_RANGE("PAL-S-0007", "out of range"),
  /** An array that lists the same value twice ({@code uniqueItems}). */
  DUPLICATE_VALUE("PAL-S-0008", "duplicate value"),
  /** Any other violation of the schema. */
  SCHEMA_VIOLATION("PAL-S-0009", "schema violation");

  private final String code;
  private final String title;

  SchemaProblemCode(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /** @return the stable code, e.g. {@code PAL-S-0001} */
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

  /**
   * The code of a JSON Schema keyword.
   *
   * @param keyword the keyword that failed, e.g. {@code required}
   * @return its code; {@link #SCHEMA_VIOLATION} for any keyword not listed above
   */
  public static SchemaProblemCode forKeyword(String keyword) {
    if (keyword == null) {
      return SCHEMA_VIOLATION;
    }
    switch (keyword) {
      case "additionalProperties":
      case "unevaluatedProperties":
        return UNKNOWN_PROPERTY;
      case "required":
        return MISSING_PROPERTY;
      case "type":
        return WRONG_TYPE;
      case "enum":
      case "const":
      case "propertyNames":
        return UNKNOWN_CODE;
      case "format":
        return MALFORMED_VALUE;
      case "pattern":
        return PATTERN_MISMATCH;
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
      case "minLength":
      case "maxLength":
      case "minItems":
      case "maxItems":
        return OUT_OF_RANGE;
      case "uniqueItems":
        return DUPLICATE_VALUE;
      default:
        return SCHEMA_VIOLATION;
    }
  }
}
