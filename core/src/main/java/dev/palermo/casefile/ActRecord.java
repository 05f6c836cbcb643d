package dev.palermo.casefile;

import dev.palermo.definition.Act;
import dev.palermo.facts.CountryCode;
import dev.palermo.facts.DateSpan;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.person.PersonId;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One act done, with its details: which act (TIP Protocol art. 3(a)), when, where (the country,
 * which matters for jurisdiction and cooperation) and by whom. An act record implies that the act
 * is known true for the definition.
 *
 * <p>Nullness: {@link #act()} is required; the other attributes are optional or empty. Immutable
 * and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class ActRecord implements WithActRecord {
  ActRecord() {}

  /** @return the act */
  public abstract Act act();

  /** @return when it was done, if known */
  @Valid
  public abstract Optional<DateSpan> when();

  /** @return the country where it was done, if known */
  public abstract Optional<CountryCode> place();

  /** @return the persons who did it, if known */
  public abstract Set<PersonId> by();

  /**
   * An act with no details.
   *
   * @param act the act
   * @return the record
   */
  public static ActRecord of(Act act) {
    return builder().act(act).build();
  }

  /**
   * An act done at a time and place.
   *
   * @param act the act
   * @param when when
   * @param place where
   * @return the record
   */
  public static ActRecord of(Act act, DateSpan when, CountryCode place) {
    return builder().act(act).when(when).place(place).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ActRecord}; not thread-safe, use once. */
  public static final class Builder extends ImmutableActRecord.Builder {}
}
