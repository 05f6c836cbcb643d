package dev.palermo.constraints;

import dev.palermo.casefile.ActRecord;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.casefile.Conduct;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule {@code PAL-V-0008}: every person id a case refers to is the id of one of its persons.
 * Checked references: each conduct's {@code victim} and {@code perpetrators}, each act record's
 * {@code by}, and each event's {@code person}. Each dangling reference is reported where it
 * stands, e.g. {@code /conducts/0/victim} or {@code /conducts/0/actRecords/1/by/0} (elements of a
 * set are numbered in its iteration order, the order in which they are serialized).
 *
 * <p>Immutable and thread-safe (an annotation).
 */
@Documented
@Constraint(validatedBy = KnownPersonReferences.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownPersonReferences {
  /** @return the message key: the rule's code, {@link ValidationCodes#PERSON_REFERENCE_KNOWN} */
  String message() default "{" + ValidationCodes.PERSON_REFERENCE_KNOWN + "}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /**
   * Checks {@link KnownPersonReferences} on a {@link Case}. Stateless and thread-safe;
   * instantiated by the Jakarta Validation provider.
   */
  final class Validator implements ConstraintValidator<KnownPersonReferences, Case> {
    /** Creates the validator. */
    public Validator() {}

    @Override
    public boolean isValid(Case value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      Set<PersonId> known = value.persons().stream().map(Person::id).collect(Collectors.toSet());
      String template = context.getDefaultConstraintMessageTemplate();
      boolean valid = true;
      for (int c = 0; c < value.conducts().size(); c++) {
        Conduct conduct = value.conducts().get(c);
        if (!known.contains(conduct.victim())) {
          valid = report(context, valid);
          context.buildConstraintViolationWithTemplate(template)
              .addPropertyNode("conducts").addPropertyNode("victim").inIterable().atIndex(c)
              .addConstraintViolation();
        }
        int k = 0;
        for (PersonId id : conduct.perpetrators()) {
          if (!known.contains(id)) {
            valid = report(context, valid);
            context.buildConstraintViolationWithTemplate(template)
                .addPropertyNode("conducts").addPropertyNode("perpetrators").inIterable()
                .atIndex(c).addBeanNode().inIterable().atIndex(k)
                .addConstraintViolation();
          }
          k++;
        }
        for (int r = 0; r < conduct.actRecords().size(); r++) {
          ActRecord record = conduct.actRecords().get(r);
          int b = 0;
          for (PersonId id : record.by()) {
            if (!known.contains(id)) {
              valid = report(context, valid);
              context.buildConstraintViolationWithTemplate(template)
                  .addPropertyNode("conducts").addPropertyNode("actRecords").inIterable()
                  .atIndex(c).addPropertyNode("by").inIterable().atIndex(r)
                  .addBeanNode().inIterable().atIndex(b)
                  .addConstraintViolation();
            }
            b++;
          }
        }
      }
      for (int e = 0; e < value.events().size(); e++) {
        CaseEvent event = value.events().get(e);
        if (event != null && !known.contains(event.person())) {
          valid = report(context, valid);
          context.buildConstraintViolationWithTemplate(template)
              .addPropertyNode("events").addPropertyNode("person").inIterable().atIndex(e)
              .addConstraintViolation();
        }
      }
      return valid;
    }

    private static boolean report(ConstraintValidatorContext context, boolean validSoFar) {
      if (validSoFar) {
        context.disableDefaultConstraintViolation();
      }
      return false;
    }
  }
}
