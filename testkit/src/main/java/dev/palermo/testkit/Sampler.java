package dev.palermo.testkit;

import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;

/**
 * A generator written once against {@link Randomness}, usable both as a QuickTheories
 * {@link Gen} ({@link #gen()}, which shrinks) and with a seeded {@link RandomGenerator}
 * ({@link #sample(RandomGenerator)}). The two give objects from the same distribution, and the
 * same draws give equal objects.
 *
 * <p>Implementations in the testkit are stateless and thread-safe; the {@link Randomness} they are
 * given is not.
 *
 * @param <T> the type of the objects generated
 */
@FunctionalInterface
public interface Sampler<T> {
  /**
   * Generates one object.
   *
   * @param random the source of draws
   * @return the object
   */
  T sample(Randomness random);

  /**
   * Generates one object from a plain generator.
   *
   * @param generator the generator; the same seed gives an equal object
   * @return the object
   */
  default T sample(RandomGenerator generator) {
    return sample(Randomness.of(generator));
  }

  /**
   * This sampler as a QuickTheories generator. Shrinking works: QuickTheories shrinks the draws.
   *
   * @return the generator
   */
  default Gen<T> gen() {
    return source -> sample(Randomness.of(source));
  }

  /**
   * A sampler whose objects are transformed by a function.
   *
   * @param <R> the type of the results
   * @param f the function
   * @return the transformed sampler
   */
  default <R> Sampler<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return r -> f.apply(sample(r));
  }
}
