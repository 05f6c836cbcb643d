package dev.palermo.testkit;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The one primitive every testkit generator draws from: a whole number in a closed range. Both a
 * QuickTheories {@link RandomnessSource} and a plain {@link RandomGenerator} can supply it, so each
 * generator is written once, as a {@link Sampler}, and runs unchanged under both. Under
 * QuickTheories every draw shrinks towards the low end of its range, so generators list their
 * simplest option first.
 *
 * <p>Implementations are not thread-safe: they wrap a stateful source of randomness and must be
 * used by one thread at a time.
 */
public interface Randomness {
  /**
   * Draws a number.
   *
   * @param min the lowest value, included
   * @param max the highest value, included; at least {@code min}, and {@code max - min} must not
   *     overflow
   * @return a value in {@code [min, max]}
   */
  long between(long min, long max);

  /**
   * Draws an int.
   *
   * @param min the lowest value, included
   * @param max the highest value, included; at least {@code min}
   * @return a value in {@code [min, max]}
   */
  default int intBetween(int min, int max) {
    return (int) between(min, max);
  }

  /**
   * Draws a yes-or-no that is yes with the given probability; shrinks towards no.
   *
   * @param percent the probability of {@code true}, 0 to 100
   * @return the draw
   */
  default boolean chance(int percent) {
    return between(0, 99) >= 100 - percent;
  }

  /**
   * Picks one of the options; shrinks towards the first.
   *
   * @param <T> the type of the options
   * @param options the options, at least one
   * @return one of them
   */
  default <T> T pick(List<? extends T> options) {
    if (options.isEmpty()) {
      throw new IllegalArgumentException("nothing to pick from");
    }
    return options.get(intBetween(0, options.size() - 1));
  }

  /**
   * Picks a constant of an enum; shrinks towards the first declared.
   *
   * @param <E> the enum
   * @param type the enum class
   * @return one of its constants
   */
  default <E extends Enum<E>> E pick(Class<E> type) {
    return pick(List.of(type.getEnumConstants()));
  }

  /**
   * Randomness from a plain generator, for users of test engines other than QuickTheories.
   *
   * @param generator the generator; the same seed gives the same draws
   * @return the randomness
   */
  static Randomness of(RandomGenerator generator) {
    Objects.requireNonNull(generator, "generator");
    return (min, max) -> {
      checkRange(min, max);
      return min == max ? min : min + generator.nextLong(0, max - min + 1);
    };
  }

  /**
   * Randomness from QuickTheories: each draw is recorded by QuickTheories, which can replay it and
   * shrink it towards {@code min}.
   *
   * @param source the QuickTheories source
   * @return the randomness
   */
  static Randomness of(RandomnessSource source) {
    Objects.requireNonNull(source, "source");
    return (min, max) -> {
      checkRange(min, max);
      if (min == max) {
        return min;
      }
      return min + source.next(Constraint.between(0, max - min).withShrinkPoint(0));
    };
  }

  private static void checkRange(long min, long max) {
    if (max < min || max - min < 0 || max - min == Long.MAX_VALUE) {
      throw new IllegalArgumentException("bad range [" + min + ", " + max + "]");
    }
  }
}
