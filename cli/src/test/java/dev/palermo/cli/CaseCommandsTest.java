package dev.palermo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.json.PalermoJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** assess, validate and check run in-process over files: output formats and exit codes. */
class CaseCommandsTest {
  private static final String CASES = "../examples/cases";
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

  private int run(String... args) {
    return Palermo.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void assessesTheBundledSamplesSideBySideAsJson() {
    assertThat(run("assess", "-j", "tip-protocol", "-j", "us", CASES)).isEqualTo(Palermo.OK);
    JsonNode results = PalermoJson.mapper().readTree(out.toString());
    assertThat(results.size()).isEqualTo(12);
    JsonNode usChild = null;
    for (JsonNode r : results) {
      if (r.get("case").asString().equals("child-forced-labour-us")) {
        usChild = r;
      }
    }
    // DOMAIN.md §3: the US under-18 rule covers sex trafficking only.
    assertThat(usChild.at("/trafficking/tip-protocol/outcome").asString()).isEqualTo("meets");
    assertThat(usChild.at("/trafficking/us/outcome").asString()).isEqualTo("does-not-meet");
    assertThat(usChild.at("/smuggling/outcome").asString()).isNotEmpty();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aTableOnATerminal() {
    Palermo.forceTerminal = true;
    assertThat(run("assess", CASES + "/adult-no-means.json")).isEqualTo(Palermo.OK);
    assertThat(out.toString()).startsWith("CASE").contains("adult-no-means")
        .contains("tip-protocol@2000  DOES_NOT_MEET").contains("means=not-established");
  }

  @Test
  void anInvalidDocumentIsReportedWithItsPointersAndExitCodeOne() {
    assertThat(run("assess", CASES + "/invalid/invalid-case.json", CASES + "/adult-no-means.json"))
        .isEqualTo(Palermo.FINDINGS);
    assertThat(err.toString()).contains("invalid-case.json: error PAL-J-")
        .contains("/conducts/0/consent").doesNotContain("Ama").doesNotContain("\tat ");
    // The valid document after it is still assessed.
    assertThat(PalermoJson.mapper().readTree(out.toString()).size()).isEqualTo(1);
  }

  @Test
  void ndjsonGoesOnAfterABadLine(@TempDir Path dir) throws Exception {
    String good = PalermoJson.write(PalermoJson.reader().readCase(
        Files.readString(Path.of(CASES, "adult-no-means.json"))).orElseThrow());
    Path file = dir.resolve("batch.ndjson");
    Files.writeString(file, good + "\n{\"id\": 42}\n" + good + "\n");
    assertThat(run("assess", "-f", "ndjson", file.toString())).isEqualTo(Palermo.FINDINGS);
    assertThat(out.toString().lines()).hasSize(2);
    assertThat(err.toString()).contains("batch.ndjson:2: error PAL-J-");
  }

  @Test
  void validateReportsConstraintViolations(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("dangling.json");
    Files.writeString(file, "{\"id\":\"c1\",\"persons\":[{\"id\":\"p1\"}],"
        + "\"conducts\":[{\"victim\":\"p2\"}]}");
    Palermo.forceTerminal = true;
    assertThat(run("validate", file.toString())).isEqualTo(Palermo.FINDINGS);
    assertThat(out.toString()).contains("PAL-V-0008").contains("/conducts/0/victim");
    out.getBuffer().setLength(0);
    assertThat(run("validate", CASES + "/invalid/invalid-case.json"))
        .isEqualTo(Palermo.FINDINGS);
    // The JSON Schema is checked first: every problem with its pointer, no value repeated.
    assertThat(err.toString()).contains("error PAL-S-0001 /persons/0/name")
        .contains("error PAL-S-0004 /conducts/0/consent").doesNotContain("Ama");
    out.getBuffer().setLength(0);
    assertThat(run("validate", CASES)).isEqualTo(Palermo.OK);
    assertThat(out.toString()).contains("valid").doesNotContain("PAL-V-");
  }

  @Test
  void checkRunsTheSafeguardChecks() {
    assertThat(run("check", "-j", "coe", "--as-of", "2025-01-01", CASES)).isIn(Palermo.OK,
        Palermo.FINDINGS);
    JsonNode results = PalermoJson.mapper().readTree(out.toString());
    assertThat(results.size()).isEqualTo(12);
    assertThat(results.get(0).get("jurisdiction").asString()).isEqualTo("coe");
    assertThat(results.get(0).get("asOf").asString()).isEqualTo("2025-01-01");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("assess", "-j", "atlantis", CASES)).isEqualTo(Palermo.USAGE);
    assertThat(err.toString()).contains("no built-in jurisdiction 'atlantis'");
    assertThat(run("assess", "no/such/file.json")).isEqualTo(Palermo.USAGE);
    assertThat(run("assess", "-f", "xml", CASES)).isEqualTo(Palermo.USAGE);
    assertThat(run("check", "--as-of", "yesterday", CASES)).isEqualTo(Palermo.USAGE);
    assertThat(run("assess")).isEqualTo(Palermo.USAGE);
    assertThat(err.toString()).doesNotContain("Exception");
  }

  @Test
  void progressIsShownOnlyOnATerminalAfterASecond() {
    StringWriter progress = new StringWriter();
    AtomicLong clock = new AtomicLong();
    Progress p = new Progress(new PrintWriter(progress, true), true, clock::get);
    p.update(10);
    assertThat(progress.toString()).isEmpty();
    clock.set(1_500_000_000L);
    p.update(20);
    assertThat(progress.toString()).contains("20 cases...");
    p.done(30);
    assertThat(progress.toString()).contains("30 cases.");
    Progress quiet = new Progress(new PrintWriter(progress, true), false, clock::get);
    clock.set(9_000_000_000L);
    quiet.update(99);
    assertThat(quiet.wasShown()).isFalse();
  }
}
