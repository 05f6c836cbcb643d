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
import dev.palermo.person.AgeAssessment;

/**
 * The rule {@code PAL-V-0005}: an age assessment's lowest age is not above its highest age. Such an
 * assessment can be built (so that it can be reported) but tells nothing of the age. The violation
 * is reported on {@code maxAge}. The age range is the evidence the child rule reads (TIP Protocol
 * art. 3(d); DOMAIN.md §5).
 *
 * <p>Immutable and thread-safe (an annotation).
 */
@Documented
@Constraint(validatedBy = OrderedAgeRange.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OrderedAgeRange {
  /** @return the message key: the rule's code, {@link ValidationCodes#ASSESSED_AGE_ORDERED} */
  String message() default "{" + ValidationCodes.ASSESSED_AGE_ORDERED + "}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /**
   * Checks {@link OrderedAgeRange} on a {@link AgeAssessment}. Stateless and thread-safe; instantiated by the
   * Jakarta Validation provider.
   */
  final class Validator implements ConstraintValidator<OrderedAgeRange, AgeAssessment> {
    /** Creates the validator. */
    public Validator() {}

    @Override
    public boolean isValid(AgeAssessment assessment, ConstraintValidatorContext context) {
      if (assessment == null || assessment.minAge() <= assessment.maxAge()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("maxAge").addConstraintViolation();
      return false;
    }
  }
}
