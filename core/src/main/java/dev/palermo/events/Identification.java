package dev.palermo.events;

import dev.palermo.casefile.CaseEvent;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.person.PersonId;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
  * A step in identifying a person as a victim of trafficking: the status reached, when and by
  * whom. A person who may be a victim is treated as one until screened out (seeds/004 line
  * 266); identification must not rest on profiling by sex, nationality, route or sector
  * (seeds/004 lines 258-262); failure to identify denies rights (OHCHR RPG Guideline 2).
 *
 * <p>Nullness: {@link #person()} is required; facts default to unknown, optional values to
 * empty. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class Identification implements CaseEvent, WithIdentification {
  /** The stable code of this kind of event. */
  public static final String KIND = "identification";

  Identification() {}

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

  /** @return the status reached */
  public abstract IdentificationStatus status();

  /** @return who screened or identified the person if recorded */
  public abstract Optional<IdentifyingActor> by();

  /** @return the grounds of sex, nationality, route or sector the decision rested on; empty if none */
  public abstract Set<ProfilingGround> profilingGrounds();

  /**
   * Whether the screening that decided the status was completed. A person who may be a victim is
   * presumed to be one "until further screening takes place to rule out this possibility"
   * (seeds/004 line 266), so a status of not-a-victim needs a completed screening. Unknown by
   * default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth screeningCompleted() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the grounds of the decision are recorded, so that an empty
   * {@link #profilingGrounds()} means the decision rested on none of them (seeds/004 lines
   * 258-262, 296). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth groundsRecorded() {
    return Truth.UNKNOWN;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Identification}; not thread-safe, use once. */
  public static final class Builder extends ImmutableIdentification.Builder {}
}
