package dev.palermo.casefile;

import dev.palermo.constraints.BornBeforeConduct;
import dev.palermo.constraints.ChildMeasuresForChildren;
import dev.palermo.constraints.KnownPersonReferences;
import dev.palermo.constraints.UniquePersonIds;
import dev.palermo.constraints.ValidationCodes;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A case: the people in it, the conduct the definitions are assessed on, and the events that
 * followed (for the safeguard checks). The case carries an opaque {@link #id()} and never names
 * anyone. Structural consistency (unique person ids, references to persons that exist) is
 * checked by validation, not at construction, so that every problem can be reported together.
 *
 * <p>Validation rules: the id is required ({@code PAL-V-0001}), at most 128 characters
 * ({@code PAL-V-0002}) and a token, not free text ({@code PAL-V-0003}); person ids are unique
 * ({@code PAL-V-0007}), references name persons of the case ({@code PAL-V-0008}), and no one is
 * born after the conduct began ({@code PAL-V-0009}); persons, conducts and events are validated
 * in turn.
 *
 * <p>Nullness: {@link #id()} is required; lists are empty when absent. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
@UniquePersonIds
@KnownPersonReferences
@BornBeforeConduct
@ChildMeasuresForChildren
public abstract class Case implements WithCase {
  Case() {}

  /** @return the case identifier chosen by the case system; carries no personal data */
  @NotBlank(message = "{" + ValidationCodes.CASE_ID_REQUIRED + "}")
  @Size(max = 128, message = "{" + ValidationCodes.CASE_ID_LENGTH + "}")
  @Pattern(regexp = "[A-Za-z0-9._:/#-]*", message = "{" + ValidationCodes.CASE_ID_FORM + "}")
  public abstract String id();

  /** @return the people in the case */
  @Valid
  public abstract List<Person> persons();

  /** @return the conduct to assess, one record per person and course of conduct */
  @Valid
  public abstract List<Conduct> conducts();

  /** @return what happened in the case afterwards, in the order recorded */
  @Valid
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
