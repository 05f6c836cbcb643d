package dev.palermo.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.Outcome;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Case;
import dev.palermo.jurisdiction.Jurisdictions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written sample case documents under {@code src/test/resources/cases} are in the
 * canonical JSON form: reading and writing one gives back the same text, and reading it again
 * gives the same case ({@code write(read(doc))} is stable).
 */
class SampleDocumentsTest {

  static String resource(String name) throws IOException {
    try (InputStream in = SampleDocumentsTest.class.getResourceAsStream("/cases/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"child-recruited-for-forced-labour.json", "adult-unknown-means.json",
      "smuggled-then-exploited-unknown-age.json"})
  void writeOfReadIsStable(String name) throws IOException {
    String doc = resource(name);
    Case c = PalermoJson.readCase(doc);
    String written = PalermoJson.writePretty(c);
    assertThat(written.strip()).isEqualTo(doc.strip().replace("\r\n", "\n"));
    assertThat(PalermoJson.readCase(written)).isEqualTo(c);
    try (InputStream in = SampleDocumentsTest.class.getResourceAsStream("/cases/" + name)) {
      assertThat(PalermoJson.reader().read(in, Case.class).orElseThrow()).isEqualTo(c);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"child-recruited-for-forced-labour.json"})
  void theChildSampleMeetsTheProtocolDefinition(String name) throws IOException {
    Case c = PalermoJson.readCase(resource(name));
    List<DefinitionAssessment> a = TraffickingDefinition.assess(c, Jurisdictions.PROTOCOL);
    assertThat(a).extracting(DefinitionAssessment::outcome).containsExactly(Outcome.MEETS);
  }
}
