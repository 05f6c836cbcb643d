package dev.palermo.events;

import dev.palermo.casefile.CaseEvent;
import dev.palermo.facts.DateSpan;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.person.PersonId;
import java.util.Optional;
import org.immutables.value.Value;

/**
  * A criminal or administrative step against a victim: arrest, charge, prosecution or penalty,
  * for an offence of a category, with its link to the trafficking. Victims are not to be
  * detained, charged or prosecuted for status offences or for acts that were a direct
  * consequence of, or compelled by, their trafficking (OHCHR RPG Principle 7; CoE art. 26; EU
  * art. 8; seeds/000 lines 163-213); smuggled migrants are not liable for having been smuggled
  * (Smuggling Protocol art. 5).
 *
 * <p>Nullness: {@link #person()} is required; facts default to unknown, optional values to
 * empty. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class Charge implements CaseEvent, WithCharge {
  /** The stable code of this kind of event. */
  public static final String KIND = "charge";

  Charge() {}

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

  /** @return the category of offence */
  public abstract OffenceCategory offence();

  /** @return how far it went */
  public abstract ChargeStage stage();

  /** @return its link to the trafficking */
  public abstract LinkToTrafficking link();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Charge}; not thread-safe, use once. */
  public static final class Builder extends ImmutableCharge.Builder {}
}
