package dev.palermo.json;

import dev.palermo.facts.CountryCode;
import dev.palermo.facts.FactSet;
import dev.palermo.person.PartialDate;
import dev.palermo.person.PersonId;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module of the Palermo model. Every {@link dev.palermo.vocabulary.Code} enum is
 * written as its stable code string ({@code "threat-of-force"}) and read back strictly; every
 * model, assessment, profile and report type is written in the documented JSON form (README,
 * "JSON form") and read strictly, so that {@code mapper.readValue(json, Case.class)} works. A
 * value read through the mapper fails on the first document with problems, with a
 * {@link tools.jackson.databind.DatabindException} listing all of them; use
 * {@link PalermoReader} to get them as a {@link Report}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PalermoModule extends JacksonModule {
  /** Creates the module. */
  public PalermoModule() {}

  @Override
  public String getModuleName() {
    return "palermo";
  }

  @Override
  public Version version() {
    return new Version(0, 1, 0, "SNAPSHOT", "dev.palermo", "palermo-serialization");
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(dev.palermo.vocabulary.Code.class, CodeSerializers.serializer());
    List<Class<?>> written = new ArrayList<>(Decoder.DOCUMENT_TYPES);
    written.addAll(List.of(FactSet.class, PersonId.class, CountryCode.class));
    for (Class<?> type : written) {
      serializers.addSerializer((Class) type, StreamSerializer.INSTANCE);
    }
    serializers.addSerializer(PartialDate.class, new ValueSerializer<PartialDate>() {
      @Override
      public void serialize(PartialDate value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeString(value.toString());
      }
    });
    context.addSerializers(serializers);
    context.addDeserializers(new CodeSerializers.DeserializerFinder());
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Class<?> type : Decoder.DOCUMENT_TYPES) {
      deserializers.addDeserializer((Class) type, new TreeDeserializer<>(type));
    }
    context.addDeserializers(deserializers);
  }

  /** Writes any value straight to the generator, in its JSON form. */
  private static final class StreamSerializer extends ValueSerializer<Object> {
    static final StreamSerializer INSTANCE = new StreamSerializer();

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt)
        throws JacksonException {
      Encoder.write(gen, value);
    }
  }

  /** Reads a document type strictly, through the tree and the walker. */
  private static final class TreeDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;

    TreeDeserializer(Class<T> type) {
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      List<Problem> problems = new ArrayList<>();
      JsonNode tree = TreeBuilder.read(p, false, problems);
      if (tree != null) {
        ReadResult<T> result = PalermoReader.strict().read(tree, type);
        if (result.isValid() && problems.isEmpty()) {
          return result.value().orElseThrow();
        }
        problems.addAll(result.report().problems());
      }
      return ctxt.reportInputMismatch(type, "%s", Report.of(problems).render());
    }
  }
}
