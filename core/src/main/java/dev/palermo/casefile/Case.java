package dev.palermo.casefile;

import dev.palermo.internal.PalermoStyle;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A case: the people in it, the conduct the definitions are assessed on, and the events that
 * followed (for the safeguard checks). The case carries an opaque {@link #id()} and never names
 * anyone. Structural consistency (unique person ids, references to persons that exist) is
 * checked by validation, not at construction, so that every problem can be reported together.
 *
 * <p>Nullness: {@link #id()} is required; lists are empty when absent. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class Case implements WithCase {
  Case() {}

  /** @return the case identifier chosen by the case system; carries no personal data */
  public abstract String id();

  /** @return the people in the case */
  public abstract List<Person> persons();

  /** @return the conduct to assess, one record per person and course of conduct */
  public abstract List<Conduct> conducts();

  /** @return what happened in the case afterwards, in the order recorded */
  public abstract List<CaseEvent> events();

  /**
   * Finds a person by id.
   *
   * @param id the identifier
   * @return the first person with that id, or empty
   */
  public Optional<Person> person(PersonId id) {
    return persons().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Case}; not thread-safe, use once. */
  public static final class Builder extends ImmutableCase.Builder {}
}
