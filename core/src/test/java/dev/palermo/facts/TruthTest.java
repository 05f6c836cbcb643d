package dev.palermo.facts;

import static dev.palermo.facts.Truth.FALSE;
import static dev.palermo.facts.Truth.TRUE;
import static dev.palermo.facts.Truth.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Kleene's strong three-valued logic (DOMAIN.md §1 item 6). */
class TruthTest {

  @ParameterizedTest(name = "{0} and {1} = {2}")
  @CsvSource({
      "TRUE, TRUE, TRUE", "TRUE, FALSE, FALSE", "TRUE, UNKNOWN, UNKNOWN",
      "FALSE, TRUE, FALSE", "FALSE, FALSE, FALSE", "FALSE, UNKNOWN, FALSE",
      "UNKNOWN, TRUE, UNKNOWN", "UNKNOWN, FALSE, FALSE", "UNKNOWN, UNKNOWN, UNKNOWN"})
  void andFollowsKleeneTable(Truth a, Truth b, Truth expected) {
    assertThat(a.and(b)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} or {1} = {2}")
  @CsvSource({
      "TRUE, TRUE, TRUE", "TRUE, FALSE, TRUE", "TRUE, UNKNOWN, TRUE",
      "FALSE, TRUE, TRUE", "FALSE, FALSE, FALSE", "FALSE, UNKNOWN, UNKNOWN",
      "UNKNOWN, TRUE, TRUE", "UNKNOWN, FALSE, UNKNOWN", "UNKNOWN, UNKNOWN, UNKNOWN"})
  void orFollowsKleeneTable(Truth a, Truth b, Truth expected) {
    assertThat(a.or(b)).isEqualTo(expected);
  }

  @Test
  void notSwapsKnownValuesAndKeepsUnknown() {
    assertThat(TRUE.not()).isEqualTo(FALSE);
    assertThat(FALSE.not()).isEqualTo(TRUE);
    assertThat(UNKNOWN.not()).isEqualTo(UNKNOWN);
  }

  @Test
  void deMorganHoldsForEveryPair() {
    for (Truth a : Truth.values()) {
      for (Truth b : Truth.values()) {
        assertThat(a.and(b).not()).as("%s %s", a, b).isEqualTo(a.not().or(b.not()));
        assertThat(a.or(b).not()).as("%s %s", a, b).isEqualTo(a.not().and(b.not()));
      }
    }
  }

  @Test
  void predicatesAndConversion() {
    assertThat(Truth.of(true)).isEqualTo(TRUE);
    assertThat(Truth.of(false)).isEqualTo(FALSE);
    assertThat(TRUE.isTrue()).isTrue();
    assertThat(UNKNOWN.isTrue()).isFalse();
    assertThat(FALSE.isFalse()).isTrue();
    assertThat(UNKNOWN.isFalse()).isFalse();
    assertThat(UNKNOWN.isKnown()).isFalse();
    assertThat(TRUE.isKnown()).isTrue();
    assertThat(FALSE.isKnown()).isTrue();
  }
}
