package dev.palermo.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.vocabulary.Code;
import dev.palermo.vocabulary.Codes;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The shipped schemas are what {@link Schemas} generates, so they cannot drift from the code:
 * this test fails when a file differs. To regenerate them:
 * {@code ./mvnw -B -q -pl serialization -am verify -Dpalermo.writeDocs=true}.
 */
class SchemaFilesTest {
  static final Path DIR = Path.of("src", "main", "resources", "dev", "palermo", "json",
      "schemas");

  @ParameterizedTest
  @EnumSource(SchemaKind.class)
  void theShippedSchemaIsUpToDate(SchemaKind kind) throws IOException {
    String expected = Schemas.generateText(kind);
    Path file = DIR.resolve(kind.fileName());
    if (Boolean.getBoolean("palermo.writeDocs")) {
      Files.createDirectories(DIR);
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertThat(file).as("%s exists (regenerate with -Dpalermo.writeDocs=true)", file).exists();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s is up to date (regenerate with -Dpalermo.writeDocs=true)", file)
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(SchemaKind.class)
  void everySchemaIsValidDraft202012(SchemaKind kind) {
    JsonNode schema = Schemas.tree(kind);
    List<Error> errors = SchemaValidation.metaSchema().validate(schema);
    assertThat(errors).isEmpty();
    assertThat(schema.get("$schema").stringValue())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").stringValue()).isEqualTo(kind.id())
        .matches("https://palermo\\.dev/schemas/[a-z]+/[0-9]+\\.[0-9]+\\.[0-9]+/[a-z]+"
            + "\\.schema\\.json");
    assertThat(schema.get("title").stringValue()).isNotBlank();
    assertThat(schema.get("description").stringValue()).isNotBlank();
  }

  @ParameterizedTest
  @EnumSource(SchemaKind.class)
  void theMetaSchemaRejectsABrokenSchema(SchemaKind kind) {
    tools.jackson.databind.node.ObjectNode broken =
        (tools.jackson.databind.node.ObjectNode) Schemas.tree(kind);
    broken.put("type", 42);
    assertThat(SchemaValidation.metaSchema().validate(broken)).isNotEmpty();
  }

  @Test
  void everyCodeSystemInASchemaIsAnEnumOfItsCodesWithItsCitations() {
    int seen = 0;
    for (SchemaKind kind : SchemaKind.values()) {
      JsonNode defs = Schemas.tree(kind).get("$defs");
      for (Class<? extends Code> system : Codes.systems()) {
        JsonNode def = defs.get(system.getSimpleName());
        if (def == null) {
          continue;
        }
        seen++;
        List<String> codes = Arrays.stream(system.getEnumConstants()).map(Code::code)
            .collect(Collectors.toList());
        List<String> inSchema = new ArrayList<>();
        def.get("enum").forEach(n -> inSchema.add(n.stringValue()));
        assertThat(inSchema).as("%s in %s", system, kind).isEqualTo(codes);
        for (Code c : system.getEnumConstants()) {
          assertThat(def.get("description").stringValue())
              .contains(c.code() + " (" + c.label() + "; " + c.definedBy() + ")");
        }
      }
    }
    assertThat(seen).isGreaterThan(20);
  }

  @Test
  void everyReferenceResolvesAndEveryDefinitionIsUsed() {
    for (SchemaKind kind : SchemaKind.values()) {
      String text = Schemas.text(kind);
      JsonNode defs = Schemas.tree(kind).get("$defs");
      for (String name : defs.propertyNames()) {
        if (kind == SchemaKind.ASSESSMENT && name.equals("SmugglingAssessment")) {
          continue;
        }
        assertThat(text).as("%s uses %s", kind, name).contains("\"#/$defs/" + name + "\"");
      }
    }
  }

  @Test
  void theEventKindsAreThoseOfEveryCaseEventType() throws Exception {
    List<String> kinds = new ArrayList<>();
    for (Class<?> c : eventClasses()) {
      // The generated Immutable* subclasses inherit KIND: only the declaring types count.
      if (CaseEvent.class.isAssignableFrom(c) && !c.isInterface()
          && !c.getSimpleName().startsWith("Immutable")) {
        kinds.add((String) c.getDeclaredField("KIND").get(null));
      }
    }
    assertThat(kinds).hasSize(Schemas.EVENT_KINDS.size())
        .containsExactlyInAnyOrderElementsOf(Schemas.EVENT_KINDS);
  }

  /** The top-level classes of {@code dev.palermo.events}, from core's directory or jar. */
  static List<Class<?>> eventClasses() throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path where = Path.of(CaseEvent.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(where)) {
      try (Stream<Path> s = Files.list(where.resolve("dev/palermo/events"))) {
        s.map(p -> p.getFileName().toString()).forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(where.toFile())) {
        jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("dev/palermo/events/")
            && n.indexOf('/', "dev/palermo/events/".length()) < 0)
            .map(n -> n.substring("dev/palermo/events/".length())).forEach(names::add);
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String n : names) {
      if (n.endsWith(".class") && !n.contains("$")) {
        classes.add(Class.forName("dev.palermo.events." + n.substring(0, n.length() - 6)));
      }
    }
    assertThat(classes).isNotEmpty();
    return classes;
  }
}
