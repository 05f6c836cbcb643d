package dev.palermo.assessment;

import dev.palermo.facts.Truth;

/**
 * Kleene's strong three-valued logic (DOMAIN.md §1 item 6), as {@link Truth#and(Truth)} and
 * {@link Truth#or(Truth)} define it, on {@code int}s: the evaluation of the definition (TIP
 * Protocol art. 3) runs on every assessment, and this form needs neither branches nor objects. A
 * truth is the set of values it may still take: bit 0 "may be true", bit 1 "may be false", so
 * {@link #TRUE} is 1, {@link #FALSE} 2 and {@link #UNKNOWN} 3, which is
 * {@code Truth.ordinal() + 1}; a conjunction may be true only if both sides may, and may be false
 * if either may; a disjunction the other way round.
 *
 * <p>The same number less one is also the ordinal of the {@link ElementStatus} and the
 * {@link Outcome} made from the truth; the class checks the three orders when it loads.
 *
 * <p>Stateless and thread-safe; has no instances. Package-private.
 */
final class Kleene {
  /** Known true. */
  static final int TRUE = 1;
  /** Known false. */
  static final int FALSE = 2;
  /** Unknown: may be either. */
  static final int UNKNOWN = 3;

  private static final Truth[] TRUTHS = Truth.values();
  private static final Outcome[] OUTCOMES = Outcome.values();

  static {
    for (Truth t : TRUTHS) {
      int k = t == Truth.TRUE ? TRUE : t == Truth.FALSE ? FALSE : UNKNOWN;
      if (t.ordinal() + 1 != k || ElementStatus.of(t).ordinal() + 1 != k
          || Outcome.of(t).ordinal() + 1 != k) {
        throw new AssertionError("Truth, ElementStatus and Outcome no longer share an order");
      }
    }
  }

  private Kleene() {}

  /**
   * @param t a truth
   * @return its set of possible values
   */
  static int of(Truth t) {
    return t.ordinal() + 1;
  }

  /**
   * @param value a known value
   * @return {@link #TRUE} or {@link #FALSE}
   */
  static int of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /**
   * @param k a set of possible values
   * @return the truth
   */
  static Truth truth(int k) {
    return TRUTHS[k - 1];
  }

  /**
   * @param k a set of possible values
   * @return the outcome for it, as {@link Outcome#of(Truth)} gives
   */
  static Outcome outcome(int k) {
    return OUTCOMES[k - 1];
  }

  /**
   * @param k a set of possible values
   * @return the ordinal of the status {@link ElementStatus#of(Truth)} gives
   */
  static int status(int k) {
    return k - 1;
  }

  /**
   * @param a a set of possible values
   * @param b another
   * @return the conjunction
   */
  static int and(int a, int b) {
    return (a & b & TRUE) | ((a | b) & FALSE);
  }

  /**
   * @param a a set of possible values
   * @param b another
   * @return the disjunction
   */
  static int or(int a, int b) {
    return ((a | b) & TRUE) | (a & b & FALSE);
  }
}
