package dev.palermo.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Opaque identifiers that carry no personal data (DOMAIN.md §4, Data). */
class PersonIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"P1", "victim-7", "a", "0", "case_12.person-3",
      "3f2504e0-4f89-11d3-9a0c-0305e82c3301"})
  void acceptsOpaqueTokens(String value) {
    assertThat(PersonId.isValid(value)).isTrue();
    assertThat(PersonId.of(value).value()).isEqualTo(value);
    assertThat(PersonId.of(value)).hasToString(value);
  }

  @Test
  void acceptsSixtyFourCharactersButNotSixtyFive() {
    assertThat(PersonId.isValid("a".repeat(64))).isTrue();
    assertThat(PersonId.isValid("a".repeat(65))).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"-a", ".a", "_a", "Maria Lopez", "maria@example.org", "Jos\u00e9",
      "a/b", "a\n", "ID:123", " P1", "P1 "})
  void rejectsOtherTextWithoutRepeatingIt(String value) {
    assertThat(PersonId.isValid(value)).isFalse();
    Throwable thrown = catchThrowable(() -> PersonId.of(value));
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
    if (value != null && value.strip().length() >= 3) {
      assertThat(thrown.getMessage()).doesNotContain(value.strip());
    }
  }

  @Test
  void equalityAndOrder() {
    assertThat(PersonId.of("P1")).isEqualTo(PersonId.of("P1")).hasSameHashCodeAs(PersonId.of("P1"))
        .isNotEqualTo(PersonId.of("P2")).isLessThan(PersonId.of("P2"));
  }

  @Test
  void theCheckIsTheDocumentedForm() {
    Pattern form = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    String alphabet = "aZ09._-/ @\u00e9\u0663\uff10\n~`{[";
    RandomGenerator random = new SplittableRandom(20_261_124L);
    for (int i = 0; i < 100_000; i++) {
      int length = i % 10 == 0 ? 60 + random.nextInt(10) : random.nextInt(5);
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < length; j++) {
        // long ids: mostly allowed characters, so that some are valid
        int from = length > 5 && random.nextInt(100) > 0 ? 7 : alphabet.length();
        b.append(alphabet.charAt(random.nextInt(from)));
      }
      String text = b.toString();
      assertThat(PersonId.isValid(text)).as(text).isEqualTo(form.matcher(text).matches());
    }
  }
}
