package dev.palermo.checks;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.SmugglingAssessment;
import dev.palermo.assessment.SmugglingDefinition;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.casefile.Conduct;
import dev.palermo.events.AgeDetermination;
import dev.palermo.events.Identification;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.person.AgeRange;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import dev.palermo.report.JsonPointer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Check} reads: the case, the jurisdiction whose law applies, and the day the checks
 * are run for (age now decides procedural safeguards, DOMAIN.md §5), with helpers every check
 * shares: the events of a kind with their JSON pointers, whether a person is (or may be) a child
 * on a day, and whether a person is a victim, a presumed victim or a smuggled migrant.
 *
 * <p>Thread-safe, and immutable as far as callers can see: answers that need an assessment of the
 * definition are computed once per person and kept. Built once per run by {@link Checks}; checks
 * never call {@code LocalDate.now()}.
 */
public final class CheckContext {
  private final Case theCase;
  private final Jurisdiction jurisdiction;
  private final LocalDate asOf;
  /** Per-person answers computed once per context: every check asks them for every event. */
  private final java.util.Map<PersonId, Truth> trafficked =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<PersonId, Truth> smuggled =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The events of each kind asked for, with their pointers. */
  private final java.util.Map<Class<?>, List<? extends Located<?>>> eventsByType =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** The assessments of the conducts made by the caller, in order; null: make them here. */
  private final List<DefinitionAssessment> madeTrafficking;
  private final List<SmugglingAssessment> madeSmuggling;

  private CheckContext(Case theCase, Jurisdiction jurisdiction, LocalDate asOf,
      List<DefinitionAssessment> trafficking, List<SmugglingAssessment> smuggling) {
    this.theCase = theCase;
    this.jurisdiction = jurisdiction;
    this.asOf = asOf;
    this.madeTrafficking = trafficking;
    this.madeSmuggling = smuggling;
  }

  /**
   * A context.
   *
   * @param theCase the case
   * @param jurisdiction the jurisdiction whose law applies
   * @param asOf the day the checks are run for
   * @return the context
   */
  public static CheckContext of(Case theCase, Jurisdiction jurisdiction, LocalDate asOf) {
    return new CheckContext(Objects.requireNonNull(theCase), Objects.requireNonNull(jurisdiction),
        Objects.requireNonNull(asOf), null, null);
  }

  /**
   * A context given the assessments of the case's conducts that the caller has already made
   * (a pipeline that reports them, then checks), so that the checks do not make them again:
   * each must be that of the conduct at the same index against its victim as
   * {@link #person(PersonId)} gives it, under this jurisdiction.
   *
   * @param theCase the case
   * @param jurisdiction the jurisdiction whose law applies
   * @param asOf the day the checks are run for
   * @param trafficking the assessment of each conduct under the jurisdiction's definition of
   *     trafficking in persons, in the order of {@link Case#conducts()}
   * @param smuggling the assessment of each conduct under the definition of the smuggling of
   *     migrants, in the same order
   * @return the context
   * @throws IllegalArgumentException if a list does not have one assessment per conduct, or an
   *     assessment is under another jurisdiction
   */
  public static CheckContext of(Case theCase, Jurisdiction jurisdiction, LocalDate asOf,
      List<DefinitionAssessment> trafficking, List<SmugglingAssessment> smuggling) {
    int conducts = theCase.conducts().size();
    if (trafficking.size() != conducts || smuggling.size() != conducts) {
      throw new IllegalArgumentException("one assessment per conduct is needed: " + conducts
          + " conducts, " + trafficking.size() + " and " + smuggling.size() + " assessments");
    }
    for (DefinitionAssessment a : trafficking) {
      if (!a.jurisdictionId().equals(jurisdiction.id())) {
        throw new IllegalArgumentException("an assessment under " + a.jurisdictionId()
            + " given for checks under " + jurisdiction.id());
      }
    }
    return new CheckContext(theCase, Objects.requireNonNull(jurisdiction),
        Objects.requireNonNull(asOf), List.copyOf(trafficking), List.copyOf(smuggling));
  }

