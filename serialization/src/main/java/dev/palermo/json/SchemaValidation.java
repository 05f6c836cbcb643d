package dev.palermo.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Validates documents against the bundled JSON Schemas (draft 2020-12, {@link SchemaKind}) with
 * the networknt validator: format assertions on ({@code date}, {@code json-pointer}), schemas
 * resolved from the class path only (remote {@code $ref} loading off: only the Palermo
 * {@code $id}s and the draft 2020-12 meta-schemas, bundled in the validator, can be loaded), one
 * schema registry per process, configured once. Each error becomes a {@link Problem} with a
 * {@code PAL-S} code of {@link SchemaProblemCode} and the JSON pointer of the value (for a
 * missing property, of the property), joining the same {@link Report} as reading and validation.
 *
 * <pre>{@code
 * Report r = SchemaValidation.validate(tree, SchemaKind.CASE);
 * r.render();      // "error PAL-S-0001 /persons/0/name: ..." one per line
 * }</pre>
 *
 * <p>To validate and then bind, use {@link SchemaValidatingReader}.
 *
 * <p>Stateless and thread-safe; has no instances.
 */
public final class SchemaValidation {
  private static final String META_PREFIX = "https://json-schema.org/draft/2020-12/";

  private SchemaValidation() {}

  private static final class Holder {
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12, b -> b
            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build())
            .schemaLoader(l -> l
                .fetchRemoteResources(false)
                .allow(iri -> iri.toString().startsWith(SchemaKind.BASE)
                    || iri.toString().startsWith(META_PREFIX)))
            .schemas(id -> SchemaKind.byId(id).map(Schemas::text).orElse(null)));
    static final Map<SchemaKind, Schema> SCHEMAS = load();

    private static Map<SchemaKind, Schema> load() {
      Map<SchemaKind, Schema> m = new EnumMap<>(SchemaKind.class);
      for (SchemaKind k : SchemaKind.values()) {
        Schema s = REGISTRY.getSchema(SchemaLocation.of(k.id()));
        s.initializeValidators();
        m.put(k, s);
      }
      return m;
    }
  }

  /** @return the process-wide registry (class path only, format assertions on) */
  static SchemaRegistry registry() {
    return Holder.REGISTRY;
  }

  /** @return the draft 2020-12 meta-schema, from the validator's bundled copy */
  static Schema metaSchema() {
    return Holder.REGISTRY.getSchema(SchemaLocation.of(Schemas.DIALECT));
  }

  /**
   * Validates a document tree against a schema.
   *
   * @param document the document
   * @param kind which schema
   * @return every problem found; empty when the document conforms
   */
  public static Report validate(JsonNode document, SchemaKind kind) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(kind, "kind");
    return toReport(Holder.SCHEMAS.get(kind).validate(document));
  }

  /**
   * Parses a document under the default {@link JsonLimits} (duplicate properties reported) and
   * validates it against a schema.
   *
   * @param json the document text
   * @param kind which schema
   * @return every problem found: a syntax error or exceeded limit alone, else duplicate
   *     properties and schema violations; empty when the document conforms
   */
  public static Report validate(String json, SchemaKind kind) {
    Objects.requireNonNull(json, "json");
    List<Problem> problems = new ArrayList<>();
    JsonNode tree = parse(json, JsonLimits.defaults(), problems);
    if (tree == null) {
      return Report.of(problems);
    }
    return Report.of(problems).and(validate(tree, kind));
  }

  /**
   * The parser factory for some limits: for the default limits the one of the shared mapper,
   * built once (a factory built per document allocated about 12 KB, more than the parse itself);
   * for other limits a new one.
   */
  private static TokenStreamFactory factory(JsonLimits limits) {
    return limits.equals(JsonLimits.defaults()) ? PalermoJson.mapper().tokenStreamFactory()
        : tools.jackson.core.json.JsonFactory.builder()
            .streamReadConstraints(limits.toConstraints()).build();
  }

  /** Parses under limits; null when the text cannot be read (the problem is added). */
  static JsonNode parse(String json, JsonLimits limits, List<Problem> problems) {
    if (json.length() > limits.maxDocumentLength()) {
      problems.add(JsonProblemCode.DOCUMENT_TOO_LONG.at(JsonPointer.root(),
          "the document is longer than the limit allows"));
      return null;
    }
    try (JsonParser parser = factory(limits).createParser(json)) {
      return TreeBuilder.read(parser, true, problems);
    } catch (JacksonException e) {
      problems.add(JsonProblemCode.READ_FAILED.at(JsonPointer.root(),
          "the input could not be read"));
      return null;
    }
  }

  /**
   * The problems of the errors, in order, one per code and place: a value that fails two
   * alternatives of the schema (e.g. an instrument that is neither a string nor an object) is
   * reported once, and a property already reported is not also reported as unknown (the
   * cascade of {@code unevaluatedProperties} after a failed branch).
   */
  static Report toReport(List<Error> errors) {
    List<Problem> all = new ArrayList<>();
    for (Error e : errors) {
      all.add(problem(e));
    }
    Set<String> seen = new LinkedHashSet<>();
    Set<JsonPointer> places = new LinkedHashSet<>();
    for (Problem p : all) {
      if (p.code().equals(SchemaProblemCode.UNKNOWN_PROPERTY.code())) {
        continue;
      }
      places.add(p.path());
    }
    List<Problem> out = new ArrayList<>();
    for (Problem p : all) {
      boolean unknown = p.code().equals(SchemaProblemCode.UNKNOWN_PROPERTY.code());
      if ((unknown && places.contains(p.path())) || !seen.add(p.code() + " " + p.path())) {
        continue;
      }
      out.add(p);
    }
    return Report.of(out);
  }

  private static Problem problem(Error e) {
    String keyword = e.getKeyword();
    SchemaProblemCode code = SchemaProblemCode.forKeyword(keyword);
    JsonPointer at = pointer(e.getInstanceLocation());
    String property = e.getProperty();
    if (property != null && (code == SchemaProblemCode.MISSING_PROPERTY
        || code == SchemaProblemCode.UNKNOWN_PROPERTY || "propertyNames".equals(keyword))
        && !endsWith(at, property)) {
      at = at.child(property);
    }
    JsonNode expected = e.getSchemaNode();
    switch (code) {
      case UNKNOWN_PROPERTY:
        return code.at(at, "the schema does not define this property")
            .withRemedy("remove it");
      case MISSING_PROPERTY:
        return code.at(at, "the property is required");
      case WRONG_TYPE:
        return code.at(at, "expected a value of type " + describe(expected, "type"));
      case UNKNOWN_CODE: {
        JsonNode values = keywordValue(expected, "enum");
        Problem p = code.at(at, "propertyNames".equals(keyword)
            ? "the property name is not a code the schema allows"
            : "not one of the values the schema allows");
        if (values != null && values.isArray() && values.size() <= 40) {
          p = p.withRemedy("use one of: " + StreamSupport.stream(values.spliterator(), false)
              .map(JsonNode::asString).collect(Collectors.joining(", ")));
        }
        return p;
      }
      case MALFORMED_VALUE:
        return code.at(at, "expected a value of format " + describe(expected, "format"));
      case PATTERN_MISMATCH:
        return code.at(at, "expected a string matching " + describe(expected, "pattern"));
      case OUT_OF_RANGE:
        return code.at(at, "out of range: " + keyword + " " + describe(expected, keyword));
      case DUPLICATE_VALUE:
        return code.at(at, "the array lists a value more than once");
      default:
        return code.at(at, "the value does not satisfy the schema's " + keyword);
    }
  }

  private static JsonNode keywordValue(JsonNode schemaNode, String keyword) {
    if (schemaNode == null) {
      return null;
    }
    // The validator gives the keyword's value; a whole schema object is looked into.
    if (schemaNode.isObject() && schemaNode.has(keyword)) {
      return schemaNode.get(keyword);
    }
    return schemaNode.isObject() ? null : schemaNode;
  }

  private static String describe(JsonNode schemaNode, String keyword) {
    JsonNode v = keywordValue(schemaNode, keyword);
    if (v == null) {
      return "(see the schema)";
    }
    return v.isString() ? v.stringValue() : v.toString();
  }

  private static boolean endsWith(JsonPointer at, String property) {
    return at.toString().endsWith("/" + property.replace("~", "~0").replace("/", "~1"));
  }

  static JsonPointer pointer(NodePath path) {
    JsonPointer p = JsonPointer.root();
    if (path == null) {
      return p;
    }
    for (int i = 0; i < path.getNameCount(); i++) {
      p = p.child(path.getElement(i));
    }
    return p;
  }
}
