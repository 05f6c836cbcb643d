package dev.palermo.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The process-wide Hibernate Validator bootstrap. Building a {@link ValidatorFactory} is
 * expensive (it scans constraint metadata), so it is built once, on first use, and shared; the
 * factory and its validators are thread-safe.
 *
 * <p>Configuration: constraints on prefix-less accessors are honoured
 * ({@link AccessorPropertySelectionStrategy}); messages are interpolated by
 * {@link ParameterMessageInterpolator}, which resolves {@code {param}} placeholders without an
 * expression-language implementation, so no Jakarta EL is needed on the class path (the model's
 * messages use no EL expressions). Has no instances.
 */
public final class PalermoValidation {
  private PalermoValidation() {}

  private static final class Holder {
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
        .configure()
        .getterPropertySelectionStrategy(new AccessorPropertySelectionStrategy())
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  /** @return the shared factory, built on first use */
  public static ValidatorFactory factory() {
    return Holder.FACTORY;
  }

  /** @return the shared validator; thread-safe */
  public static Validator validator() {
    return Holder.VALIDATOR;
  }
}
