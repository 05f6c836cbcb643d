package dev.palermo.checks.detention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.casefile.Conduct;
import dev.palermo.casefile.Movement;
import dev.palermo.checks.Check;
import dev.palermo.checks.CheckContext;
import dev.palermo.events.Detention;
import dev.palermo.events.DetentionKind;
import dev.palermo.events.DetentionReason;
import dev.palermo.events.Identification;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.events.LegalBasis;
import dev.palermo.facts.CountryCode;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.person.Person;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import dev.palermo.rights.ProvisionCatalogue;
import dev.palermo.smuggling.SmugglingFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Cases and assertions shared by the detention check tests. Every date of birth is fictitious. */
final class DetentionTestSupport {
  /** The day of the detentions: every built-in profile is in force. */
  static final LocalDate DAY = Fixtures.CONDUCT_DAY;
  /** The day the checks run for. */
  static final LocalDate AS_OF = DAY.plusMonths(3);

  private DetentionTestSupport() {}

  /** The person identified as a victim five days before the detention ({@code /events/0}). */
  static Identification identified() {
    Identification.Builder b = Identification.builder();
    b.person(Fixtures.VICTIM).when(DateSpan.on(DAY.minusDays(5)))
        .status(IdentificationStatus.IDENTIFIED);
    return b.build();
  }

  /** The person screened out: not a victim. */
  static Identification screenedOut() {
    Identification.Builder b = Identification.builder();
    b.person(Fixtures.VICTIM).when(DateSpan.on(DAY.minusDays(5)))
        .status(IdentificationStatus.NOT_A_VICTIM);
    return b.build();
  }

  /**
   * A police custody that meets every rule: individual decision, court order, necessary,
   * proportionate, last resort, reviewed, challengeable, time-limited, not linked to sex,
   * for the person's protection only, consular information given, and for a child shown to be in
   * the child's best interests with no alternative.
   */
  static Detention lawful() {
    Detention.Builder b = Detention.builder();
    b.person(Fixtures.VICTIM).when(DateSpan.between(DAY, DAY.plusDays(2)))
        .type(DetentionKind.POLICE_CUSTODY)
        .reasons(FactSet.only(DetentionReason.PROTECTION))
        .legalBasis(LegalBasis.COURT_ORDER)
        .routinePolicy(Truth.FALSE).linkedToSex(Truth.FALSE).freeToLeave(Truth.FALSE)
        .consentGiven(Truth.TRUE).necessity(Truth.TRUE).proportionality(Truth.TRUE)
        .lastResort(Truth.TRUE).judicialReview(Truth.TRUE).rightToChallenge(Truth.TRUE)
        .consularInformation(Truth.TRUE).bestInterestsShown(Truth.TRUE)
        .noAlternativeShown(Truth.TRUE).periodSpecified(Truth.TRUE);
    return b.build();
  }

  /** Conduct against the person that meets the Smuggling Protocol art. 3 definition. */
  static Conduct smuggling() {
    SmugglingFacts.Builder f = SmugglingFacts.builder();
    f.entryProcured(Truth.TRUE).illegalEntry(Truth.TRUE).receivingState(CountryCode.of("IT"))
        .notNationalOrPermanentResident(Truth.TRUE).materialBenefit(Truth.TRUE);
    Conduct.Builder b = Fixtures.conduct();
    b.movement(Movement.CROSS_BORDER).smuggling(f.build());
    return b.build();
  }

  /** A case with one person and events, the first event at {@code /events/0}. */
  static Case caseOf(Person person, CaseEvent... events) {
    return Case.builder().id("c1").addPersons(person).addEvents(events).build();
  }

  /** A case with one person, conduct and events. */
  static Case caseOf(Person person, Conduct conduct, CaseEvent... events) {
    return Case.builder().id("c1").addPersons(person).addConducts(conduct).addEvents(events)
        .build();
  }

  /** Runs one check. */
  static List<Problem> run(Check check, Jurisdiction jurisdiction, Case c) {
    return new ArrayList<>(check.run(CheckContext.of(c, jurisdiction, AS_OF)));
  }

  /** Asserts a single finding: code, severity, path and main citation. */
  static void assertOne(List<Problem> found, Check check, Severity severity, String path,
      String mainProvision) {
    assertThat(found).hasSize(1);
    Problem p = found.get(0);
    assertThat(p.code()).isEqualTo(check.code());
    assertThat(p.severity()).isEqualTo(severity);
    assertThat(p.path()).isEqualTo(JsonPointer.parse(path));
    assertThat(p.citations()).isNotEmpty();
    assertThat(p.citations().get(0))
        .isEqualTo(ProvisionCatalogue.require(mainProvision).provision());
    assertThat(p.remedy()).isPresent();
    assertThat(p.message()).doesNotContain(Fixtures.VICTIM.value())
        .doesNotContain(Fixtures.ADULT_DOB).doesNotContain(Fixtures.CHILD_DOB)
        .doesNotContain("{");
  }
}
