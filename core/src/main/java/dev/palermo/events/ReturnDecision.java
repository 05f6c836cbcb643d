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
  * A decision to return a person to another State: return must be safe, preferably voluntary,
  * with due regard to pending proceedings (TIP Protocol art. 8(2)), after an individual risk
  * assessment, respecting non-refoulement (Refugee Convention art. 33; CAT art. 3; customary
  * law) and the risk of re-trafficking, never collective, with access to asylum, and for a
  * child only in the child's best interests (DOMAIN.md §4; seeds/004 lines 454-460).
 *
 * <p>Nullness: {@link #person()} is required; facts default to unknown, optional values to
 * empty. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class ReturnDecision implements CaseEvent, WithReturnDecision {
  /** The stable code of this kind of event. */
  public static final String KIND = "return-decision";

  ReturnDecision() {}

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

  /** @return the kind of return */
  public abstract ReturnKind type();

  /** @return the State of return if recorded */
  public abstract Optional<dev.palermo.facts.CountryCode> destination();

  /**
   * Whether the return is voluntary. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth voluntary() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person’s safety was considered. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth safetyConsidered() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether an individual risk assessment was made. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth riskAssessment() {
    return Truth.UNKNOWN;
  }

  /**
   * The risks the person faces on return. Nothing known by default.
   *
   * @return what is known of each value
   */
  @Value.Default
  public FactSet<ReturnRisk> risks() {
    return FactSet.unknown();
  }

  /** @return the state of any asylum claim if recorded */
  public abstract Optional<AsylumClaim> asylumClaim();

  /**
   * Whether the person was informed of the right to seek asylum. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth asylumInformation() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether proceedings in which the person is involved are pending. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth pendingProceedings() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the decision had due regard to those proceedings. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth dueRegardToProceedings() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the decision was individual (false: a collective expulsion). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth individual() {
    return Truth.UNKNOWN;
  }

  /**
   * For a child, whether the return was decided in the child’s best interests. Unknown by
   * default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth bestInterestsAssessed() {
    return Truth.UNKNOWN;
  }

  /**
   * For a child, whether the child’s views were heard (CRC art. 12). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth childViewsHeard() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person asked to leave. A victim may leave the State voluntarily even before a
   * risk assessment is made (seeds/003_d1561a5ed447703d.txt:300). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth requestedByPerson() {
    return Truth.UNKNOWN;
  }

  /**
   * For a child, whether other aims, such as law enforcement against traffickers or smugglers or
   * border and migration management, were given priority over the child's best interests, which
   * States cannot do (CRC art. 3; seeds/004_a416d8ba61ae2dbe.txt:282, 290). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth bestInterestsSubordinated() {
    return Truth.UNKNOWN;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReturnDecision}; not thread-safe, use once. */
  public static final class Builder extends ImmutableReturnDecision.Builder {}
}
