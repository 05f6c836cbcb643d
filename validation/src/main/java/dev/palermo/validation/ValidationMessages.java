package dev.palermo.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of the validation rules, from the resource bundle
 * {@code dev/palermo/validation/messages}: English (the root bundle, used for any other
 * language), French and Spanish, the keys being the rules' codes. A message may name a
 * constraint's attributes ({@code {max}}); it never names the value that was validated, so no
 * name, date of birth or other text entered about a person can reach a message.
 *
 * <p>Stateless and thread-safe; has no instances.
 */
public final class ValidationMessages {
  /** The base name of the bundle. */
  public static final String BUNDLE = "dev.palermo.validation.messages";
  /** The languages every message is translated into; English is the root bundle. */
  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH,
      new Locale("es"));
  private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  private ValidationMessages() {}

  /**
   * The bundle for a language, falling back to English (never to the platform's default
   * locale, so a report does not change with the machine it runs on).
   *
   * @param locale the language
   * @return the bundle
   */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * The message of a code in a language, its {@code {attribute}} placeholders replaced.
   *
   * @param code the rule's code, e.g. {@code PAL-V-0006}
   * @param locale the language
   * @param attributes the constraint's attributes (e.g. {@code max}); others are left as is
   * @return the message, or empty if the bundle has no such key
   */
  public static java.util.Optional<String> message(String code, Locale locale,
      Map<String, Object> attributes) {
    String template;
    try {
      template = bundle(locale).getString(code);
    } catch (MissingResourceException e) {
      return java.util.Optional.empty();
    }
    Matcher m = PARAMETER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      Object value = attributes.get(m.group(1));
      String replacement = value instanceof Number || value instanceof String
          ? String.valueOf(value) : m.group();
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return java.util.Optional.of(sb.toString());
  }
}
