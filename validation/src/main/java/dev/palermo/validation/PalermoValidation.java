package dev.palermo.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;

/**
 * The process-wide Hibernate Validator bootstrap. Building a {@link ValidatorFactory} is
 * expensive (it scans constraint metadata), so it is built once, on first use, and shared; the
 * factory and its validators are thread-safe.
 *
 * <p>Configuration: constraints on prefix-less accessors are honoured
 * ({@link AccessorPropertySelectionStrategy}), under their accessor names, which are the JSON
 * property names of the serialized form (so no {@code PropertyNodeNameProvider} is needed:
 * the default one keeps those names); messages are interpolated by
 * {@link PalermoMessageInterpolator}: the Palermo codes from the bundles of
 * {@link ValidationMessages}, anything else by Hibernate Validator's
 * {@code ParameterMessageInterpolator}, which needs no expression-language implementation, so no
 * Jakarta EL is needed on the class path (the model's messages use no EL expressions).
 *
 * <p>Logging: Hibernate Validator announces its version at INFO through jboss-logging. When
 * jboss-logging falls back to {@code java.util.logging} (no other logging framework on the class
 * path) and the application has not configured that logger, this class raises it to WARNING so
 * that validating a case prints nothing; with Log4j, Logback or SLF4J the application's own
 * configuration decides. Has no instances.
 */
public final class PalermoValidation {
  private static final AtomicInteger BUILDS = new AtomicInteger();

  private PalermoValidation() {}

  private static final class Holder {
    /** Held strongly: java.util.logging keeps only weak references to loggers. */
    static final Logger VERSION_LOGGER = quietVersionLogger();
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
        .configure()
        .getterPropertySelectionStrategy(new AccessorPropertySelectionStrategy())
        .messageInterpolator(new PalermoMessageInterpolator())
        .buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
    static final int BUILT = BUILDS.incrementAndGet();
  }

  private static Logger quietVersionLogger() {
    Logger logger = Logger.getLogger("org.hibernate.validator.internal.util.Version");
    if (logger.getLevel() == null) {
      logger.setLevel(Level.WARNING);
    }
    return logger;
  }

  /** @return the shared factory, built on first use */
  public static ValidatorFactory factory() {
    return Holder.FACTORY;
  }

  /**
   * How many factories this class has built in this process: 1 once it has been used, never
   * more. For tests that prove the bootstrap happens once.
   *
   * @return the number of factories built
   */
  static int factoriesBuilt() {
    return BUILDS.get();
  }

  /** @return the shared validator; thread-safe */
  public static Validator validator() {
    return Holder.VALIDATOR;
  }
}
