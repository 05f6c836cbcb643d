package dev.palermo.events;

import dev.palermo.casefile.CaseEvent;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.person.PersonId;
import java.util.Optional;
import org.immutables.value.Value;

/**
  * A determination of a person's age, or a pending one. A person who may be a child is treated
  * as a child until an age determination can be made (seeds/004 line 282; CoE Convention art.
  * 10(3)).
 *
 * <p>Nullness: {@link #person()} is required; facts default to unknown, optional values to
 * empty. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class AgeDetermination implements CaseEvent, WithAgeDetermination {
  /** The stable code of this kind of event. */
  public static final String KIND = "age-determination";

  AgeDetermination() {}

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

  /** @return the age assessment made if recorded */
  public abstract Optional<dev.palermo.person.AgeAssessment> assessment();

  /**
   * Whether the determination is still pending. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth pending() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person was treated as a child while the age was uncertain. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth treatedAsChild() {
    return Truth.UNKNOWN;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AgeDetermination}; not thread-safe, use once. */
  public static final class Builder extends ImmutableAgeDetermination.Builder {}
}
