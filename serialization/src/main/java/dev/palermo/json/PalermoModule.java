package dev.palermo.json;

import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module of the Palermo model. For now it maps the code systems: every
 * {@link dev.palermo.vocabulary.Code} enum is written as its stable code string
 * ({@code "threat-of-force"}) and read back strictly. Immutable and thread-safe.
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
  public void setupModule(SetupContext context) {
    tools.jackson.databind.module.SimpleSerializers serializers =
        new tools.jackson.databind.module.SimpleSerializers();
    serializers.addSerializer(dev.palermo.vocabulary.Code.class, CodeSerializers.serializer());
    context.addSerializers(serializers);
    context.addDeserializers(new CodeSerializers.DeserializerFinder());
  }
}
