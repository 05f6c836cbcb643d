package dev.palermo.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CountryCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"NG", "IT", "GB", "US", "TH", "NP"})
  void acceptsIsoAlpha2(String code) {
    assertThat(CountryCode.isValid(code)).isTrue();
    assertThat(CountryCode.of(code).code()).isEqualTo(code);
    assertThat(CountryCode.of(code).toString()).isEqualTo(code);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"ng", "It", "XX", "ZZ", "GBR", "N", " NG", "NG ", "12"})
  void rejectsEverythingElse(String code) {
    assertThat(CountryCode.isValid(code)).isFalse();
    assertThatThrownBy(() -> CountryCode.of(code)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void longRejectedTextIsCutInTheMessage() {
    String text = "Not a country but a long sentence";
    assertThatThrownBy(() -> CountryCode.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(text);
  }

  @Test
  void equalityAndOrder() {
    assertThat(CountryCode.of("IT")).isEqualTo(CountryCode.of("IT"))
        .hasSameHashCodeAs(CountryCode.of("IT")).isNotEqualTo(CountryCode.of("NG"));
    assertThat(CountryCode.of("IT")).isLessThan(CountryCode.of("NG"));
  }

  @org.junit.jupiter.api.Test
  void neverRepeatsTheRejectedText() {
    // A name typed into a country field must not reach a message (DOMAIN.md §4, Data).
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CountryCode.of("Amina Okoro"))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage())
            .doesNotContain("Amina").doesNotContain("Okoro"));
  }
}
