package dev.palermo.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import dev.palermo.facts.Truth;
import dev.palermo.smuggling.SmugglingFacts;

/**
 * The rule {@code PAL-V-0010}: a humanitarian or family motive is recorded only for help given
 * without a financial or other material benefit. Help for humanitarian reasons or on the basis of
 * close family ties is not smuggling (Smuggling Protocol art. 3(a); interpretative notes
 * A/55/383/Add.1 para 88), so recording such a motive while the material benefit is known true
 * contradicts itself. The violation is reported on {@code motive}.
 *
 * <p>Immutable and thread-safe (an annotation).
 */
@Documented
@Constraint(validatedBy = MotiveWithoutBenefit.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface MotiveWithoutBenefit {
  /** @return the message key: the rule's code, {@link ValidationCodes#MOTIVE_WITHOUT_BENEFIT} */
  String message() default "{" + ValidationCodes.MOTIVE_WITHOUT_BENEFIT + "}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /**
   * Checks {@link MotiveWithoutBenefit} on a {@link SmugglingFacts}. Stateless and thread-safe; instantiated by the
   * Jakarta Validation provider.
   */
  final class Validator implements ConstraintValidator<MotiveWithoutBenefit, SmugglingFacts> {
    /** Creates the validator. */
    public Validator() {}

    @Override
    public boolean isValid(SmugglingFacts facts, ConstraintValidatorContext context) {
      if (facts == null || facts.motive().isEmpty() || facts.materialBenefit() != Truth.TRUE) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("motive").addConstraintViolation();
      return false;
    }
  }
}
