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
import dev.palermo.casefile.Case;
import dev.palermo.person.PersonId;
import java.util.HashSet;
import java.util.Set;

/**
 * The rule {@code PAL-V-0007}: no two persons of a case share an identifier, so that every
 * reference to a person is unambiguous. Each repeated id after its first occurrence is reported, on
 * {@code /persons/<i>/id}.
 *
 * <p>Immutable and thread-safe (an annotation).
 */
@Documented
@Constraint(validatedBy = UniquePersonIds.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface UniquePersonIds {
  /** @return the message key: the rule's code, {@link ValidationCodes#PERSON_ID_UNIQUE} */
  String message() default "{" + ValidationCodes.PERSON_ID_UNIQUE + "}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /**
   * Checks {@link UniquePersonIds} on a {@link Case}. Stateless and thread-safe; instantiated by the
   * Jakarta Validation provider.
   */
  final class Validator implements ConstraintValidator<UniquePersonIds, Case> {
    /** Creates the validator. */
    public Validator() {}

    @Override
    public boolean isValid(Case value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      Set<PersonId> seen = new HashSet<>();
      boolean valid = true;
      for (int i = 0; i < value.persons().size(); i++) {
        if (!seen.add(value.persons().get(i).id())) {
          if (valid) {
            context.disableDefaultConstraintViolation();
            valid = false;
          }
          context.buildConstraintViolationWithTemplate(
                  context.getDefaultConstraintMessageTemplate())
              .addPropertyNode("persons").addPropertyNode("id").inIterable().atIndex(i)
              .addConstraintViolation();
        }
      }
      return valid;
    }
  }
}
