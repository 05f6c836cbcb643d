package dev.palermo.events;

import dev.palermo.casefile.CaseEvent;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.person.PersonId;
import java.util.Optional;
import org.immutables.value.Value;

/**
  * Assistance offered or given to a victim: its type, status, whether the person gave informed
  * consent, and any conditions attached. Assistance must not be conditional on cooperation,
  * testimony or a charge against the trafficker (Legislative Guide part 2 para 62; CoE art.
  * 12(6); EU art. 11(3); seeds/000 lines 229-241); services need informed consent and disease
  * testing must not be mandatory (OHCHR RPG Guideline 6.3; seeds/004 line 369).
 *
 * <p>Nullness: {@link #person()} is required; facts default to unknown, optional values to
 * empty. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class Assistance implements CaseEvent, WithAssistance {
  /** The stable code of this kind of event. */
  public static final String KIND = "assistance";

  Assistance() {}

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

  /** @return the kind of assistance */
  public abstract AssistanceType type();

  /** @return what became of it */
  public abstract AssistanceStatus status();

  /**
   * Whether the person gave informed consent to it. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth informedConsent() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether it was imposed as mandatory (e.g. a disease test). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth mandatory() {
    return Truth.UNKNOWN;
  }

  /**
   * Conditions attached to the assistance. Nothing known by default.
   *
   * @return what is known of each value
   */
  @Value.Default
  public FactSet<AssistanceCondition> conditions() {
    return FactSet.unknown();
  }

  /**
   * Whether the assistance was withheld or ended because the person did not cooperate with the
   * authorities or testify. Care must not be conditional on willingness to cooperate (OHCHR RPG
   * Guideline 6, seeds/004 line 325; the absence of testimony does not rule out assistance,
   * seeds/001 line 132; CoE art. 12(6), EU art. 11(3), seeds/000 line 241). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth withheldForNonCooperation() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the assistance was withheld or ended because the person was not (or not yet)
   * formally identified as a victim. A person recognised as potentially a victim is treated as
   * one for initial assistance and protection (seeds/004 lines 100, 266); a child's rights apply
   * whether or not the child is determined to be a victim (seeds/004 line 292). Unknown by
   * default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth withheldForLackOfIdentification() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person's age, gender and special needs (a child's in particular) were taken
   * into account in providing it (TIP Protocol art. 6(4); seeds/004 lines 21-25, 603). Unknown
   * by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth needsConsidered() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether a mandatory test is justified on public-health emergency grounds, as necessary, not
   * arbitrary and in accordance with law (seeds/004 line 339, note 57). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth publicHealthJustification() {
    return Truth.UNKNOWN;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Assistance}; not thread-safe, use once. */
  public static final class Builder extends ImmutableAssistance.Builder {}
}
