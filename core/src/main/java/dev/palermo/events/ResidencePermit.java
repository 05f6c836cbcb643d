package dev.palermo.events;

import dev.palermo.casefile.CaseEvent;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.person.PersonId;
import java.util.Optional;
import org.immutables.value.Value;

/**
  * A residence permit granted to a victim, with any conditions: permits should not be tied to
  * testimony or cooperation (seeds/003 lines 264-276 and fn 47; CoE art. 14).
 *
 * <p>Nullness: {@link #person()} is required; facts default to unknown, optional values to
 * empty. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class ResidencePermit implements CaseEvent, WithResidencePermit {
  /** The stable code of this kind of event. */
  public static final String KIND = "residence-permit";

  ResidencePermit() {}

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
   * Conditions attached to the permit. Nothing known by default.
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

  /** Builds a {@link ResidencePermit}; not thread-safe, use once. */
  public static final class Builder extends ImmutableResidencePermit.Builder {}
}
