package dev.palermo.validation;

import dev.palermo.casefile.Case;
import dev.palermo.constraints.ValidationCodes;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import dev.palermo.report.ReportException;
import dev.palermo.report.Severity;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The one entry point to validate a case. It runs every constraint of the model through the
 * shared {@link PalermoValidation} factory, the field constraints (required values, sizes,
 * formats, ranges) and the structural ones (unique person ids, references to persons that exist,
 * births before the conduct), and returns a single {@link Report}: each violation becomes a
 * {@link Problem} of severity {@link Severity#ERROR} with its stable code
 * ({@link ValidationRule}), a JSON pointer into the serialized case, a message from the resource
 * bundles and the provision involved. {@link Report#canBeAssessed()} is false when there is any
 * error.
 *
 * <pre>{@code
 * Report report = CaseValidator.validate(aCase);
 * if (!report.canBeAssessed()) {
 *   System.err.println(report.render());   // error PAL-V-0006 /conducts/0/period/end: ...
 * }
 * CaseValidator.validateOrThrow(aCase);      // or: throws ReportException carrying the report
 * }</pre>
 *
 * <p>No message contains the value validated: names, dates of birth and free text never reach a
 * report. Problems are ordered by path, then code. Stateless and thread-safe; has no instances.
 */
public final class CaseValidator {
  private static final Comparator<Problem> ORDER = Comparator
      .comparing((Problem p) -> p.path().toString())
      .thenComparing(Problem::code);

  private CaseValidator() {}

  /**
   * Validates a case, with messages in English.
   *
   * @param aCase the case; not null (a missing case is a programming error, not bad input)
   * @return the report; empty when the case is valid
   */
  public static Report validate(Case aCase) {
    return validate(aCase, Locale.ENGLISH);
  }

  /**
   * Validates a case, with messages in a language: English, French or Spanish (any other
   * language gets English).
   *
   * @param aCase the case; not null
   * @param locale the language of the messages
   * @return the report; empty when the case is valid
   */
  public static Report validate(Case aCase, Locale locale) {
    Objects.requireNonNull(aCase, "case");
    Objects.requireNonNull(locale, "locale");
    Set<ConstraintViolation<Case>> violations = PalermoValidation.validator().validate(aCase);
    List<Problem> problems = new ArrayList<>(violations.size());
    for (ConstraintViolation<Case> violation : violations) {
      problems.add(problem(violation, locale));
    }
    problems.sort(ORDER);
    return Report.of(problems);
  }

  /**
   * Validates a case and, when it is valid enough to be assessed, runs the safeguard checks over
   * it, so that one report holds both: the constraint violations (severity
   * {@link dev.palermo.report.Severity#ERROR}) and the findings ({@code PAL-C-…}: violation,
   * concern, recommendation, cannot tell). A case with errors is not checked: its facts cannot be
   * trusted.
   *
   * @param aCase the case
   * @param jurisdiction the jurisdiction whose law the checks apply
   * @param asOf the day the checks are run for
   * @return the report
   */
  public static Report validateAndCheck(Case aCase, dev.palermo.jurisdiction.Jurisdiction
      jurisdiction, java.time.LocalDate asOf) {
    Report report = validate(aCase);
    return report.canBeAssessed()
        ? report.and(dev.palermo.checks.Checks.run(aCase, jurisdiction, asOf)) : report;
  }

  /**
   * Validates a case and throws if it has any error.
   *
   * @param aCase the case; not null
   * @return the report, which then holds no error (it may hold warnings)
   * @throws ReportException carrying the whole report when the case has an error
   */
  public static Report validateOrThrow(Case aCase) {
    return validateOrThrow(aCase, Locale.ENGLISH);
  }

  /**
   * Validates a case and throws if it has any error, with messages in a language.
   *
   * @param aCase the case; not null
   * @param locale the language of the messages
   * @return the report, which then holds no error
   * @throws ReportException carrying the whole report when the case has an error
   */
  public static Report validateOrThrow(Case aCase, Locale locale) {
    Report report = validate(aCase, locale);
    if (!report.canBeAssessed()) {
      throw new ReportException(report);
    }
    return report;
  }

  private static Problem problem(ConstraintViolation<?> violation, Locale locale) {
    String template = violation.getMessageTemplate();
    String code = ValidationCodes.codeOf(template);
    ValidationRule rule = ValidationRule.byCode(code).orElse(ValidationRule.UNCLASSIFIED);
    JsonPointer path = Pointers.of(violation.getPropertyPath());
    String message = ValidationMessages.message(rule.code(), locale,
            violation.getConstraintDescriptor().getAttributes())
        .filter(m -> rule != ValidationRule.UNCLASSIFIED)
        .orElseGet(violation::getMessage);
    Problem problem = Problem.of(rule.code(), Severity.ERROR, path, message);
    return rule.citation().map(problem::withCitation).orElse(problem);
  }
}
