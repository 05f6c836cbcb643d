package dev.palermo.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palermo.facts.Truth;
import org.junit.jupiter.api.Test;

class AgeRangeTest {

  @Test
  void isUnderIsThreeValued() {
    assertThat(AgeRange.of(16, 16).isUnder(18)).isEqualTo(Truth.TRUE);
    assertThat(AgeRange.of(15, 17).isUnder(18)).isEqualTo(Truth.TRUE);
    assertThat(AgeRange.of(17, 18).isUnder(18)).isEqualTo(Truth.UNKNOWN);
    assertThat(AgeRange.of(18, 18).isUnder(18)).isEqualTo(Truth.FALSE);
    assertThat(AgeRange.of(18, 30).isUnder(18)).isEqualTo(Truth.FALSE);
    assertThat(AgeRange.unknown().isUnder(18)).isEqualTo(Truth.UNKNOWN);
    assertThat(AgeRange.of(16, 16).isUnder(16)).isEqualTo(Truth.FALSE);
    assertThat(AgeRange.of(0, 0).isUnder(18)).isEqualTo(Truth.TRUE);
  }

  @Test
  void rejectsBadBounds() {
    assertThatThrownBy(() -> AgeRange.of(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AgeRange.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accessorsAndText() {
    assertThat(AgeRange.of(15, 17).min()).isEqualTo(15);
    assertThat(AgeRange.of(15, 17).max()).hasValue(17);
    assertThat(AgeRange.unknown().max()).isEmpty();
    assertThat(AgeRange.unknown().isUnknown()).isTrue();
    assertThat(AgeRange.of(0, 0).isUnknown()).isFalse();
    assertThat(AgeRange.of(16, 16)).hasToString("16");
    assertThat(AgeRange.of(15, 17)).hasToString("15-17");
    assertThat(AgeRange.unknown()).hasToString("unknown");
    assertThat(AgeRange.of(15, 17)).isEqualTo(AgeRange.of(15, 17))
        .hasSameHashCodeAs(AgeRange.of(15, 17)).isNotEqualTo(AgeRange.of(15, 16));
  }

  @Test
  void rangesAreSharedUpToOneHundredAndFiftyAndEqualBeyond() {
    assertThat(AgeRange.of(15, 17)).isSameAs(AgeRange.of(15, 17));
    assertThat(AgeRange.of(0, 150)).isSameAs(AgeRange.of(0, 150));
    assertThat(AgeRange.of(150, 151)).isEqualTo(AgeRange.of(150, 151));
    assertThat(AgeRange.of(150, 151).max()).hasValue(151);
  }
}
