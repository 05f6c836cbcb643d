package dev.palermo.json;

import dev.palermo.casefile.Case;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Reads a top-level document (case, profile, assessment, report) in three steps: parse under the
 * {@link JsonLimits} (duplicate properties reported), validate against the document's JSON
 * Schema ({@link SchemaValidation}), and only when the document conforms bind it with the
 * strict {@link PalermoReader} (which adds the checks a schema cannot express, e.g. assigned
 * country codes, real calendar dates). Every problem, {@code PAL-J} or {@code PAL-S}, joins one
 * {@link Report}.
 *
 * <pre>{@code
 * ReadResult<Case> r = SchemaValidatingReader.strict().readCase(json);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SchemaValidatingReader {
  private static final SchemaValidatingReader STRICT =
      new SchemaValidatingReader(JsonLimits.defaults());
  private final JsonLimits limits;

  private SchemaValidatingReader(JsonLimits limits) {
    this.limits = limits;
  }

  /** @return the reader with the default limits */
  public static SchemaValidatingReader strict() {
    return STRICT;
  }

  /**
   * Returns a reader with other limits.
   *
   * @param other the limits
   * @return the reader
   */
  public SchemaValidatingReader withLimits(JsonLimits other) {
    Objects.requireNonNull(other, "limits");
    return other.equals(limits) ? this : new SchemaValidatingReader(other);
  }

  /**
   * Reads a document.
   *
   * @param <T> the type
   * @param json the document text
   * @param type {@code Case}, {@code JurisdictionProfile}, {@code DefinitionAssessment} or
   *     {@code Report}: a type with a schema ({@link SchemaKind#type()})
   * @return the value or the report of every problem
   * @throws IllegalArgumentException if the type has no schema
   */
  public <T> ReadResult<T> read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    SchemaKind kind = SchemaKind.forType(type).orElseThrow(() ->
        new IllegalArgumentException("no JSON Schema for " + type.getName()));
    List<Problem> problems = new ArrayList<>();
    JsonNode tree = SchemaValidation.parse(json, limits, problems);
    if (tree == null) {
      return ReadResult.invalid(Report.of(problems));
    }
    Report schema = SchemaValidation.validate(tree, kind);
    if (!schema.isEmpty()) {
      return ReadResult.invalid(Report.of(problems).and(schema));
    }
    ReadResult<T> bound = PalermoReader.strict().withLimits(limits).read(tree, type);
    if (problems.isEmpty()) {
      return bound;
    }
    return ReadResult.invalid(Report.of(problems).and(bound.report()));
  }

  /**
   * Reads a case document.
   *
   * @param json the document text
   * @return the case or the report of every problem
   */
  public ReadResult<Case> readCase(String json) {
    return read(json, Case.class);
  }

  /**
   * Reads NDJSON (one case a line) as a stream of lines, in constant memory, each line checked
   * against the case schema before it is bound, as {@link #readCase(String)} does.
   *
   * @param in the input; closed when the returned reader is closed
   * @return the reader of lines
   */
  public NdjsonReader ndjson(Reader in) {
    return new NdjsonReader(limits, this::readCase, in);
  }
}
