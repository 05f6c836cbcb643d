package dev.palermo.checks.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.casefile.Conduct;
import dev.palermo.checks.Check;
import dev.palermo.checks.CheckContext;
import dev.palermo.events.AssetRecovery;
import dev.palermo.events.AssetRecoveryStep;
import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.events.Identification;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.facts.CountryCode;
import dev.palermo.facts.DateSpan;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.law.Instrument;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import dev.palermo.rights.ProvisionCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Cases for the cooperation check tests. Dates of birth come from {@link Fixtures}. */
final class Support {
  /** The victim. */
  static final PersonId VICTIM = Fixtures.VICTIM;
  /** The suspect sought. */
  static final PersonId SUSPECT = PersonId.of("S1");
  /** The day the victim was identified. */
  static final LocalDate ID_DAY = LocalDate.of(2018, 7, 1);
  /** The day of the request. */
  static final LocalDate DAY = LocalDate.of(2018, 9, 1);
  /** The day the checks are run for. */
  static final LocalDate AS_OF = LocalDate.of(2018, 10, 1);

  private Support() {}

  /** A request of a type concerning a person, made on {@link #DAY} by NG to IT. */
  static CooperationRequest.Builder request(CooperationType type, PersonId person) {
    CooperationRequest.Builder b = CooperationRequest.builder();
    b.person(person).when(DateSpan.on(DAY)).type(type)
        .requestingState(CountryCode.of("NG")).requestedState(CountryCode.of("IT"));
    return b;
  }

  /** An extradition request for the suspect. */
  static CooperationRequest.Builder extradition() {
    return request(CooperationType.EXTRADITION, SUSPECT);
  }

  /** An asset recovery step concerning the suspect on {@link #DAY}. */
  static AssetRecovery.Builder assets(AssetRecoveryStep step) {
    AssetRecovery.Builder b = AssetRecovery.builder();
    b.person(SUSPECT).when(DateSpan.on(DAY)).step(step);
    return b;
  }

  /** A case with an adult victim and the suspect, no identification, and the events given. */
  static Case plain(CaseEvent... events) {
    return Case.builder().id("c1").addPersons(Fixtures.adult(), Person.of(SUSPECT))
        .addEvents(events).build();
  }

  /** A case where the victim was identified (events/0) before the events given. */
  static Case identified(Person victim, CaseEvent... events) {
    List<CaseEvent> all = new ArrayList<>();
    all.add(Identification.builder().person(VICTIM).when(DateSpan.on(ID_DAY))
        .status(IdentificationStatus.IDENTIFIED).build());
    all.addAll(List.of(events));
    return Case.builder().id("c1").addPersons(victim, Person.of(SUSPECT)).addAllEvents(all)
        .build();
  }

  /** A case with conduct and events. */
  static Case withConduct(Person victim, List<Conduct> conducts, CaseEvent... events) {
    return Case.builder().id("c1").addPersons(victim, Person.of(SUSPECT))
        .addAllConducts(conducts).addEvents(events).build();
  }

  static List<Problem> run(Check check, Case c, Jurisdiction j) {
    return check.run(CheckContext.of(c, j, AS_OF));
  }

  static List<Problem> run(Check check, Case c) {
    return run(check, c, Jurisdictions.PROTOCOL);
  }

  /** The Protocol baseline bound by no instrument at all: every treaty rule is a recommendation. */
  static Jurisdiction unbound() {
    return boundOnly();
  }

  /** The Protocol baseline bound only by the instruments given. */
  static Jurisdiction boundOnly(Instrument... instruments) {
    JurisdictionProfile base = Jurisdictions.PROTOCOL.latest();
    return Jurisdiction.of(JurisdictionProfile.builder().from(base)
        .boundBy(Set.of(instruments)).build());
  }

  /** Asserts a single finding with its code, severity, path and main citation. */
  static void assertFinding(List<Problem> out, String code, Severity severity, String path,
      String mainProvision) {
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(code);
      assertThat(p.severity()).isEqualTo(severity);
      assertThat(p.path()).isEqualTo(JsonPointer.parse(path));
      assertThat(p.citations()).isNotEmpty();
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require(mainProvision).provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("S1").doesNotContain("V1").doesNotContain("{")
          .doesNotContain("''");
    });
  }

  /** Asserts a single "cannot tell" with its code and path. */
  static void assertCannotTell(List<Problem> out, String code, String path) {
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(code);
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse(path));
      assertThat(p.citations()).isNotEmpty();
      assertThat(p.message()).doesNotContain("{");
    });
  }

  /** The severity of the single finding. */
  static Severity severity(List<Problem> out) {
    assertThat(out).hasSize(1);
    return out.get(0).severity();
  }
}
