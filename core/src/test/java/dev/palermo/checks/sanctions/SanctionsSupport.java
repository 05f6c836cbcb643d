package dev.palermo.checks.sanctions;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.checks.Check;
import dev.palermo.checks.CheckContext;
import dev.palermo.events.Identification;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.events.Sentence;
import dev.palermo.facts.DateSpan;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.DateOfBirth;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import dev.palermo.report.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Cases for the sanctions check tests. The date of birth is fictitious. */
final class SanctionsSupport {
  /** The person sentenced. */
  static final PersonId OFFENDER = PersonId.of("S1");
  /** The day the person was identified as a victim, in the victim cases. */
  static final LocalDate ID_DAY = LocalDate.of(2018, 5, 1);
  /** The day of the sentence. */
  static final LocalDate DAY = LocalDate.of(2018, 6, 1);
  /** The day the checks are run for. */
  static final LocalDate AS_OF = LocalDate.of(2019, 1, 1);

  private SanctionsSupport() {}

  static Person offender() {
    return Person.of(OFFENDER, DateOfBirth.parse(Fixtures.ADULT_DOB));
  }

  /** A sentence on {@link #OFFENDER} passed on {@link #DAY}, every fact unknown. */
  static Sentence.Builder base() {
    Sentence.Builder b = Sentence.builder();
    b.person(OFFENDER).when(DateSpan.on(DAY)).offence("s-1");
    return b;
  }

  /** A case with the offender and the events given (the first at /events/0). */
  static Case offenderCase(CaseEvent... events) {
    return Case.builder().id("c1").addPersons(offender()).addEvents(events).build();
  }

  /**
   * A case where the offender was identified as a victim of trafficking (events/0) before the
   * events given.
   */
  static Case victimCase(CaseEvent... events) {
    return withStatus(IdentificationStatus.IDENTIFIED, events);
  }

  /** A case where the offender was identified with the given status (events/0). */
  static Case withStatus(IdentificationStatus status, CaseEvent... events) {
    List<CaseEvent> all = new ArrayList<>();
    all.add(Identification.builder().person(OFFENDER).when(DateSpan.on(ID_DAY)).status(status)
        .build());
    all.addAll(List.of(events));
    return Case.builder().id("c1").addPersons(offender()).addAllEvents(all).build();
  }

  static List<Problem> run(Check check, Case c, Jurisdiction j) {
    return check.run(CheckContext.of(c, j, AS_OF));
  }

  static List<Problem> run(Check check, Case c) {
    return run(check, c, Jurisdictions.PROTOCOL);
  }
}
