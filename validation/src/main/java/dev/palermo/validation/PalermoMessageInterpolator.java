package dev.palermo.validation;

import dev.palermo.constraints.ValidationCodes;
import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The message interpolator of the shared factory. Templates that are a Palermo code
 * ({@code {PAL-V-0006}}) are resolved from {@link ValidationMessages}, in English unless a
 * language is asked for; any other template goes to Hibernate Validator's
 * {@link ParameterMessageInterpolator}, which resolves {@code {param}} placeholders without an
 * expression-language implementation (no Jakarta EL is needed: no Palermo message uses an
 * expression, and leaving EL out means a message can never evaluate {@code ${validatedValue}},
 * the value entered about a person).
 *
 * <p>Immutable and thread-safe.
 */
public final class PalermoMessageInterpolator implements MessageInterpolator {
  private final MessageInterpolator fallback = new ParameterMessageInterpolator();

  /** Creates the interpolator. */
  public PalermoMessageInterpolator() {}

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return interpolate(messageTemplate, context, Locale.ENGLISH);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale locale) {
    String code = ValidationCodes.codeOf(messageTemplate);
    if (!code.equals(messageTemplate)) {
      var message = ValidationMessages.message(code, locale,
          context.getConstraintDescriptor().getAttributes());
      if (message.isPresent()) {
        return message.get();
      }
    }
    return fallback.interpolate(messageTemplate, context, locale);
  }
}
