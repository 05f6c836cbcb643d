package dev.palermo.constraints;

import dev.palermo.casefile.ActRecord;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.facts.DateSpan;
import dev.palermo.person.AgeAssessment;
import dev.palermo.person.AgeEvidence;
import dev.palermo.person.DateOfBirth;
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
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rule {@code PAL-V-0009}: a person's age evidence does not place the birth after the conduct
 * the person took part in began. The age at the time of the conduct decides the child rule (TIP
 * Protocol art. 3(c)-(d); DOMAIN.md §5), so evidence that makes the person unborn at that time is
 * wrong, either in the date of birth or in the date of the conduct. Checked for every person a
 * conduct names (victim, perpetrators, the doers of its act records) against the first day of the
 * conduct ({@link Conduct#when()}): a date of birth whose earliest possible day is after it, or an
 * age assessment whose oldest possible age still places the birth after it. Reported once per
 * person, on {@code /persons/<i>/ageEvidence}; the message never repeats the date.
 *
 * <p>Immutable and thread-safe (an annotation).
 */
@Documented
@Constraint(validatedBy = BornBeforeConduct.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BornBeforeConduct {
  /** @return the message key: the rule's code, {@link ValidationCodes#BORN_BEFORE_CONDUCT} */
  String message() default "{" + ValidationCodes.BORN_BEFORE_CONDUCT + "}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /**
   * Checks {@link BornBeforeConduct} on a {@link Case}. Stateless and thread-safe; instantiated
   * by the Jakarta Validation provider.
   */
  final class Validator implements ConstraintValidator<BornBeforeConduct, Case> {
    /** Creates the validator. */
    public Validator() {}

    @Override
    public boolean isValid(Case value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      Set<Integer> unborn = new LinkedHashSet<>();
      for (Conduct conduct : value.conducts()) {
        Optional<DateSpan> when = conduct.when();
        if (when.isEmpty()) {
          continue;
        }
        LocalDate began = when.get().start();
        Set<PersonId> named = new LinkedHashSet<>();
        named.add(conduct.victim());
        named.addAll(conduct.perpetrators());
        for (ActRecord record : conduct.actRecords()) {
          named.addAll(record.by());
        }
        for (int p = 0; p < value.persons().size(); p++) {
          Person person = value.persons().get(p);
          if (named.contains(person.id())) {
            Optional<LocalDate> earliest = earliestBirth(person.ageEvidence());
            if (earliest.isPresent() && earliest.get().isAfter(began)) {
              unborn.add(p);
            }
          }
        }
      }
      if (unborn.isEmpty()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      for (int p : unborn) {
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
            .addPropertyNode("persons").addPropertyNode("ageEvidence").inIterable().atIndex(p)
            .addConstraintViolation();
      }
      return false;
    }

    /** The first day the evidence allows the person to have been born, if it says. */
    private static Optional<LocalDate> earliestBirth(AgeEvidence evidence) {
      if (evidence instanceof DateOfBirth) {
        return Optional.of(((DateOfBirth) evidence).date().earliest());
      }
      if (evidence instanceof AgeAssessment) {
        AgeAssessment a = (AgeAssessment) evidence;
        if (a.minAge() < 0 || a.maxAge() < a.minAge() || a.maxAge() > 1000) {
          return Optional.empty(); // malformed: reported by its own rules
        }
        return Optional.of(a.assessedOn().minus(Period.ofYears(a.maxAge() + 1)).plusDays(1));
      }
      return Optional.empty();
    }
  }
}
