package dev.palermo.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.Truth;
import org.junit.jupiter.api.Test;

class CodesTest {

  @Test
  void findsEveryValueByItsCode() {
    for (Means m : Means.values()) {
      assertThat(Codes.find(Means.class, m.code())).contains(m);
      assertThat(Codes.parse(Means.class, m.code())).isEqualTo(m);
    }
    assertThat(Codes.parse(ExploitationPurpose.class, "forced-labour"))
        .isEqualTo(ExploitationPurpose.FORCED_LABOUR);
    assertThat(Codes.parse(Truth.class, "unknown")).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void findGivesEmptyForUnknownOrNull() {
    assertThat(Codes.find(Means.class, "bribery")).isEmpty();
    assertThat(Codes.find(Means.class, "DECEPTION")).as("codes are case-sensitive").isEmpty();
    assertThat(Codes.find(Means.class, "deception ")).isEmpty();
    assertThat(Codes.find(Means.class, null)).isEmpty();
  }

  @Test
  void parseThrowsUnknownCodeException() {
    UnknownCodeException e = catchThrowableOfType(
        () -> Codes.parse(Means.class, "bribery"), UnknownCodeException.class);
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.codeSystem()).isEqualTo("Means");
    assertThat(e.rejected()).isEqualTo("bribery");
    assertThat(e.getMessage()).contains("bribery").contains("Means");
  }

  @Test
  void parseOfNullThrows() {
    UnknownCodeException e = catchThrowableOfType(
        () -> Codes.parse(Means.class, null), UnknownCodeException.class);
    assertThat(e.rejected()).isEqualTo("null");
  }

  @Test
  void longRejectedTextIsCut() {
    String text = "x".repeat(100);
    UnknownCodeException e = catchThrowableOfType(
        () -> Codes.parse(Means.class, text), UnknownCodeException.class);
    assertThat(e.rejected()).hasSize(40).endsWith("...");
    assertThat(e.getMessage()).doesNotContain(text);
  }
}
