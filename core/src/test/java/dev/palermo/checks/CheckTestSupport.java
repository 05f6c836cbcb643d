package dev.palermo.checks;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.events.Identification;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.facts.DateSpan;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.law.Instrument;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import dev.palermo.report.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cases for the check tests that judge one event at a time. Dates of birth come from
 * {@link Fixtures} and are fictitious.
 */
public final class CheckTestSupport {
  /** The presumed victim. */
  public static final PersonId VICTIM = Fixtures.VICTIM;
  /** The day the person was identified as a victim. */
  public static final LocalDate ID_DAY = LocalDate.of(2018, 5, 1);
  /** The day of the event judged. */
  public static final LocalDate DAY = LocalDate.of(2018, 6, 1);
  /** The day the checks are run for (the child of {@link Fixtures#childOf16()} is still 16). */
  public static final LocalDate AS_OF = LocalDate.of(2018, 7, 1);

  private CheckTestSupport() {}

  public static Person person(String kind) {
    return kind.equals("child") ? Fixtures.childOf16() : Fixtures.adult();
  }

  public static Identification identification(IdentificationStatus status) {
    return Identification.builder().person(VICTIM).when(DateSpan.on(ID_DAY)).status(status)
        .build();
  }

  /** A case where the person was identified as a victim (events/0) before the events given. */
  public static Case victimCase(Person p, CaseEvent... events) {
    return withStatus(IdentificationStatus.IDENTIFIED, p, events);
  }

  /** A case where the person was identified with the given status (events/0). */
  public static Case withStatus(IdentificationStatus status, Person p, CaseEvent... events) {
    List<CaseEvent> all = new ArrayList<>();
    all.add(identification(status));
    all.addAll(List.of(events));
    return Case.builder().id("c1").addPersons(p).addAllEvents(all).build();
  }

  /** A case with no identification and no conduct: victim status unknown. */
  public static Case unscreenedCase(Person p, CaseEvent... events) {
    return Case.builder().id("c1").addPersons(p).addEvents(events).build();
  }

  public static List<Problem> run(Check check, Case c, Jurisdiction j) {
    return check.run(CheckContext.of(c, j, AS_OF));
  }

  public static List<Problem> run(Check check, Case c) {
    return run(check, c, Jurisdictions.PROTOCOL);
  }

  /** The Protocol baseline, also bound by the given instruments (e.g. the CRC). */
  public static Jurisdiction bound(Instrument... more) {
    JurisdictionProfile base = Jurisdictions.PROTOCOL.latest();
    Set<Instrument> all = new java.util.HashSet<>(base.boundBy());
    all.addAll(List.of(more));
    return Jurisdiction.of(JurisdictionProfile.builder().from(base).boundBy(all).build());
  }
}
