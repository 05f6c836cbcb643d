package dev.palermo.events;

import dev.palermo.casefile.CaseEvent;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.person.PersonId;
import java.util.Optional;
import org.immutables.value.Value;

/**
  * A recovery and reflection period granted to a presumed victim: at least 30 days on
  * reasonable grounds under the CoE Convention art. 13(1) (seeds/001 line 270), during which
  * the person should not be removed.
 *
 * <p>Nullness: {@link #person()} is required; facts default to unknown, optional values to
 * empty. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class ReflectionPeriod implements CaseEvent, WithReflectionPeriod {
  /** The stable code of this kind of event. */
  public static final String KIND = "reflection-period";

  ReflectionPeriod() {}

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
   * Conditions attached to the period or to the assistance given during it, such as cooperation
   * or testimony: the period should come with assistance not conditioned on cooperation
   * (seeds/000 line 615; seeds/003 lines 276, 286). Nothing known by default.
   *
   * @return what is known of each value
   */
  @Value.Default
  public FactSet<AssistanceCondition> conditions() {
    return FactSet.unknown();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReflectionPeriod}; not thread-safe, use once. */
  public static final class Builder extends ImmutableReflectionPeriod.Builder {}
}
