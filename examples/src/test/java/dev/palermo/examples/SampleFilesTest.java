package dev.palermo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.casefile.Case;
import dev.palermo.json.PalermoJson;
import dev.palermo.json.ReadResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled case documents in {@code examples/cases/} are the JSON form of {@link SampleCases},
 * and cannot drift from it: this test fails on any difference. Regenerate them with
 * {@code ./mvnw -pl examples -am test -Dtest=SampleFilesTest -Dpalermo.writeDocs=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. The deliberately invalid document under
 * {@code examples/cases/invalid/} must stay invalid.
 */
class SampleFilesTest {
  private static final Path DIR = Path.of("cases");

  @Test
  void theFilesAreTheSampleCases() throws Exception {
    boolean write = Boolean.getBoolean("palermo.writeDocs");
    List<String> stale = new ArrayList<>();
    List<String> expectedNames = new ArrayList<>();
    for (SampleCase s : SampleCases.all()) {
      String name = s.theCase().id() + ".json";
      expectedNames.add(name);
      String json = PalermoJson.writePretty(s.theCase()) + "\n";
      Path file = DIR.resolve(name);
      if (write) {
        Files.writeString(file, json, StandardCharsets.UTF_8);
      } else if (!Files.exists(file) || !Files.readString(file).equals(json)) {
        stale.add(name);
      }
    }
    assertThat(stale).as("stale sample files; regenerate with -Dpalermo.writeDocs=true")
        .isEmpty();
    try (Stream<Path> files = Files.list(DIR)) {
      assertThat(files.filter(f -> f.toString().endsWith(".json"))
          .map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(expectedNames);
    }
  }

  @Test
  void everyFileReadsBackToItsCase() throws Exception {
    for (SampleCase s : SampleCases.all()) {
      String json = Files.readString(DIR.resolve(s.theCase().id() + ".json"));
      ReadResult<Case> read = PalermoJson.reader().readCase(json);
      assertThat(read.report().problems()).as(s.theCase().id()).isEmpty();
      assertThat(read.value()).contains(s.theCase());
    }
  }

  @Test
  void theInvalidDocumentReportsEveryProblemWithItsPointer() throws Exception {
    String json = Files.readString(DIR.resolve("invalid/invalid-case.json"));
    ReadResult<Case> read = PalermoJson.reader().readCase(json);
    assertThat(read.isValid()).isFalse();
    assertThat(read.report().problems()).extracting(p -> p.path().toString())
        .contains("/persons/0/ageEvidence/date", "/conducts/0/means/true/0",
            "/conducts/0/consent", "/conducts/0/period/start", "/conducts/0/colour");
    assertThat(read.report().render()).doesNotContain("Ama").doesNotContain("2013-02-30");
  }
}
