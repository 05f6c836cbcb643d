package dev.palermo.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.constraints.ValidationCodes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Codes and messages stay complete: every code is defined once and has a rule, every rule has an
 * English message, and French and Spanish have exactly the English keys and placeholders.
 */
class MessagesTest {
  static Set<String> keys(Locale locale) {
    ResourceBundle bundle = ValidationMessages.bundle(locale);
    assertThat(bundle.getLocale().getLanguage()).as("bundle for %s", locale)
        .isEqualTo(locale == Locale.ENGLISH ? "" : locale.getLanguage());
    // handleKeySet: the keys of this language's own file, without the root's.
    return new TreeSet<>(Collections.list(bundle.getKeys()).stream()
        .filter(k -> locale == Locale.ENGLISH || ownKey(bundle, k)).collect(Collectors.toSet()));
  }

  private static boolean ownKey(ResourceBundle bundle, String key) {
    return bundle.keySet().contains(key) && !bundle.getString(key)
        .equals(ValidationMessages.bundle(Locale.ROOT).getString(key));
  }

  static Set<String> placeholders(String message) {
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\{([A-Za-z]+)}").matcher(message);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  static Set<String> definedCodes() throws IllegalAccessException {
    Set<String> codes = new TreeSet<>();
    for (Field f : ValidationCodes.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        assertThat(codes.add((String) f.get(null))).as("code %s defined once", f.getName())
            .isTrue();
      }
    }
    return codes;
  }

  @Test
  void everyCodeIsDefinedOnceAndHasARule() throws IllegalAccessException {
    Set<String> ruleCodes = Arrays.stream(ValidationRule.values()).map(ValidationRule::code)
        .filter(c -> !c.equals(ValidationRule.UNCLASSIFIED.code()))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(definedCodes()).isEqualTo(ruleCodes).allMatch(c -> c.matches("PAL-V-\\d{4}"));
    assertThat(Arrays.stream(ValidationRule.values()).map(ValidationRule::code))
        .doesNotHaveDuplicates();
  }

  @Test
  void everyRuleHasAnEnglishMessage() {
    Set<String> english = keys(Locale.ENGLISH);
    for (ValidationRule rule : ValidationRule.values()) {
      assertThat(english).as("English message of %s", rule).contains(rule.code());
    }
    assertThat(english).allMatch(k -> ValidationRule.byCode(k).isPresent());
  }

  @Test
  void frenchAndSpanishTranslateEveryMessage() {
    Set<String> english = keys(Locale.ENGLISH);
    ResourceBundle root = ValidationMessages.bundle(Locale.ROOT);
    for (Locale locale : ValidationMessages.LANGUAGES) {
      if (locale == Locale.ENGLISH) {
        continue;
      }
      assertThat(keys(locale)).as("keys translated into %s", locale).isEqualTo(english);
      ResourceBundle bundle = ValidationMessages.bundle(locale);
      for (String key : english) {
        assertThat(placeholders(bundle.getString(key))).as("%s in %s", key, locale)
            .isEqualTo(placeholders(root.getString(key)));
        assertThat(bundle.getString(key)).doesNotContain("\uFFFD");
      }
    }
  }
}
