package dev.palermo.json;

import dev.palermo.casefile.Case;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.TokenBuffer;

/**
 * The entry point of the JSON mapping: the process-wide mapper, configured once with
 * {@link PalermoModule} and the default {@link JsonLimits}, writing in the documented JSON form
 * (README, "JSON form"), and the strict and lenient readers. Jackson mappers are expensive to
 * build and thread-safe to share: there is one mapper (and one factory) per process. Values are
 * written straight to a Jackson generator, with no tree in between ({@link #toTree} builds the
 * tree only when asked for).
 *
 * <pre>{@code
 * String json = PalermoJson.write(someCase);
 * ReadResult<Case> read = PalermoJson.reader().readCase(json);   // never throws on bad input
 * Case c = PalermoJson.readCase(json);                           // throws ReportException
 * }</pre>
 *
 * <p>Stateless and thread-safe; has no instances.
 */
public final class PalermoJson {
  private PalermoJson() {}

  private static final class Holder {
    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(JsonLimits.defaults().toConstraints()).build())
        .addModule(new PalermoModule())
        .build();
    static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
  }

  /** @return the shared mapper: writes every model type; reads through {@link PalermoModule} */
  public static JsonMapper mapper() {
    return Holder.MAPPER;
  }

  /** @return the strict reader with the default limits */
  public static PalermoReader reader() {
    return PalermoReader.strict();
  }

  /**
   * Writes a value in its JSON form, compact.
   *
   * @param value a case, person, conduct, assessment, profile, report or any type with a JSON form
   * @return the JSON text
   * @throws IllegalArgumentException if the type has no JSON form
   */
  public static String write(Object value) {
    return write(value, false);
  }

  /**
   * Writes a value in its JSON form, indented for people.
   *
   * @param value the value
   * @return the JSON text
   */
  public static String writePretty(Object value) {
    return write(value, true);
  }

  /**
   * The JSON form of a value as a tree.
   *
   * @param value the value
   * @return a fresh tree the caller may change
   */
  public static JsonNode toTree(Object value) {
    Encoder.requireForm(value);
    try (TokenBuffer tokens = TokenBuffer.forGeneration()) {
      Encoder.write(tokens, value);
      return mapper().readTree(tokens);
    }
  }

  /**
   * Writes a value to a string through a generator of the shared mapper, the way the mapper's
   * own {@code writeValueAsString} does (recycled buffers), but calling {@link Encoder} directly:
   * no serializer lookup, and an {@link IllegalArgumentException} is not wrapped.
   */
  private static String write(Object value, boolean pretty) {
    Encoder.requireForm(value);
    BufferRecycler recycler = mapper().tokenStreamFactory()._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
      try (JsonGenerator g = pretty ? Holder.PRETTY.createGenerator(out)
          : mapper().createGenerator(out)) {
        Encoder.write(g, value);
      }
      return out.getAndClear();
    } finally {
      recycler.releaseToPool();
    }
  }

  /**
   * Reads a case document strictly, throwing on any problem.
   *
   * @param json the document
   * @return the case
   * @throws dev.palermo.report.ReportException carrying every problem found
   */
  public static Case readCase(String json) {
    return reader().readOrThrow(json, Case.class);
  }
}
