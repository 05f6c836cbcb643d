package dev.palermo;

import dev.palermo.casefile.Conduct;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.person.AgeEvidence;
import dev.palermo.person.DateOfBirth;
import dev.palermo.person.Gender;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import java.time.LocalDate;

/** Shared facts for the scenario tests. Every date of birth here is fictitious. */
public final class Fixtures {
  /** The day the conduct began in most scenarios: every built-in profile is in force. */
  public static final LocalDate CONDUCT_DAY = LocalDate.of(2018, 6, 1);
  /** The presumed victim. */
  public static final PersonId VICTIM = PersonId.of("V1");
  /** A date of birth that makes the person 16 on {@link #CONDUCT_DAY}. */
  public static final String CHILD_DOB = "2001-11-13";
  /** A date of birth that makes the person 26 on {@link #CONDUCT_DAY}. */
  public static final String ADULT_DOB = "1991-10-07";

  private Fixtures() {}

  /** @return an adult at the time of the conduct, gender not given */
  public static Person adult() {
    return Person.of(VICTIM, DateOfBirth.parse(ADULT_DOB));
  }

  /** @return an adult of the given gender */
  public static Person adult(Gender gender) {
    return Person.builder().id(VICTIM).ageEvidence(DateOfBirth.parse(ADULT_DOB)).gender(gender)
        .build();
  }

  /** @return a person aged 16 at the time of the conduct */
  public static Person childOf16() {
    return Person.of(VICTIM, DateOfBirth.parse(CHILD_DOB));
  }

  /** @return a child of the given gender */
  public static Person childOf16(Gender gender) {
    return Person.builder().id(VICTIM).ageEvidence(DateOfBirth.parse(CHILD_DOB)).gender(gender)
        .build();
  }

  /** @return a person whose age nothing tells */
  public static Person unknownAge() {
    return Person.of(VICTIM, AgeEvidence.unknown());
  }

  /** @return a builder for conduct against {@link #VICTIM} that began on {@link #CONDUCT_DAY} */
  public static Conduct.Builder conduct() {
    Conduct.Builder b = Conduct.builder();
    b.victim(VICTIM).period(DateSpan.on(CONDUCT_DAY));
    return b;
  }

  /**
   * Conduct with exactly one act and one purpose known, every other act and purpose known not to
   * have happened, and the given means.
   */
  public static Conduct conduct(Act act, FactSet<Means> means, ExploitationPurpose purpose) {
    Conduct.Builder b = conduct();
    b.acts(FactSet.only(act)).means(means).purposes(FactSet.only(purpose));
    return b.build();
  }

  /** Conduct on a given day. */
  public static Conduct conductOn(LocalDate day, Act act, FactSet<Means> means,
      ExploitationPurpose purpose) {
    Conduct.Builder b = Conduct.builder();
    b.victim(VICTIM).period(DateSpan.on(day)).acts(FactSet.only(act)).means(means)
        .purposes(FactSet.only(purpose));
    return b.build();
  }

  /** Conduct with no date recorded. */
  public static Conduct undated(Act act, FactSet<Means> means, ExploitationPurpose purpose) {
    Conduct.Builder b = Conduct.builder();
    b.victim(VICTIM).acts(FactSet.only(act)).means(means).purposes(FactSet.only(purpose));
    return b.build();
  }
}
