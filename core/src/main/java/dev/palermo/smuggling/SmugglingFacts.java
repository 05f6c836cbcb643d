package dev.palermo.smuggling;

import dev.palermo.constraints.MotiveWithoutBenefit;
import dev.palermo.facts.CountryCode;
import dev.palermo.facts.Truth;
import dev.palermo.internal.PalermoStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts of a smuggling of migrants, Smuggling Protocol art. 3: "the procurement, in order to
 * obtain, directly or indirectly, a financial or other material benefit, of the illegal entry of a
 * person into a State Party of which the person is not a national or a permanent resident"; and
 * art. 3(b): "crossing borders without complying with the necessary requirements for legal entry
 * into the receiving State" (DOMAIN.md §2). Also the aggravating circumstances of art. 6(3)
 * ({@code seeds/004_a416d8ba61ae2dbe.txt:746}).
 *
 * <p>Nullness: every {@link Truth} defaults to unknown; the receiving State and motive are
 * optional. Validation rule: a motive is not recorded with a material benefit known true
 * ({@code PAL-V-0010}). Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
@MotiveWithoutBenefit
public abstract class SmugglingFacts implements WithSmugglingFacts {
  SmugglingFacts() {}

  /** @return whether someone procured the person's entry into the receiving State */
  @Value.Default
  public Truth entryProcured() {
    return Truth.UNKNOWN;
  }

  /** @return whether the entry was illegal (art. 3(b)) */
  @Value.Default
  public Truth illegalEntry() {
    return Truth.UNKNOWN;
  }

  /** @return the receiving State, if known */
  public abstract Optional<CountryCode> receivingState();

  /**
   * Whether the person is neither a national nor a permanent resident of the receiving State.
   * When unknown, the assessment derives FALSE from a nationality of the receiving State.
   *
   * @return what is known
   */
  @Value.Default
  public Truth notNationalOrPermanentResident() {
    return Truth.UNKNOWN;
  }

  /** @return whether the procurement was in order to obtain a financial or material benefit */
  @Value.Default
  public Truth materialBenefit() {
    return Truth.UNKNOWN;
  }

  /** @return why the helper acted without a benefit, if that is what happened */
  public abstract Optional<AssistanceMotive> motive();

  /** @return whether the smuggling endangered the migrant's life or safety (art. 6(3)(a)) */
  @Value.Default
  public Truth lifeOrSafetyEndangered() {
    return Truth.UNKNOWN;
  }

  /** @return whether the migrant suffered inhuman or degrading treatment (art. 6(3)(b)) */
  @Value.Default
  public Truth inhumanOrDegradingTreatment() {
    return Truth.UNKNOWN;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SmugglingFacts}; not thread-safe, use once. */
  public static final class Builder extends ImmutableSmugglingFacts.Builder {}
}
