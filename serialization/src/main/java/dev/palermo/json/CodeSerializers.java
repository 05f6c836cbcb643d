package dev.palermo.json;

import dev.palermo.vocabulary.Code;
import dev.palermo.vocabulary.Codes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;

/**
 * Jackson (de)serializers that write every {@link Code} enum as its stable code string and read
 * it back, rejecting unknown codes with an error that names the code system but not the value
 * (Jackson adds the JSON path). Thread-safe; internal to {@link PalermoModule}.
 */
final class CodeSerializers {
  private CodeSerializers() {}

  /** @return the serializer of every Code */
  static ValueSerializer<Code> serializer() {
    return CodeSerializer.INSTANCE;
  }

  /** Finds a deserializer for any Code enum. */
  static final class DeserializerFinder extends Deserializers.Base {
    @Override
    public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription.Supplier beanDesc) {
      return Code.class.isAssignableFrom(type.getRawClass())
          ? new CodeDeserializer<>(type.getRawClass()) : null;
    }

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
      return valueType.isEnum() && Code.class.isAssignableFrom(valueType);
    }
  }

  private static final class CodeSerializer extends ValueSerializer<Code> {
    static final CodeSerializer INSTANCE = new CodeSerializer();

    @Override
    public void serialize(Code value, JsonGenerator gen, SerializationContext ctxt)
        throws JacksonException {
      gen.writeString(value.code());
    }
  }

  private static final class CodeDeserializer<C extends Enum<C> & Code>
      extends ValueDeserializer<C> {
    private final Class<C> type;

    @SuppressWarnings("unchecked")
    CodeDeserializer(Class<?> type) {
      this.type = (Class<C>) type;
    }

    @Override
    public C deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.reportInputMismatch(type, "a code of %s must be a string",
            type.getSimpleName());
      }
      String text = p.getString();
      // The value is not repeated: a code field may hold personal data typed in by mistake.
      return Codes.find(type, text).orElseGet(() -> ctxt.reportInputMismatch(type,
          "not a code of %s", type.getSimpleName()));
    }
  }
}
