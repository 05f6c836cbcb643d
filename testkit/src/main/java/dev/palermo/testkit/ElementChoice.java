package dev.palermo.testkit;

import dev.palermo.facts.FactSet;
import dev.palermo.vocabulary.Code;
import java.util.Objects;
import java.util.Optional;

/**
 * One way the facts of an element can stand, for exhaustive enumeration: none of the values
 * happened (known none), nothing is known, or exactly one value happened and no other.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the code system of the element
 */
public final class ElementChoice<C extends Enum<C> & Code> {
  private final C value;
  private final boolean known;

  private ElementChoice(C value, boolean known) {
    this.value = value;
    this.known = known;
  }

  /**
   * None of the values happened.
   *
   * @param <C> the code system
   * @return the choice
   */
  public static <C extends Enum<C> & Code> ElementChoice<C> none() {
    return new ElementChoice<>(null, true);
  }

  /**
   * Nothing is known.
   *
   * @param <C> the code system
   * @return the choice
   */
  public static <C extends Enum<C> & Code> ElementChoice<C> unknown() {
    return new ElementChoice<>(null, false);
  }

  /**
   * Exactly this value happened, and no other.
   *
   * @param <C> the code system
   * @param value the value
   * @return the choice
   */
  public static <C extends Enum<C> & Code> ElementChoice<C> only(C value) {
    return new ElementChoice<>(Objects.requireNonNull(value, "value"), true);
  }

  /** @return true for {@link #unknown()} */
  public boolean isUnknown() {
    return !known;
  }

  /** @return true for {@link #none()} */
  public boolean isNone() {
    return known && value == null;
  }

  /** @return the single value that happened, for {@link #only(Enum)}; else empty */
  public Optional<C> value() {
    return Optional.ofNullable(value);
  }

  /** @return the fact set: {@code none()}, {@code unknown()} or {@code only(value)} */
  public FactSet<C> facts() {
    if (!known) {
      return FactSet.unknown();
    }
    return value == null ? FactSet.none() : FactSet.only(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ElementChoice && ((ElementChoice<?>) o).known == known
        && Objects.equals(((ElementChoice<?>) o).value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, known);
  }

  /** @return {@code none}, {@code unknown} or the value's code */
  @Override
  public String toString() {
    return !known ? "unknown" : value == null ? "none" : value.code();
  }
}
