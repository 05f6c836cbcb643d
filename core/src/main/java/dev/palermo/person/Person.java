package dev.palermo.person;

import dev.palermo.facts.CountryCode;
import dev.palermo.internal.PalermoStyle;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person in a case: a victim or presumed victim, a migrant, a suspect, a witness. Roles are not
 * exclusive (a victim can also be an offender, {@code seeds/004_a416d8ba61ae2dbe.txt:42}, 80,
 * 666), so the person carries none; the case's records say what happened to whom.
 *
 * <p>The record holds no name: {@link #id()} is an opaque token, and {@link #toString()} prints
 * only the id and the kinds of evidence held (DOMAIN.md §4, Data). Nullness: every accessor
 * returns non-null; absent values are empty {@link Optional}s or empty sets. Immutable and
 * thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class Person implements WithPerson {
  Person() {}

  /** @return the identifier, carrying no personal data */
  public abstract PersonId id();

  /** @return what is known of the person's age; {@link AgeEvidence#unknown()} by default */
  @Value.Default
  @Valid
  public AgeEvidence ageEvidence() {
    return AgeEvidence.unknown();
  }

  /** @return the gender the person identifies with, if the person gave one */
  public abstract Optional<Gender> gender();

  /** @return the person's nationalities, if known (empty when unknown or stateless) */
  public abstract Set<CountryCode> nationalities();

  /**
   * A person of whom only the id is known.
   *
   * @param id the identifier
   * @return the person
   */
  public static Person of(PersonId id) {
    return builder().id(id).build();
  }

  /**
   * A person with age evidence.
   *
   * @param id the identifier
   * @param age what is known of the age
   * @return the person
   */
  public static Person of(PersonId id, AgeEvidence age) {
    return builder().id(id).ageEvidence(age).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}; not thread-safe, use once. */
  public static final class Builder extends ImmutablePerson.Builder {}

  /** Prints the id and the kind of age evidence only, never personal data. */
  @Override
  public String toString() {
    return "Person{id=" + id() + ", age=" + ageEvidence().kind().code() + "}";
  }
}