  /** @return the case */
  public Case theCase() {
    return theCase;
  }

  /** @return the jurisdiction */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** @return the day the checks are run for */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The version of the jurisdiction's law in force on a day (its first version before it).
   *
   * @param day the day
   * @return the profile
   */
  public JurisdictionProfile profileOn(LocalDate day) {
    return jurisdiction.versionAt(day).orElse(jurisdiction.versions().get(0));
  }

  /** @return the version in force on {@link #asOf()} */
  public JurisdictionProfile profile() {
    return profileOn(asOf);
  }

  /**
   * An event with its place in the case document.
   *
   * @param <T> the kind of event
   * @param event the event
   * @param path its JSON pointer, {@code /events/i}
   */
  public record Located<T extends CaseEvent>(T event, JsonPointer path) {
    /**
     * The pointer to a field of the event.
     *
     * @param field the JSON property name
     * @return {@code /events/i/field}
     */
    public JsonPointer at(String field) {
      return path.child(field);
    }

    /** @return the first day of the event, if dated */
    public Optional<LocalDate> day() {
      return event.when().map(DateSpan::start);
    }
  }

  /**
   * The events of one kind, in the order recorded, with their JSON pointers.
   *
   * @param <T> the kind
   * @param type the event class
   * @return the events; unmodifiable
   */
  @SuppressWarnings("unchecked")
  public <T extends CaseEvent> List<Located<T>> events(Class<T> type) {
    if (theCase.events().isEmpty()) {
      return List.of();
    }
    // Every check and helper asks for the events of some kind, often the same one for every
    // event of the case: found once per kind and context.
    return (List<Located<T>>) (List<?>) eventsByType.computeIfAbsent(type, t -> {
      List<Located<T>> out = new ArrayList<>();
      List<CaseEvent> all = theCase.events();
      for (int i = 0; i < all.size(); i++) {
        if (type.isInstance(all.get(i))) {
          out.add(new Located<>(type.cast(all.get(i)), JsonPointer.of("events", i)));
        }
      }
      return List.copyOf(out);
    });
  }

  /**
   * The events of one kind that concern a person.
   *
   * @param <T> the kind
   * @param type the event class
   * @param person the person
   * @return the events
   */
  public <T extends CaseEvent> List<Located<T>> events(Class<T> type, PersonId person) {
    return events(type).stream().filter(e -> e.event().person().equals(person)).toList();
  }

  /**
   * A person of the case.
   *
   * @param id the id
   * @return the person, or a person with nothing known but the id
   */
  public Person person(PersonId id) {
    return theCase.person(id).orElseGet(() -> Person.of(id));
  }

  /**
   * The JSON pointer of a person.
   *
   * @param id the id
   * @return {@code /persons/i}, or the root when the person is not in the case
   */
  public JsonPointer personPath(PersonId id) {
    List<Person> persons = theCase.persons();
    for (int i = 0; i < persons.size(); i++) {
      if (persons.get(i).id().equals(id)) {
        return JsonPointer.of("persons", i);
      }
    }
    return JsonPointer.root();
  }

  /**
   * Whether a person was a child on a day, as far as the evidence tells: the person's age
   * evidence, or the latest age determination made on or before that day.
   *
   * @param id the person
   * @param day the day
   * @return TRUE, FALSE or UNKNOWN (under 18, TIP Protocol art. 3(d))
   */
  public Truth childOn(PersonId id, LocalDate day) {
    AgeRange range = person(id).ageEvidence().ageOn(day);
    Optional<AgeDetermination> latest = events(AgeDetermination.class, id).stream()
        .filter(e -> e.day().map(d -> !d.isAfter(day)).orElse(false))
        .filter(e -> e.event().assessment().isPresent())
        .max(Comparator.comparing(e -> e.day().get()))
        .map(Located::event);
    if (latest.isPresent() && range.isUnknown()) {
      range = latest.get().assessment().get().ageOn(day);
    }
    return range.isUnder(profileOn(day).childAge());
  }

