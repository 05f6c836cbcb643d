package dev.palermo.events;

import dev.palermo.casefile.CaseEvent;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.person.PersonId;
import java.util.Optional;
import org.immutables.value.Value;

/**
  * A disclosure of a victim's personal data: privacy and identity are protected (TIP Protocol
  * art. 6(1)); identifying data is not shared with the media or public, nor across borders
  * without safeguards, without consent (seeds/004 lines 547, 572; seeds/001 line 148).
 *
 * <p>Nullness: {@link #person()} is required; facts default to unknown, optional values to
 * empty. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class DataDisclosure implements CaseEvent, WithDataDisclosure {
  /** The stable code of this kind of event. */
  public static final String KIND = "data-disclosure";

  DataDisclosure() {}

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

  /** @return who received the data */
  public abstract DisclosureRecipient recipient();

  /**
   * Whether the data identified the person. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth identifying() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person consented. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth consent() {
    return Truth.UNKNOWN;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DataDisclosure}; not thread-safe, use once. */
  public static final class Builder extends ImmutableDataDisclosure.Builder {}
}
