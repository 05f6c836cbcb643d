package dev.palermo.testkit;

import dev.palermo.casefile.Conduct;
import dev.palermo.casefile.Consent;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.DateSpan;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One combination of the finite parts of the definition of trafficking in persons: how the act,
 * the means and the purpose stand, the person's age, and the consent recorded. Built by
 * {@link Combinations}; {@link #scenario()} turns it into conduct on {@link #conductDate()}
 * against a person with the age evidence of {@link #age()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Combination {
  private static final PersonId PERSON = PersonId.of("P1");
  private final ElementChoice<Act> act;
  private final ElementChoice<Means> means;
  private final ElementChoice<ExploitationPurpose> purpose;
  private final AgeCase age;
  private final Consent consent;
  private final LocalDate conductDate;

  private Combination(ElementChoice<Act> act, ElementChoice<Means> means,
      ElementChoice<ExploitationPurpose> purpose, AgeCase age, Consent consent,
      LocalDate conductDate) {
    this.act = act;
    this.means = means;
    this.purpose = purpose;
    this.age = age;
    this.consent = consent;
    this.conductDate = conductDate;
  }

  /**
   * A combination.
   *
   * @param act how the act stands
   * @param means how the means stand
   * @param purpose how the purpose stands
   * @param age the person's age evidence and its class on {@code conductDate}
   * @param consent the consent recorded
   * @param conductDate the single day of the conduct
   * @return the combination
   */
  public static Combination of(ElementChoice<Act> act, ElementChoice<Means> means,
      ElementChoice<ExploitationPurpose> purpose, AgeCase age, Consent consent,
      LocalDate conductDate) {
    return new Combination(Objects.requireNonNull(act, "act"),
        Objects.requireNonNull(means, "means"), Objects.requireNonNull(purpose, "purpose"),
        Objects.requireNonNull(age, "age"), Objects.requireNonNull(consent, "consent"),
        Objects.requireNonNull(conductDate, "conductDate"));
  }

  /** @return how the act stands */
  public ElementChoice<Act> act() {
    return act;
  }

  /** @return how the means stand */
  public ElementChoice<Means> means() {
    return means;
  }

  /** @return how the purpose stands */
  public ElementChoice<ExploitationPurpose> purpose() {
    return purpose;
  }

  /** @return the person's age evidence and its class */
  public AgeCase age() {
    return age;
  }

  /** @return the consent recorded */
  public Consent consent() {
    return consent;
  }

  /** @return the day of the conduct */
  public LocalDate conductDate() {
    return conductDate;
  }

  /**
   * Returns a copy with the act changed.
   *
   * @param choice the act
   * @return the copy
   */
  public Combination withAct(ElementChoice<Act> choice) {
    return of(choice, means, purpose, age, consent, conductDate);
  }

  /**
   * Returns a copy with the means changed.
   *
   * @param choice the means
   * @return the copy
   */
  public Combination withMeans(ElementChoice<Means> choice) {
    return of(act, choice, purpose, age, consent, conductDate);
  }

  /**
   * Returns a copy with the purpose changed.
   *
   * @param choice the purpose
   * @return the copy
   */
  public Combination withPurpose(ElementChoice<ExploitationPurpose> choice) {
    return of(act, means, choice, age, consent, conductDate);
  }

  /**
   * Returns a copy with the age changed.
   *
   * @param ageCase the age
   * @return the copy
   */
  public Combination withAge(AgeCase ageCase) {
    return of(act, means, purpose, ageCase, consent, conductDate);
  }

  /**
   * Returns a copy with the consent changed.
   *
   * @param value the consent
   * @return the copy
   */
  public Combination withConsent(Consent value) {
    return of(act, means, purpose, age, value, conductDate);
  }

  /**
   * The conduct and person: conduct on {@link #conductDate()} against person {@code P1}, with
   * the element fact sets of the choices ({@link ElementChoice#facts()}), the consent, and
   * everything else unknown; the person has the evidence of {@link #age()} and nothing else.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    Conduct conduct = Conduct.builder()
        .victim(PERSON)
        .acts(act.facts())
        .means(means.facts())
        .purposes(purpose.facts())
        .consent(consent)
        .period(DateSpan.on(conductDate))
        .build();
    return Scenario.of(conduct, Person.of(PERSON, age.evidence()));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Combination)) {
      return false;
    }
    Combination c = (Combination) o;
    return c.act.equals(act) && c.means.equals(means) && c.purpose.equals(purpose)
        && c.age.equals(age) && c.consent == consent && c.conductDate.equals(conductDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(act, means, purpose, age, consent, conductDate);
  }

  /** @return e.g. {@code act=recruitment means=none purpose=unknown age=child-exact(CHILD)} */
  @Override
  public String toString() {
    return "act=" + act + " means=" + means + " purpose=" + purpose + " age=" + age
        + " consent=" + consent.code() + " on " + conductDate;
  }
}