  /**
   * Whether a person may be a child on a day: a child, or of uncertain age. Such a person is
   * treated as a child until the age is determined ({@code seeds/004_a416d8ba61ae2dbe.txt:282}).
   *
   * @param id the person
   * @param day the day
   * @return true unless the person is known to be an adult
   */
  public boolean mayBeChild(PersonId id, LocalDate day) {
    return !childOn(id, day).isFalse();
  }

  /**
   * The identification status of a person on a day: the latest identification event on or
   * before it, or {@link IdentificationStatus#NOT_SCREENED} when none.
   *
   * @param id the person
   * @param day the day
   * @return the status
   */
  public IdentificationStatus identificationOn(PersonId id, LocalDate day) {
    return events(Identification.class, id).stream()
        .filter(e -> e.day().map(d -> !d.isAfter(day)).orElse(true))
        .reduce((a, b) -> b)
        .map(e -> e.event().status())
        .orElse(IdentificationStatus.NOT_SCREENED);
  }

  /**
   * Whether a person is a victim or presumed victim on a day: identified, on reasonable grounds or
   * a possible victim, or the case's conduct against the person meets the definition of the
   * jurisdiction; not when screened out. A person not yet screened is a presumed victim when the
   * case records conduct against the person that may meet the definition (seeds/004 line 266).
   *
   * @param id the person
   * @param day the day
   * @return TRUE, FALSE or UNKNOWN
   */
  public Truth victimOn(PersonId id, LocalDate day) {
    IdentificationStatus status = identificationOn(id, day);
    switch (status) {
      case IDENTIFIED:
      case REASONABLE_GROUNDS:
      case POSSIBLE_VICTIM:
        return Truth.TRUE;
      case NOT_A_VICTIM:
        return Truth.FALSE;
      default:
        return trafficked(id);
    }
  }

  /**
   * Whether the conduct recorded against a person meets the jurisdiction's definition of
   * trafficking in persons: TRUE if any conduct meets it, FALSE if there is conduct and none can,
   * UNKNOWN otherwise (including when no conduct is recorded).
   *
   * @param id the person
   * @return the three-valued answer
   */
  public Truth trafficked(PersonId id) {
    return trafficked.computeIfAbsent(id, this::assessTrafficked);
  }

  private Truth assessTrafficked(PersonId id) {
    Truth result = Truth.FALSE;
    boolean any = false;
    List<Conduct> conducts = theCase.conducts();
    for (int i = 0; i < conducts.size(); i++) {
      Conduct c = conducts.get(i);
      if (c.victim().equals(id)) {
        any = true;
        DefinitionAssessment a = madeTrafficking != null ? madeTrafficking.get(i)
            : TraffickingDefinition.assess(c, person(id), jurisdiction);
        result = result.or(a.outcome().truth());
      }
    }
    return any ? result : Truth.UNKNOWN;
  }

  /**
   * Whether a person was smuggled (Smuggling Protocol art. 3): TRUE if any conduct against the
   * person meets that definition, FALSE if none can, UNKNOWN otherwise.
   *
   * @param id the person
   * @return the three-valued answer
   */
  public Truth smuggled(PersonId id) {
    return smuggled.computeIfAbsent(id, this::assessSmuggled);
  }

  private Truth assessSmuggled(PersonId id) {
    Truth result = Truth.FALSE;
    boolean any = false;
    List<Conduct> conducts = theCase.conducts();
    for (int i = 0; i < conducts.size(); i++) {
      Conduct c = conducts.get(i);
      if (c.victim().equals(id) && c.smuggling().isPresent()) {
        any = true;
        SmugglingAssessment a = madeSmuggling != null ? madeSmuggling.get(i)
            : SmugglingDefinition.assess(c, person(id));
        result = result.or(a.outcome().truth());
      }
    }
    return any ? result : Truth.UNKNOWN;
  }

  /**
   * The day an event is judged on: its first day, or {@link #asOf()} when undated.
   *
   * @param event the event
   * @return the day
   */
  public LocalDate dayOf(Located<?> event) {
    return event.day().orElse(asOf);
  }
}
