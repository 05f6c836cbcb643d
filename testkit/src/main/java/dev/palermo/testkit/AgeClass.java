package dev.palermo.testkit;

/**
 * What age evidence says of a person at the time of the conduct, as the definition uses it (TIP
 * Protocol art. 3(c)-(d), DOMAIN.md §5): under 18, 18 or over, or not determinable (no evidence,
 * no date of the conduct, or evidence whose range straddles 18).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum AgeClass {
  /** Under 18 on the first day of the conduct, whatever the exact age within the evidence. */
  CHILD,
  /** 18 or over on the first day of the conduct. */
  ADULT,
  /** The evidence does not tell whether the person was under 18. */
  UNKNOWN
}
