package dev.palermo.checks.trial;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.checks.Check;
import dev.palermo.checks.CheckContext;
import dev.palermo.events.Prosecution;
import dev.palermo.facts.DateSpan;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.DateOfBirth;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import dev.palermo.report.Problem;
import java.time.LocalDate;
import java.util.List;

/** Cases for the trial check tests. The date of birth is fictitious. */
final class TrialSupport {
  /** The suspect or defendant. */
  static final PersonId SUSPECT = PersonId.of("S1");
  /** The day the prosecution began. */
  static final LocalDate DAY = LocalDate.of(2018, 6, 1);
  /** The day the checks are run for. */
  static final LocalDate AS_OF = LocalDate.of(2019, 1, 1);

  private TrialSupport() {}

  static Person suspect() {
    return Person.of(SUSPECT, DateOfBirth.parse(Fixtures.ADULT_DOB));
  }

  /** A prosecution of {@link #SUSPECT} begun on {@link #DAY}, every fact unknown. */
  static Prosecution.Builder base() {
    Prosecution.Builder b = Prosecution.builder();
    b.person(SUSPECT).when(DateSpan.on(DAY)).offence("s-1");
    return b;
  }

  /** A case with the suspect and the events given (the first at /events/0). */
  static Case suspectCase(CaseEvent... events) {
    return Case.builder().id("c1").addPersons(suspect()).addEvents(events).build();
  }

  static List<Problem> run(Check check, Case c, Jurisdiction j) {
    return check.run(CheckContext.of(c, j, AS_OF));
  }

  static List<Problem> run(Check check, Case c) {
    return run(check, c, Jurisdictions.PROTOCOL);
  }
}
