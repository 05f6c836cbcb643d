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
  * A deprivation of liberty or restriction of movement of a victim or presumed victim:
  * detention facility, locked shelter, immigration detention, custody. Routine detention of
  * victims is prima facie unlawful; detention linked to sex is prohibited; children are never
  * routinely detained; case-by-case detention must be necessary, lawful, proportionate, a last
  * resort, with judicial review and a right to challenge (seeds/000 lines 203-219; seeds/004
  * lines 379-414).
 *
 * <p>Nullness: {@link #person()} is required; facts default to unknown, optional values to
 * empty. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class Detention implements CaseEvent, WithDetention {
  /** The stable code of this kind of event. */
  public static final String KIND = "detention";

  Detention() {}

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

  /** @return the kind of detention */
  public abstract DetentionKind type();

  /**
   * The reasons given. Nothing known by default.
   *
   * @return what is known of each value
   */
  @Value.Default
  public FactSet<DetentionReason> reasons() {
    return FactSet.unknown();
  }

  /** @return its legal basis if recorded */
  public abstract Optional<LegalBasis> legalBasis();

  /**
   * Whether it applied a routine policy rather than an individual decision. Unknown by
   * default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth routinePolicy() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether it was imposed because of the person’s sex (e.g. a policy for women). Unknown by
   * default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth linkedToSex() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person was free to leave. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth freeToLeave() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person consented to stay (for shelters). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth consentGiven() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether its necessity was shown. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth necessity() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether its proportionality was shown. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth proportionality() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether it was a measure of last resort, alternatives having been considered. Unknown by
   * default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth lastResort() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether a court reviewed it. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth judicialReview() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person could challenge it. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth rightToChallenge() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether a detained migrant was informed of consular notification and communication
   * (Smuggling Protocol art. 16(5)). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth consularInformation() {
    return Truth.UNKNOWN;
  }

  /**
   * For a child, whether the detaining authority showed that the detention is in the child's best
   * interests (seeds/000 line 219). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth bestInterestsShown() {
    return Truth.UNKNOWN;
  }

  /**
   * For a child, whether the detaining authority showed that no reasonable alternative to
   * detention was available (seeds/000 line 219). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth noAlternativeShown() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the detention was imposed for a specified, limited period rather than a prolonged,
   * unspecified or indefinite one (seeds/004 lines 394, 410, 414). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth periodSpecified() {
    return Truth.UNKNOWN;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Detention}; not thread-safe, use once. */
  public static final class Builder extends ImmutableDetention.Builder {}
}
