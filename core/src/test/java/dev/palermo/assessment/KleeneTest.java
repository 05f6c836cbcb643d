package dev.palermo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.facts.Truth;
import org.junit.jupiter.api.Test;

/** The int form of Kleene's logic agrees with {@link Truth} on every pair. */
class KleeneTest {
  @Test
  void agreesWithTruthOnEveryPair() {
    for (Truth a : Truth.values()) {
      assertThat(Kleene.truth(Kleene.of(a))).isEqualTo(a);
      assertThat(Kleene.outcome(Kleene.of(a))).isEqualTo(Outcome.of(a));
      assertThat(ElementStatus.values()[Kleene.status(Kleene.of(a))])
          .isEqualTo(ElementStatus.of(a));
      for (Truth b : Truth.values()) {
        assertThat(Kleene.truth(Kleene.and(Kleene.of(a), Kleene.of(b)))).as("%s and %s", a, b)
            .isEqualTo(a.and(b));
        assertThat(Kleene.truth(Kleene.or(Kleene.of(a), Kleene.of(b)))).as("%s or %s", a, b)
            .isEqualTo(a.or(b));
      }
    }
    assertThat(Kleene.of(true)).isEqualTo(Kleene.TRUE);
    assertThat(Kleene.of(false)).isEqualTo(Kleene.FALSE);
  }
}
