package dev.palermo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.assessment.SmugglingDefinition;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Case;
import dev.palermo.checks.Checks;
import dev.palermo.json.NdjsonLine;
import dev.palermo.json.NdjsonWriter;
import dev.palermo.json.PalermoJson;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.testkit.SeededCases;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The whole pipeline per case, as a library and as {@code palermo report}. */
class CasePipelineTest {
  private static final Path CASES = Path.of("../examples/cases");
  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
  private static final Jurisdiction COE = Jurisdictions.byId("coe").orElseThrow();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void notATerminal() {
    Palermo.forceTerminal = false;
  }

  @AfterEach
  void reset() {
    Palermo.forceTerminal = null;
  }

  private static Case sample(String file) throws Exception {
    return PalermoJson.readCase(Files.readString(CASES.resolve(file)));
  }

  @Test
  void aValidCaseIsAssessedAndCheckedAsTheApiWouldDoIt() throws Exception {
    Case c = sample("child-harboured-prostitution.json");
    CasePipeline pipeline = CasePipeline.of(COE, AS_OF);
    CasePipeline.Result result = pipeline.process(c);

    assertThat(result.assessed()).isTrue();
    assertThat(result.caseId()).isEqualTo(c.id());
    assertThat(result.validation().isEmpty()).isTrue();
    assertThat(result.assessments()).hasSize(c.conducts().size());
    var victim = c.person(c.conducts().get(0).victim()).orElseThrow();
    assertThat(result.assessments().get(0).trafficking())
        .isEqualTo(TraffickingDefinition.assess(c.conducts().get(0), victim, COE));
    assertThat(result.assessments().get(0).smuggling())
        .isEqualTo(SmugglingDefinition.assess(c.conducts().get(0), victim));
    assertThat(result.findings()).isEqualTo(Checks.run(c, COE, AS_OF));

    ObjectNode report = pipeline.report(c);
    assertThat(report.get("case").asString()).isEqualTo(c.id());
    assertThat(report.get("status").asString()).isEqualTo("assessed");
    assertThat(report.get("jurisdiction").asString()).isEqualTo("coe");
    assertThat(report.get("asOf").asString()).isEqualTo("2025-01-01");
    assertThat(report.get("warnings").isArray()).isTrue();
    assertThat(report.at("/assessments/0/conduct").asInt()).isZero();
    assertThat(report.at("/assessments/0/trafficking/jurisdictionId").asString()).isEqualTo("coe");
    assertThat(report.at("/assessments/0/trafficking/outcome").asString()).isEqualTo("meets");
    assertThat(report.at("/assessments/0/smuggling/outcome").isMissingNode()).isFalse();
    assertThat(report.get("findings").size()).isEqualTo(result.findings().problems().size());
  }

  @Test
  void aCaseWithAValidationErrorIsNeitherAssessedNorChecked() {
    Case dangling = PalermoJson.readCase("{\"id\":\"c1\",\"persons\":[{\"id\":\"p1\"}],"
        + "\"conducts\":[{\"victim\":\"p2\"}]}");
    CasePipeline.Result result = CasePipeline.of(COE, AS_OF).process(dangling);
    assertThat(result.assessed()).isFalse();
    assertThat(result.hasFindings()).isTrue();
    assertThat(result.assessments()).isEmpty();
    assertThat(result.findings().isEmpty()).isTrue();

    ObjectNode report = CasePipeline.of(COE, AS_OF).report(dangling);
    assertThat(report.get("status").asString()).isEqualTo("invalid");
    assertThat(report.at("/problems/0/code").asString()).isEqualTo("PAL-V-0008");
    assertThat(report.at("/problems/0/path").asString()).isEqualTo("/conducts/0/victim");
    assertThat(report.has("assessments")).isFalse();
  }

  @Test
  void runStreamsNdjsonOneReportALineAndGoesOnAfterABadLine() throws Exception {
    RandomGenerator random = SeededCases.random(7);
    StringWriter corpus = new StringWriter();
    NdjsonWriter w = new NdjsonWriter(corpus);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Case c = SeededCases.caseFile(random);
      ids.add(c.id());
      w.write(c);
    }
    String input = corpus + "{\"id\": 42}\n\n" + corpus;
    List<NdjsonLine> bad = new ArrayList<>();
    StringWriter reports = new StringWriter();

    CasePipeline.Summary s = CasePipeline.of(COE, AS_OF)
        .run(new StringReader(input), reports, bad::add);

