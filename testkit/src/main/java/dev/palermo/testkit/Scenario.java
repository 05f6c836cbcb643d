package dev.palermo.testkit;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Conduct;
import dev.palermo.facts.DateSpan;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.person.Person;
import java.util.Objects;
import java.util.Optional;

/**
 * A course of conduct together with the person it was directed at: what the definition of
 * trafficking in persons is assessed on ({@link TraffickingDefinition#assess(Conduct, Person,
 * Jurisdiction)}). The conduct's {@link Conduct#victim()} is the person's id.
 *
 * <p>Immutable and thread-safe.
 */
public final class Scenario {
  private final Conduct conduct;
  private final Person person;

  private Scenario(Conduct conduct, Person person) {
    this.conduct = conduct;
    this.person = person;
  }

  /**
   * A scenario.
   *
   * @param conduct the conduct
   * @param person the person it was directed at
   * @return the scenario
   * @throws IllegalArgumentException if the conduct is not directed at the person
   */
  public static Scenario of(Conduct conduct, Person person) {
    Objects.requireNonNull(conduct, "conduct");
    Objects.requireNonNull(person, "person");
    if (!conduct.victim().equals(person.id())) {
      throw new IllegalArgumentException("the conduct must be directed at the person");
    }
    return new Scenario(conduct, person);
  }

  /** @return the conduct */
  public Conduct conduct() {
    return conduct;
  }

  /** @return the person the conduct was directed at */
  public Person person() {
    return person;
  }

  /**
   * Returns a copy with other conduct, directed at the same person.
   *
   * @param other the conduct; its victim is set to this scenario's person
   * @return the changed copy
   */
  public Scenario withConduct(Conduct other) {
    return new Scenario(other.withVictim(person.id()), person);
  }

  /**
   * Returns a copy with another person, who takes the place of the victim.
   *
   * @param other the person; the conduct is redirected to its id
   * @return the changed copy
   */
  public Scenario withPerson(Person other) {
    return new Scenario(conduct.withVictim(other.id()), other);
  }

  /**
   * Assesses the scenario.
   *
   * @param jurisdiction the jurisdiction
   * @return the assessment
   */
  public DefinitionAssessment assess(Jurisdiction jurisdiction) {
    return TraffickingDefinition.assess(conduct, person, jurisdiction);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scenario && ((Scenario) o).conduct.equals(conduct)
        && ((Scenario) o).person.equals(person);
  }

  @Override
  public int hashCode() {
    return conduct.hashCode() * 31 + person.hashCode();
  }

  /**
   * Describes the conduct in full and the person by id, kind of age evidence and age range at
   * the start of the conduct (never a date of birth), so that a failing property can be read.
   */
  @Override
  public String toString() {
    Optional<String> age = conduct.when().map(DateSpan::start)
        .map(d -> person.ageEvidence().ageOn(d).toString());
    return "Scenario{" + conduct + ", person=" + person.id() + " age-evidence="
        + person.ageEvidence().kind().code() + " age-at-conduct=" + age.orElse("undated")
        + " gender=" + person.gender().map(g -> g.code()).orElse("unknown") + "}";
  }
}
