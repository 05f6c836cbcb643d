package dev.palermo.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.Truth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;

/** Codes serialize as their stable code strings and are read back strictly. */
class CodeMappingTest {

  @Test
  void codesAreWrittenAsTheirStableStrings() {
    assertThat(PalermoJson.mapper().writeValueAsString(List.of(Means.THREAT_OF_FORCE,
        Act.RECRUITMENT, Truth.UNKNOWN)))
        .isEqualTo("[\"threat-of-force\",\"recruitment\",\"unknown\"]");
  }

  @Test
  void everyPurposeRoundTrips() {
    for (ExploitationPurpose p : ExploitationPurpose.values()) {
      String json = PalermoJson.mapper().writeValueAsString(p);
      assertThat(PalermoJson.mapper().readValue(json, ExploitationPurpose.class)).isEqualTo(p);
    }
  }

  @Test
  void anUnknownCodeIsAnErrorNamingTheCodeSystemAndThePath() {
    assertThatThrownBy(() -> PalermoJson.mapper().readValue("{\"means\":[\"bribery\"]}",
        new TypeReference<Map<String, List<Means>>>() {}))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("not a code of Means")
        .hasMessageNotContaining("bribery")
        .hasMessageContaining("means");
  }

  @Test
  void enumConstantNamesAreNotAccepted() {
    assertThatThrownBy(() -> PalermoJson.mapper().readValue("\"THREAT_OF_FORCE\"", Means.class))
        .isInstanceOf(DatabindException.class);
  }

  @Test
  void theMapperIsShared() {
    assertThat(PalermoJson.mapper()).isSameAs(PalermoJson.mapper());
  }
}