    assertThat(s.assessed() + s.invalid()).isEqualTo(80);
    assertThat(s.unreadable()).isEqualTo(1);
    assertThat(s.lines()).isEqualTo(81);
    assertThat(bad).singleElement().satisfies(l -> {
      assertThat(l.lineNumber()).isEqualTo(41);
      assertThat(l.report().problems().get(0).code()).startsWith("PAL-J-");
    });
    List<String> lines = reports.toString().lines().toList();
    assertThat(lines).hasSize(80);
    for (int i = 0; i < 80; i++) {
      JsonNode r = PalermoJson.mapper().readTree(lines.get(i));
      assertThat(r.get("case").asString()).isEqualTo(ids.get(i % 40));
      assertThat(r.get("status").asString()).isIn("assessed", "invalid");
    }
    // The same corpus gives the same reports: nothing depends on the clock.
    assertThat(lines.subList(0, 40)).isEqualTo(lines.subList(40, 80));
    long assessed = lines.stream().filter(l -> l.contains("\"status\":\"assessed\"")).count();
    assertThat(assessed).isEqualTo(s.assessed());
  }

  @Test
  void theTreeReportIsTheStreamedReportReadBack() {
    RandomGenerator random = SeededCases.random(11);
    CasePipeline pipeline = CasePipeline.of(COE, AS_OF);
    int assessed = 0;
    int invalid = 0;
    for (int i = 0; i < 300; i++) {
      Case c = i % 2 == 0 ? SeededCases.caseFile(random) : SeededCases.casesWithEvents(random);
      CasePipeline.Result result = pipeline.process(c);
      StringWriter streamed = new StringWriter();
      try (CasePipeline.LineWriter w = new CasePipeline.LineWriter(streamed)) {
        w.write(g -> pipeline.write(g, result));
      }
      assertThat(streamed.toString())
          .isEqualTo(CasePipeline.write(pipeline.toTree(result)) + "\n");
      if (result.assessed()) {
        assessed++;
      } else {
        invalid++;
      }
    }
    // Both shapes of report were compared.
    assertThat(assessed).isPositive();
    assertThat(invalid).isPositive();
  }

  @Test
  void schemaValidationIsOffByDefaultAndCanBeTurnedOn() throws Exception {
    CasePipeline plain = CasePipeline.of(Jurisdictions.PROTOCOL, AS_OF);
    assertThat(plain.schemaValidation()).isFalse();
    CasePipeline schema = plain.withSchemaValidation(true);
    assertThat(schema.schemaValidation()).isTrue();
    assertThat(schema.withSchemaValidation(true)).isSameAs(schema);

    String good = PalermoJson.write(sample("adult-no-means.json"));
    String unknownProperty = "{\"id\":\"c2\",\"colour\":\"red\"}";
    String input = good + "\n" + unknownProperty + "\n";
    List<NdjsonLine> strict = new ArrayList<>();
    List<NdjsonLine> checked = new ArrayList<>();
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    plain.run(new StringReader(input), a, strict::add);
    schema.run(new StringReader(input), b, checked::add);

    assertThat(a.toString()).isEqualTo(b.toString()).isNotEmpty();
    assertThat(strict.get(0).report().problems().get(0).code()).startsWith("PAL-J-");
    assertThat(checked.get(0).report().problems().get(0).code()).startsWith("PAL-S-");
  }

  @Test
  void theLineWriterWritesOneCompactTreeALineAndLeavesTheOutputOpen() throws Exception {
    CasePipeline pipeline = CasePipeline.of(COE, AS_OF);
    ObjectNode a = pipeline.report(sample("adult-no-means.json"));
    ObjectNode b = pipeline.report(sample("child-harboured-prostitution.json"));
    java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic
        .AtomicBoolean();
    StringWriter target = new StringWriter() {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    try (CasePipeline.LineWriter w = new CasePipeline.LineWriter(target)) {
      w.write(a);
      // Flushed at once: a reader of a pipe sees each report as it is made.
      assertThat(target.toString()).isEqualTo(CasePipeline.write(a) + "\n");
      w.write(b);
    }
    assertThat(target.toString())
        .isEqualTo(CasePipeline.write(a) + "\n" + CasePipeline.write(b) + "\n");
    assertThat(closed).isFalse();
  }

  @Test
  void reportCommandRunsThePipelinePerCase(@TempDir Path dir) throws Exception {
    assertThat(Palermo.run(new String[] {"report", "-j", "coe", "--as-of", "2025-01-01", "-f",
        "ndjson", CASES.toString()}, new PrintWriter(out, true), new PrintWriter(err, true)))
        .isIn(Palermo.OK, Palermo.FINDINGS);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(12);
    CasePipeline pipeline = CasePipeline.of(COE, AS_OF);
    Case first;
    try (var files = Files.list(CASES)) {
      first = sample(files.filter(f -> f.toString().endsWith(".json")).map(Path::getFileName)
          .map(Path::toString).sorted().findFirst().orElseThrow());
    }
    assertThat(lines.get(0)).isEqualTo(CasePipeline.write(pipeline.report(first)));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void reportCommandTableAndSchemaOption(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("batch.ndjson");
    Files.writeString(file, PalermoJson.write(sample("adult-no-means.json"))
        + "\n{\"id\":\"c2\",\"colour\":\"red\"}\n");
    Palermo.forceTerminal = true;
    assertThat(Palermo.run(new String[] {"report", "--as-of", "2025-01-01", "--schema",
        file.toString()}, new PrintWriter(out, true), new PrintWriter(err, true)))
        .isEqualTo(Palermo.FINDINGS);
    assertThat(out.toString()).startsWith("CASE").contains("adult-no-means")
        .contains("assessed").contains("DOES_NOT_MEET");
    assertThat(err.toString()).contains("batch.ndjson:2: error PAL-S-");
  }
}
