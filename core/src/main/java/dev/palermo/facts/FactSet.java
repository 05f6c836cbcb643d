package dev.palermo.facts;

import dev.palermo.vocabulary.Code;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What is known about the values of one code system in a case, for example which means were used.
 * Each value listed is known true, known false or unknown; values not listed take the
 * {@linkplain #unlisted() default for unlisted values}, which is {@link Truth#UNKNOWN} unless the
 * record says it is complete. So "deception was used" is {@code FactSet.including(DECEPTION)},
 * "no means at all were used" is {@code FactSet.none()}, and "nothing is known" is
 * {@code FactSet.unknown()}: a missing record is never taken as evidence of absence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the code system (an enum implementing {@link Code})
 */
public final class FactSet<C extends Enum<C> & Code> {
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final FactSet<?> UNKNOWN = new FactSet(Map.of(), Truth.UNKNOWN);
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static final FactSet<?> NONE = new FactSet(Map.of(), Truth.FALSE);

  private final Map<C, Truth> facts;
  private final Truth unlisted;

  private FactSet(Map<C, Truth> facts, Truth unlisted) {
    this.facts = facts;
    this.unlisted = unlisted;
  }

  /**
   * Nothing is known about any value.
   *
   * @param <C> the code system
   * @return the empty, open fact set
   */
  @SuppressWarnings("unchecked")
  public static <C extends Enum<C> & Code> FactSet<C> unknown() {
    return (FactSet<C>) UNKNOWN;
  }

  /**
   * Every value is known false: none occurred.
   *
   * @param <C> the code system
   * @return the empty, complete fact set
   */
  @SuppressWarnings("unchecked")
  public static <C extends Enum<C> & Code> FactSet<C> none() {
    return (FactSet<C>) NONE;
  }

  /**
   * The given values are known true; nothing is known about the others.
   *
   * @param <C> the code system
   * @param first a value known true
   * @param rest more values known true
   * @return the fact set
   */
  @SafeVarargs
  public static <C extends Enum<C> & Code> FactSet<C> including(C first, C... rest) {
    return FactSet.<C>unknown().with(Truth.TRUE, first, rest);
  }

  /**
   * The given values are known true and every other value is known false.
   *
   * @param <C> the code system
   * @param first a value known true
   * @param rest more values known true
   * @return the fact set
   */
  @SafeVarargs
  public static <C extends Enum<C> & Code> FactSet<C> only(C first, C... rest) {
    return FactSet.<C>none().with(Truth.TRUE, first, rest);
  }

  /**
   * Builds a fact set from a map and the default for unlisted values.
   *
   * @param <C> the code system
   * @param facts the listed values and what is known of each; copied
   * @param unlisted what is known of values not in the map
   * @return the fact set
   */
  public static <C extends Enum<C> & Code> FactSet<C> of(Map<C, Truth> facts, Truth unlisted) {
    Objects.requireNonNull(unlisted, "unlisted");
    if (facts.isEmpty()) {
      return unlisted == Truth.UNKNOWN ? unknown() : unlisted == Truth.FALSE ? none()
          : new FactSet<C>(Collections.<C, Truth>emptyMap(), unlisted);
    }
    Map<C, Truth> copy = new EnumMap<>(facts);
    copy.values().forEach(v -> Objects.requireNonNull(v, "truth"));
    return new FactSet<>(Collections.unmodifiableMap(copy), unlisted);
  }

  /**
   * Returns a copy with the given values set to {@code truth}.
   *
   * @param truth what is known of the values
   * @param first a value
   * @param rest more values
   * @return the changed copy
   */
  @SafeVarargs
  public final FactSet<C> with(Truth truth, C first, C... rest) {
    Map<C, Truth> copy = facts.isEmpty() ? new EnumMap<>(first.getDeclaringClass())
        : new EnumMap<>(facts);
    copy.put(first, truth);
    for (C c : rest) {
      copy.put(Objects.requireNonNull(c), truth);
    }
    return new FactSet<>(Collections.unmodifiableMap(copy), unlisted);
  }

  /**
   * Returns a copy with a different default for unlisted values.
   *
   * @param truth the new default
   * @return the changed copy
   */
  public FactSet<C> withUnlisted(Truth truth) {
    return of(facts, truth);
  }

  /**
   * What is known of one value.
   *
   * @param value the value
   * @return its listed truth, or the default for unlisted values
   */
  public Truth status(C value) {
    return facts.getOrDefault(value, unlisted);
  }

  /**
   * Whether any of the given values is true, in three-valued logic: TRUE if one is known true,
   * FALSE if all are known false (or none are given), UNKNOWN otherwise.
   *
   * @param values the values that count
   * @return the disjunction
   */
  public Truth anyOf(Collection<C> values) {
    Truth result = Truth.FALSE;
    for (C value : values) {
      result = result.or(status(value));
      if (result == Truth.TRUE) {
        return result;
      }
    }
    return result;
  }

  /**
   * Whether any value matching the predicate is true, in three-valued logic.
   *
   * @param type the enum class (to enumerate unlisted values)
   * @param counts which values count
   * @return the disjunction over the values that count
   */
  public Truth anyMatching(Class<C> type, Predicate<C> counts) {
    Truth result = Truth.FALSE;
    for (C value : type.getEnumConstants()) {
      if (counts.test(value)) {
        result = result.or(status(value));
      }
    }
    return result;
  }

  /** @return the listed values and what is known of each; unmodifiable */
  public Map<C, Truth> facts() {
    return facts;
  }

  /** @return what is known of values that are not listed */
  public Truth unlisted() {
    return unlisted;
  }

  /** @return the values known true among those listed; unmodifiable */
  public Set<C> knownTrue() {
    return valuesWith(Truth.TRUE);
  }

  private Set<C> valuesWith(Truth truth) {
    if (facts.isEmpty()) {
      return Set.of();
    }
    java.util.EnumSet<C> set = java.util.EnumSet.noneOf(
        facts.keySet().iterator().next().getDeclaringClass());
    facts.forEach((k, v) -> {
      if (v == truth) {
        set.add(k);
      }
    });
    return Collections.unmodifiableSet(set);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FactSet && ((FactSet<?>) o).facts.equals(facts)
        && ((FactSet<?>) o).unlisted == unlisted;
  }

  @Override
  public int hashCode() {
    return facts.hashCode() * 31 + unlisted.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    facts.forEach((k, v) -> sb.append(k.code()).append('=').append(v.code()).append(", "));
    return sb.append("*=").append(unlisted.code()).append('}').toString();
  }
}
