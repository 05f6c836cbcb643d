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
import dev.palermo.facts.DateSpan;

/**
 * The rule {@code PAL-V-0006}: a date span does not end before it starts. A span whose end is
 * before its start can be built (so that it can be reported with its place in the document); the
 * violation is reported on the span's {@code end}. Applies to every span of a case: a conduct's
 * period and the date of each act record.
 *
 * <p>Immutable and thread-safe (an annotation).
 */
@Documented
@Constraint(validatedBy = OrderedSpan.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OrderedSpan {
  /** @return the message key: the rule's code, {@link ValidationCodes#DATE_SPAN_ORDERED} */
  String message() default "{" + ValidationCodes.DATE_SPAN_ORDERED + "}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /**
   * Checks {@link OrderedSpan} on a {@link DateSpan}. Stateless and thread-safe; instantiated by the
   * Jakarta Validation provider.
   */
  final class Validator implements ConstraintValidator<OrderedSpan, DateSpan> {
    /** Creates the validator. */
    public Validator() {}

    @Override
    public boolean isValid(DateSpan span, ConstraintValidatorContext context) {
      if (span == null || span.isOrdered()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("end").addConstraintViolation();
      return false;
    }
  }
}
