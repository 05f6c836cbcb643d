package dev.palermo.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bootstrap honours constraints on prefix-less accessors and is built once. */
class PalermoValidationTest {

  /** A value type in the model's style: prefix-less accessors carrying constraints. */
  static final class Sample {
    private final String id;
    private final int age;

    Sample(String id, int age) {
      this.id = id;
      this.age = age;
    }

    @NotBlank
    public String id() {
      return id;
    }

    @Min(0)
    public int minAge() {
      return age;
    }

    @Override
    public String toString() {
      return "Sample";
    }
  }

  @BeforeAll
  static void bootstrapFirst() {
    // The shared bootstrap quiets Hibernate Validator's version line; build it before the test
    // below builds a factory of its own, so that the line never reaches stderr.
    PalermoValidation.factory();
  }

  @Test
  void constraintsOnPrefixLessAccessorsFire() {
    Set<ConstraintViolation<Sample>> violations =
        PalermoValidation.validator().validate(new Sample(" ", -1));
    assertThat(violations).extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("id", "minAge");
    assertThat(PalermoValidation.validator().validate(new Sample("P1", 3))).isEmpty();
  }

  @Test
  void theDefaultConfigurationWouldSilentlyIgnoreThem() {
    // The trap this bootstrap avoids: Hibernate Validator's default getter strategy.
    try (var factory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      assertThat(factory.getValidator().validate(new Sample(" ", -1))).isEmpty();
    }
  }

  @Test
  void theFactoryIsBuiltOnceAndShared() {
    assertThat(PalermoValidation.factory()).isSameAs(PalermoValidation.factory());
    assertThat(PalermoValidation.validator()).isSameAs(PalermoValidation.validator());
  }

  @Test
  void twoCaseValidationsShareOneFactory() {
    var factory = PalermoValidation.factory();
    var aCase = dev.palermo.casefile.Case.builder().id("case-1").build();
    assertThat(CaseValidator.validate(aCase).isEmpty()).isTrue();
    assertThat(CaseValidator.validate(aCase.withId("")).isEmpty()).isFalse();
    assertThat(PalermoValidation.factory()).isSameAs(factory);
    assertThat(PalermoValidation.factoriesBuilt()).isEqualTo(1);
  }

  @Test
  void theVersionLineIsQuiet() {
    PalermoValidation.factory();
    assertThat(java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version")
        .isLoggable(java.util.logging.Level.INFO)).isFalse();
  }

  @Test
  void messagesAreInterpolatedWithoutExpressionLanguage() {
    Set<ConstraintViolation<Sample>> violations =
        PalermoValidation.validator().validate(new Sample("P1", -5));
    assertThat(violations).singleElement()
        .extracting(ConstraintViolation::getMessage).asString().contains("0");
  }
}
