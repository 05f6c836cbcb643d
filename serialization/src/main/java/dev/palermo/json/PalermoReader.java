package dev.palermo.json;

import dev.palermo.casefile.Case;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import dev.palermo.report.ReportException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;

/**
 * Reads Palermo JSON documents into model values, reporting everything wrong in a document at
 * once. Reading is in two steps: the text is parsed into a tree under the {@link JsonLimits}
 * (duplicate properties are detected here), then a walker binds the tree, tracking the JSON
 * pointer (RFC 6901) of every value. Each problem is a {@link Problem} with a {@code PAL-J} code
 * of {@link JsonProblemCode}; messages never repeat a value from the document.
 *
 * <p>Fast path: in strict mode, a case, person or conduct document given as a string is first
 * bound in one pass straight from the parser, with no tree and no pointers; the first thing out
 * of the ordinary (anything that would be a problem, or a shape the fast path does not handle)
 * abandons it, and the document is read again in the two steps above, which report the problems.
 * The result is the same either way: the fast path only makes valid documents cheaper. Streams
 * cannot be read twice and lenient mode ignores unknown properties, so both always take the two
 * steps.
 *
 * <p>{@link #strict()} (the default, {@link PalermoJson#reader()}) rejects unknown properties,
 * unknown codes, wrong types, nulls, missing required values, malformed dates, ids and country
 * codes, and duplicate keys. {@link #lenient()} differs in one point only: it ignores properties
 * the JSON form does not define, for reading documents written by other versions (migration).
 *
 * <p>Immutable and thread-safe: one reader can serve every thread.
 */
public final class PalermoReader {
  private static final PalermoReader STRICT = new PalermoReader(false, JsonLimits.defaults(),
      null);
  private static final PalermoReader LENIENT = new PalermoReader(true, JsonLimits.defaults(),
      null);
  private final boolean lenient;
  private final JsonLimits limits;
  /** The factory for non-default limits; null for the shared mapper's. */
  private final TokenStreamFactory factory;

  private PalermoReader(boolean lenient, JsonLimits limits, TokenStreamFactory factory) {
    this.lenient = lenient;
    this.limits = limits;
    this.factory = factory;
  }

  /** @return the strict reader with the default limits */
  public static PalermoReader strict() {
    return STRICT;
  }

  /** @return the lenient reader (unknown properties ignored) with the default limits */
  public static PalermoReader lenient() {
    return LENIENT;
  }

  /**
   * Returns a reader with other limits.
   *
   * @param other the limits
   * @return the reader, same mode
   */
  public PalermoReader withLimits(JsonLimits other) {
    Objects.requireNonNull(other, "limits");
    if (other.equals(JsonLimits.defaults())) {
      return lenient ? LENIENT : STRICT;
    }
    return new PalermoReader(lenient, other, JsonFactory.builder()
        .streamReadConstraints(other.toConstraints()).build());
  }

  /** @return true in lenient mode */
  public boolean isLenient() {
    return lenient;
  }

  /** @return the limits applied */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * Reads a document.
   *
   * @param <T> the type
   * @param json the document text
   * @param type the type of document: a case, person, conduct, assessment, profile, report or
   *     any type the JSON form defines (README, "JSON form")
   * @return the value or the report of every problem
   * @throws IllegalArgumentException if the type has no JSON form
   */
  public <T> ReadResult<T> read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    if (json.length() > limits.maxDocumentLength()) {
      return ReadResult.invalid(Report.of(List.of(JsonProblemCode.DOCUMENT_TOO_LONG.at(
          JsonPointer.root(), "the document is longer than the limit allows"))));
    }
    if (!lenient && StreamingBinder.supports(type)) {
      Object value;
      try (JsonParser parser = factory().createParser(json)) {
        value = StreamingBinder.read(parser, type);
      } catch (JacksonException e) {
        value = null;
      }
      if (value != null) {
        return ReadResult.valid(type.cast(value));
      }
    }
    return readThroughTree(json, type);
  }

  /**
   * Reads a document the slow way only: tree, then walker. The fast path falls back to it; tests
   * compare the two.
   */
  <T> ReadResult<T> readThroughTree(String json, Class<T> type) {
    return parseAndBind(() -> factory().createParser(json), type);
  }

  /**
   * Reads a document from a character stream, which is not closed.
   *
   * @param <T> the type
   * @param in the document
   * @param type the type of document
   * @return the value or the report of every problem
   */
  public <T> ReadResult<T> read(Reader in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    return parseAndBind(() -> factory().createParser(in), type);
  }

  /**
   * Reads a document from a byte stream (UTF-8, or UTF-16/32 detected), which is not closed.
   *
   * @param <T> the type
   * @param in the document
   * @param type the type of document
   * @return the value or the report of every problem
   */
  public <T> ReadResult<T> read(InputStream in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    return parseAndBind(() -> factory().createParser(in), type);
  }

  /**
   * Binds a tree already parsed. Duplicate properties cannot be detected in a tree: parse with
   * this reader to have them reported.
   *
   * @param <T> the type
   * @param tree the document
   * @param type the type of document
   * @return the value or the report of every problem
   */
  public <T> ReadResult<T> read(JsonNode tree, Class<T> type) {
    return bind(tree, type, new ArrayList<>());
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
   * Reads a document, throwing when it is not valid.
   *
   * @param <T> the type
   * @param json the document text
   * @param type the type of document
   * @return the value
   * @throws ReportException carrying every problem, if the document is not valid
   */
  public <T> T readOrThrow(String json, Class<T> type) {
    return read(json, type).orElseThrow();
  }

  /**
   * Reads NDJSON (one case a line) as a stream of lines, in constant memory.
   *
   * @param in the input; closed when the returned reader is closed
   * @return the reader of lines
   */
  public NdjsonReader ndjson(Reader in) {
    return new NdjsonReader(this, in);
  }

  // ---------------------------------------------------------------------------------------------

  private interface ParserSource {
    JsonParser open();
  }

  private TokenStreamFactory factory() {
    return factory != null ? factory : PalermoJson.mapper().tokenStreamFactory();
  }

  private <T> ReadResult<T> parseAndBind(ParserSource source, Class<T> type) {
    requireDocumentType(type);
    List<Problem> problems = new ArrayList<>();
    JsonNode tree;
    try (JsonParser parser = source.open()) {
      tree = TreeBuilder.read(parser, true, problems);
    } catch (JacksonException e) {
      problems.add(JsonProblemCode.READ_FAILED.at(JsonPointer.root(),
          "the input could not be read"));
      tree = null;
    }
    if (tree == null) {
      return ReadResult.invalid(Report.of(problems));
    }
    return bind(tree, type, problems);
  }

  private <T> ReadResult<T> bind(JsonNode tree, Class<T> type, List<Problem> problems) {
    requireDocumentType(type);
    T value = new Decoder(lenient, problems).document(tree, type);
    if (value == null && problems.isEmpty()) {
      problems.add(JsonProblemCode.INVALID_VALUE.at(JsonPointer.root(), "the document could "
          + "not be read"));
    }
    return problems.isEmpty() && value != null ? ReadResult.valid(value)
        : ReadResult.invalid(Report.of(problems));
  }

  private static void requireDocumentType(Class<?> type) {
    if (!Decoder.DOCUMENT_TYPES.contains(type)) {
      throw new IllegalArgumentException("no JSON form for " + type.getName());
    }
  }

  @Override
  public String toString() {
    return "PalermoReader{" + (lenient ? "lenient" : "strict") + ", " + limits + "}";
  }
}
