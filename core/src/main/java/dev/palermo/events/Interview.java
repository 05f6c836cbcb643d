package dev.palermo.events;

import dev.palermo.casefile.CaseEvent;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.person.PersonId;
import java.util.Optional;
import org.immutables.value.Value;

/**
  * An interview of a victim or presumed victim: informed consent, an interpreter, the
  * interviewer's sex as the person prefers, a private place, a guardian present for a child,
  * no suspect present (seeds/004 lines 476-484).
 *
 * <p>Nullness: {@link #person()} is required; facts default to unknown, optional values to
 * empty. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class Interview implements CaseEvent, WithInterview {
  /** The stable code of this kind of event. */
  public static final String KIND = "interview";

  Interview() {}

  @Override
  public String kind() {
    return KIND;
  }

  /** @return the person the event concerns */
  @Override
  public abstract PersonId person();

  /** @return when it happened, if known */
  @Override
  public abstract Optional<DateSpan> when();

  /**
   * Whether the person gave informed consent to the interview. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth consent() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person needed an interpreter. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth interpreterNeeded() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether an interpreter was provided. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth interpreterProvided() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person’s preference for the interviewer’s sex was asked and respected. Unknown
   * by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth interviewerSexPreferenceRespected() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether it took place somewhere private and safe. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth privatePlace() {
    return Truth.UNKNOWN;
  }

  /**
   * For a child, whether a guardian or support person was present. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth guardianPresent() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether a potential perpetrator was present. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth suspectPresent() {
    return Truth.UNKNOWN;
  }

  /**
   * For a child interviewed without a parent or guardian, whether they were kept out for cause:
   * family members may not support the child, may censor the child or may have been involved in
   * the crime (seeds/004_a416d8ba61ae2dbe.txt:479). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth guardianExcludedForCause() {
    return Truth.UNKNOWN;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Interview}; not thread-safe, use once. */
  public static final class Builder extends ImmutableInterview.Builder {}
}
