package dev.palermo.constraints;

import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.events.GuardianAppointment;
import dev.palermo.events.Participation;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.person.Person;
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
import java.util.List;
import java.util.Optional;

/**
 * The rule {@code PAL-V-0011}: a child-specific measure is not recorded for a person who is an
 * adult on the evidence at the time of the measure. The child-specific measures are the
 * appointment of a guardian (OHCHR RPG Guideline 8) and the protections of a child in proceedings
 * (OPSC art. 8(1)(a)-(g): the {@code child*} facts of a participation). A person is an adult on
 * the evidence when every age the evidence allows on the day of the event is 18 or more (TIP
 * Protocol art. 3(d)); a person of uncertain age may be a child and is not reported, as the
 * presumption of minority requires ({@code seeds/004_a416d8ba61ae2dbe.txt:282}). Undated events
 * are not judged. Reported on {@code /events/<i>}.
 *
 * <p>Immutable and thread-safe (an annotation).
 */
@Documented
@Constraint(validatedBy = ChildMeasuresForChildren.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ChildMeasuresForChildren {
  /** @return the message key: the rule's code, {@link ValidationCodes#CHILD_MEASURE_FOR_ADULT} */
  String message() default "{" + ValidationCodes.CHILD_MEASURE_FOR_ADULT + "}";

  /** @return the validation groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /**
   * Checks {@link ChildMeasuresForChildren} on a {@link Case}. Stateless and thread-safe;
   * instantiated by the Jakarta Validation provider.
   */
  final class Validator implements ConstraintValidator<ChildMeasuresForChildren, Case> {
    /** Creates the validator. */
    public Validator() {}

    @Override
    public boolean isValid(Case value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      boolean valid = true;
      List<CaseEvent> events = value.events();
      for (int i = 0; i < events.size(); i++) {
        CaseEvent event = events.get(i);
        Optional<LocalDate> day = event.when().map(DateSpan::start);
        Optional<Person> person = value.person(event.person());
        if (!isChildMeasure(event) || day.isEmpty() || person.isEmpty()) {
          continue;
        }
        if (person.get().ageEvidence().ageOn(day.get()).isUnder(18).isFalse()) {
          if (valid) {
            context.disableDefaultConstraintViolation();
          }
          valid = false;
          context.buildConstraintViolationWithTemplate(
                  context.getDefaultConstraintMessageTemplate())
              .addPropertyNode("events").addPropertyNode("person").inIterable().atIndex(i)
              .addConstraintViolation();
        }
      }
      return valid;
    }

    private static boolean isChildMeasure(CaseEvent event) {
      if (event instanceof GuardianAppointment) {
        return true;
      }
      if (event instanceof Participation) {
        Participation p = (Participation) event;
        for (Truth t : List.of(p.childProceduresAdapted(), p.childInformed(),
            p.childViewsHeard(), p.childSupportServices(), p.childPrivacyProtected(),
            p.childSafetyProtected(), p.childNoUndueDelay())) {
          if (t.isKnown()) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
