package dev.palermo.events;

import dev.palermo.casefile.CaseEvent;
import dev.palermo.facts.CountryCode;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.person.PersonId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A step of asset recovery against the proceeds or instrumentalities of trafficking: tracing,
 * freezing or seizing, confiscation, and return or disposal (seeds/000_4ef45050c65d0a55.txt:469;
 * UNTOC arts. 12-14). When a State confiscates at another State's request, it gives priority
 * consideration to returning the proceeds so that victims can be compensated (UNTOC art. 14(2),
 * seeds/000_4ef45050c65d0a55.txt:503; seeds/001_ab6577e9586ed171.txt:246); elsewhere the use of
 * confiscated assets for victims is "advisory rather than mandatory"
 * (seeds/000_4ef45050c65d0a55.txt:489; OHCHR RPG Principle 16).
 *
 * <p>The person is the one the step concerns: the victim whose exploitation produced the
 * proceeds, or the suspect whose assets are targeted.
 *
 * <p>Nullness: {@link #person()} and {@link #step()} are required; facts default to unknown,
 * optional values to empty. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class AssetRecovery implements CaseEvent, WithAssetRecovery {
  /** The stable code of this kind of event. */
  public static final String KIND = "asset-recovery";

  AssetRecovery() {}

  @Override
  public String kind() {
    return KIND;
  }

  /** @return the person the step concerns: the victim, or the suspect whose assets are targeted */
  @Override
  public abstract PersonId person();

  /** @return when the step was taken, if known */
  @Override
  public abstract Optional<DateSpan> when();

  /** @return the step */
  public abstract AssetRecoveryStep step();

  /**
   * Whether the step was taken on the request of another State (UNTOC art. 14(2) applies to
   * confiscation on such a request). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth onRequestOfAnotherState() {
    return Truth.UNKNOWN;
  }

  /** @return the State that asked for the step, if recorded */
  public abstract Optional<CountryCode> requestingState();

  /**
   * For confiscation, return or disposal, whether using the proceeds or property to compensate
   * victims (or returning them to the requesting State so that it can) was considered (UNTOC art.
   * 14(2); seeds/000_4ef45050c65d0a55.txt:489). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth proceedsConsideredForCompensation() {
    return Truth.UNKNOWN;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AssetRecovery}; not thread-safe, use once. */
  public static final class Builder extends ImmutableAssetRecovery.Builder {}
}
