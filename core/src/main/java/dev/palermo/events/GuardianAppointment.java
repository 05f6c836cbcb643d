package dev.palermo.events;

import dev.palermo.casefile.CaseEvent;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.person.PersonId;
import java.util.Optional;
import org.immutables.value.Value;

/**
  * The appointment of a guardian for a child victim or presumed child (OHCHR RPG Guideline 8;
  * seeds/004 line 335).
 *
 * <p>Nullness: {@link #person()} is required; facts default to unknown, optional values to
 * empty. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class GuardianAppointment implements CaseEvent, WithGuardianAppointment {
  /** The stable code of this kind of event. */
  public static final String KIND = "guardian-appointment";

  GuardianAppointment() {}

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
   * Whether the child’s views were heard in the appointment (CRC art. 12). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth childViewsHeard() {
    return Truth.UNKNOWN;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GuardianAppointment}; not thread-safe, use once. */
  public static final class Builder extends ImmutableGuardianAppointment.Builder {}
}
