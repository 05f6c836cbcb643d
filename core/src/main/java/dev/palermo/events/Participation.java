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
  * A victim's part in criminal or other proceedings: information in a language understood,
  * interpretation, legal aid, protective measures, protection of identity, compensation, and
  * for a child the protections of OPSC art. 8(1)(a)-(g) (TIP Protocol art. 6(1)-(2), 6(6);
  * seeds/003 lines 178-186; seeds/000 line 265; seeds/001 lines 198-200).
 *
 * <p>Nullness: {@link #person()} is required; facts default to unknown, optional values to
 * empty. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class Participation implements CaseEvent, WithParticipation {
  /** The stable code of this kind of event. */
  public static final String KIND = "participation";

  Participation() {}

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
   * Whether the person was informed of the proceedings in a language understood. Unknown by
   * default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth informedInLanguageUnderstood() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether an interpreter was provided where needed. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth interpreter() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether legal assistance was available. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth legalAssistance() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person’s views and concerns were presented and considered (TIP art. 6(2)(b)).
   * Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth viewsConsidered() {
    return Truth.UNKNOWN;
  }

  /** @return the protective measures applied; empty if none */
  public abstract Set<ProtectiveMeasure> protectiveMeasures();

  /** @return to whom the person’s identity was disclosed if recorded */
  public abstract Optional<IdentityDisclosure> identityDisclosure();

  /** @return what became of a claim for compensation if recorded */
  public abstract Optional<CompensationStatus> compensation();

  /** @return why compensation was refused if recorded */
  public abstract Optional<CompensationRefusal> compensationRefusal();

  /**
   * For a child, procedures adapted to the child’s needs (OPSC art. 8(1)(a)). Unknown by
   * default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth childProceduresAdapted() {
    return Truth.UNKNOWN;
  }

  /**
   * For a child, informed of rights, role, timing and progress (OPSC art. 8(1)(b)). Unknown by
   * default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth childInformed() {
    return Truth.UNKNOWN;
  }

  /**
   * For a child, views, needs and concerns presented and considered (OPSC art. 8(1)(c)).
   * Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth childViewsHeard() {
    return Truth.UNKNOWN;
  }

  /**
   * For a child, support services provided (OPSC art. 8(1)(d)). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth childSupportServices() {
    return Truth.UNKNOWN;
  }

  /**
   * For a child, privacy and identity protected (OPSC art. 8(1)(e)). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth childPrivacyProtected() {
    return Truth.UNKNOWN;
  }

  /**
   * For a child, safety protected from intimidation and retaliation (OPSC art. 8(1)(f)).
   * Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth childSafetyProtected() {
    return Truth.UNKNOWN;
  }

  /**
   * For a child, no unnecessary delay (OPSC art. 8(1)(g)). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth childNoUndueDelay() {
    return Truth.UNKNOWN;
  }

  /**
   * For a child, whether other aims, such as law enforcement against traffickers, were given
   * priority over the child's best interests, the primary consideration in proceedings involving
   * child victims and witnesses (CRC art. 3; seeds/004_a416d8ba61ae2dbe.txt:290, 591). Unknown by
   * default.
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

  /** Builds a {@link Participation}; not thread-safe, use once. */
  public static final class Builder extends ImmutableParticipation.Builder {}
}
