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
  /**
   * The listed values as bit sets by ordinal, so that {@link #anyOf(Selection)} is a few bit
   * operations: every listed value, and those listed true and false. Valid when
   * {@link #small}: the code system has at most 64 values (or none is listed).
   */
  private final long listed;
  private final long listedTrue;
  private final long listedFalse;
  private final boolean small;

  private FactSet(Map<C, Truth> facts, Truth unlisted) {
    this.facts = facts;
    this.unlisted = unlisted;
    long all = 0;
    long t = 0;
    long f = 0;
    boolean fits = true;
    for (Map.Entry<C, Truth> e : facts.entrySet()) {
      int ordinal = e.getKey().ordinal();
      if (ordinal >= Long.SIZE) {
        fits = false;
        break;
      }
      long bit = 1L << ordinal;
      all |= bit;
      t |= e.getValue() == Truth.TRUE ? bit : 0;
      f |= e.getValue() == Truth.FALSE ? bit : 0;
    }
    this.small = fits;
    this.listed = all;
    this.listedTrue = t;
    this.listedFalse = f;
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
    int ordinal = value.ordinal();
    if (!small || ordinal >= Long.SIZE) {
      return facts.getOrDefault(value, unlisted);
    }
    long bit = 1L << ordinal;
    return (listed & bit) == 0 ? unlisted : (listedTrue & bit) != 0 ? Truth.TRUE
        : (listedFalse & bit) != 0 ? Truth.FALSE : Truth.UNKNOWN;
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
   * Whether any value of a selection is true, in three-valued logic: the same as
   * {@link #anyOf(Collection) anyOf(selection.values())}, in a few bit operations and without
   * allocating when the code system has at most 64 values.
   *
   * @param selection the values that count, prepared once
   * @return the disjunction
   */
  public Truth anyOf(Selection<C> selection) {
    if (!small || !selection.small) {
      return anyOf(selection.values);
    }
    long s = selection.bits;
    long unlistedSelected = s & ~listed;
    if ((s & listedTrue) != 0 || (unlistedSelected != 0 && unlisted == Truth.TRUE)) {
      return Truth.TRUE;
    }
    boolean allFalse = (s & listed & ~listedFalse) == 0
        && (unlistedSelected == 0 || unlisted == Truth.FALSE);
    return allFalse ? Truth.FALSE : Truth.UNKNOWN;
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

  /**
   * A fixed set of values of one code system, prepared once for many queries of
   * {@link FactSet#anyOf(Selection)}: for example the acts, means or purposes a definition names
   * (TIP Protocol art. 3(a), or a profile's own list), asked of every conduct assessed under it.
   * It holds the values as a bit set by ordinal when the code system has at most 64 values, so
   * that a query neither iterates nor allocates.
   *
   * <p>Immutable and thread-safe.
   *
   * @param <C> the code system (an enum implementing {@link Code})
   */
  public static final class Selection<C extends Enum<C> & Code> {
    private final Set<C> values;
    private final long bits;
    private final boolean small;

    private Selection(Set<C> values, long bits, boolean small) {
      this.values = values;
      this.bits = bits;
      this.small = small;
    }

    /**
     * A selection of values.
     *
     * @param <C> the code system
     * @param type the enum class
     * @param values the values; copied
     * @return the selection
     */
    public static <C extends Enum<C> & Code> Selection<C> of(Class<C> type,
        Collection<? extends C> values) {
      java.util.EnumSet<C> set = java.util.EnumSet.noneOf(type);
      for (C c : values) {
        set.add(Objects.requireNonNull(c, "value"));
      }
      long bits = 0;
      boolean small = type.getEnumConstants().length <= Long.SIZE;
      if (small) {
        for (C c : set) {
          bits |= 1L << c.ordinal();
        }
      }
      return new Selection<>(Collections.unmodifiableSet(set), bits, small);
    }

    /** @return the values, in the order of the code system; unmodifiable */
    public Set<C> values() {
      return values;
    }

    /**
     * Whether a value is selected.
     *
     * @param value the value
     * @return true if selected
     */
    public boolean contains(C value) {
      return small ? (bits & (1L << value.ordinal())) != 0 : values.contains(value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Selection && ((Selection<?>) o).values.equals(values);
    }

    @Override
    public int hashCode() {
      return values.hashCode();
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("[");
      for (C c : values) {
        sb.append(sb.length() > 1 ? ", " : "").append(c.code());
      }
      return sb.append(']').toString();
    }
  }
}
