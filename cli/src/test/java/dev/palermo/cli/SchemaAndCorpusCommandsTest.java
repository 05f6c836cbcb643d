package dev.palermo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.json.PalermoJson;
import dev.palermo.json.SchemaKind;
import dev.palermo.json.SchemaValidation;
import dev.palermo.json.Schemas;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** {@code palermo schema} and the hidden {@code palermo corpus}, run in-process. */
class SchemaAndCorpusCommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Palermo.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @ParameterizedTest
  @EnumSource(SchemaKind.class)
  void printsTheShippedSchema(SchemaKind kind) {
    assertThat(run("schema", kind.schemaName())).isEqualTo(Palermo.OK);
    assertThat(out.toString()).isEqualTo(Schemas.text(kind));
    JsonNode schema = PalermoJson.mapper().readTree(out.toString());
    assertThat(schema.get("$id").stringValue()).isEqualTo(kind.id());
    assertThat(schema.get("$schema").stringValue())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void withoutANameListsTheSchemasAndTheirIds() {
    assertThat(run("schema")).isEqualTo(Palermo.OK);
    assertThat(out.toString()).contains(
        "https://palermo.dev/schemas/case/1.0.0/case.schema.json",
        "https://palermo.dev/schemas/profile/1.0.0/profile.schema.json",
        "https://palermo.dev/schemas/assessment/1.0.0/assessment.schema.json",
        "https://palermo.dev/schemas/report/1.0.0/report.schema.json");
  }

  @Test
  void anUnknownSchemaIsAUsageError() {
    assertThat(run("schema", "person")).isEqualTo(Palermo.USAGE);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).startsWith("palermo: no schema 'person'")
        .doesNotContain("Exception");
    assertThat(run("schema", "case", "report")).isEqualTo(Palermo.USAGE);
  }

  @Test
  void schemaHasHelpAndIsListed() {
    assertThat(run("--help")).isEqualTo(Palermo.OK);
    assertThat(out.toString()).contains("schema").doesNotContain("corpus");
    assertThat(run("schema", "--help")).isEqualTo(Palermo.OK);
    assertThat(out.toString()).contains("Usage: palermo schema");
  }

  @Test
  void theCorpusIsNdjsonOfValidCasesAndDependsOnlyOnTheSeed() {
    assertThat(run("corpus", "--count", "25", "--seed", "7")).isEqualTo(Palermo.OK);
    String first = out.toString();
    List<String> lines = first.lines().collect(Collectors.toList());
    assertThat(lines).hasSize(25);
    for (String line : lines) {
      assertThat(PalermoJson.reader().readCase(line).report().problems()).isEmpty();
      assertThat(SchemaValidation.validate(line, SchemaKind.CASE).problems()).isEmpty();
    }
    out.getBuffer().setLength(0);
    assertThat(run("corpus", "-n", "25", "-s", "7")).isEqualTo(Palermo.OK);
    assertThat(out.toString()).isEqualTo(first);
    out.getBuffer().setLength(0);
    assertThat(run("corpus", "-n", "25", "-s", "8")).isEqualTo(Palermo.OK);
    assertThat(out.toString()).isNotEqualTo(first);
  }

  @Test
  void theCorpusRejectsANegativeCount() {
    assertThat(run("corpus", "--count", "-1")).isEqualTo(Palermo.USAGE);
    assertThat(err.toString()).contains("--count");
    assertThat(run("corpus", "--count", "many")).isEqualTo(Palermo.USAGE);
  }
}
