package dev.palermo.vocabulary;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lookup of code-system values by their stable code strings. The lookup tables are built once per
 * code system and shared. Thread-safe; has no instances.
 */
public final class Codes {
  private static final Map<Class<?>, Map<String, ? extends Code>> TABLES =
      new ConcurrentHashMap<>();

  private Codes() {}

  /**
   * Finds the value of a code system by its code.
   *
   * @param <C> the code system
   * @param type the enum class of the code system
   * @param code the stable code
   * @return the value, or empty when no value has that code (null gives empty)
   */
  public static <C extends Enum<C> & Code> Optional<C> find(Class<C> type, String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(table(type).get(code));
  }

  /**
   * Parses a code, failing when it is unknown.
   *
   * @param <C> the code system
   * @param type the enum class of the code system
   * @param code the stable code
   * @return the value
   * @throws UnknownCodeException if no value of the system has that code
   */
  public static <C extends Enum<C> & Code> C parse(Class<C> type, String code) {
    return find(type, code)
        .orElseThrow(() -> new UnknownCodeException(type.getSimpleName(), code));
  }

  @SuppressWarnings("unchecked")
  private static <C extends Enum<C> & Code> Map<String, C> table(Class<C> type) {
    Objects.requireNonNull(type, "type");
    return (Map<String, C>) TABLES.computeIfAbsent(type, t -> {
      Map<String, C> m = new LinkedHashMap<>();
      Arrays.stream(type.getEnumConstants()).forEach(c -> {
        if (m.put(c.code(), c) != null) {
          throw new IllegalStateException("duplicate code " + c.code() + " in " + type);
        }
      });
      return Map.copyOf(m);
    });
  }
}
