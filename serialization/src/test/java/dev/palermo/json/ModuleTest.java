package dev.palermo.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palermo.casefile.Case;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.testkit.SeededCases;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;

/** The shared mapper writes and reads the model through the module, in the same JSON form. */
class ModuleTest {

  @Test
  void theMapperWritesTheSameFormAsPalermoJson() {
    RandomGenerator random = SeededCases.random(5);
    Case c = SeededCases.caseFile(random);
    assertThat(PalermoJson.mapper().writeValueAsString(c)).isEqualTo(PalermoJson.write(c));
    JurisdictionProfile p = Jurisdictions.EUROPEAN_UNION.latest();
    assertThat(PalermoJson.mapper().writeValueAsString(List.of(p)))
        .isEqualTo("[" + PalermoJson.write(p) + "]");
  }

  @Test
  void theMapperReadsStrictlyWithEveryProblemInTheMessage() {
    RandomGenerator random = SeededCases.random(6);
    Case c = SeededCases.caseFile(random);
    assertThat(PalermoJson.mapper().readValue(PalermoJson.write(c), Case.class)).isEqualTo(c);
    List<Case> list = PalermoJson.mapper().readValue("[" + PalermoJson.write(c) + "]",
        new TypeReference<List<Case>>() {});
    assertThat(list).containsExactly(c);
    assertThatThrownBy(() -> PalermoJson.mapper().readValue(
        "{\"id\":\"c1\",\"extra\":1,\"persons\":[{\"id\":\"p1\",\"id\":\"p2\"}]}", Case.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("PAL-J-0007 /persons/0/id")
        .hasMessageContaining("PAL-J-0008 /extra");
  }

  @Test
  void absentValuesAreLeftOutNeverNull() {
    Case c = Case.builder().id("c1").build();
    assertThat(PalermoJson.write(c)).isEqualTo("{\"id\":\"c1\"}");
    assertThat(PalermoJson.write(Jurisdictions.PROTOCOL.latest())).doesNotContain("null");
  }

  @Test
  void typesWithoutAJsonFormAreRefused() {
    assertThatThrownBy(() -> PalermoJson.write(new Object()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PalermoJson.reader().read("{}", Object.class))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
