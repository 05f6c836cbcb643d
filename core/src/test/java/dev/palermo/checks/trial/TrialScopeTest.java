package dev.palermo.checks.trial;

import static dev.palermo.checks.trial.TrialSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.casefile.Case;
import dev.palermo.checks.Checks;
import dev.palermo.checks.CheckContext;
import dev.palermo.events.Identification;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.events.Prosecution;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whom the trial checks protect, and their special cases. */
class TrialScopeTest {
  private static Prosecution fair() {
    return base().legalPerson(Truth.FALSE).pretrialDetention(Truth.FALSE)
        .informedOfCharges(Truth.TRUE).adequateTimeAndFacilities(Truth.TRUE)
        .counselOrLegalAid(Truth.TRUE).interpreter(Truth.TRUE).examineWitnesses(Truth.TRUE)
        .notCompelledToTestify(Truth.TRUE).publicHearing(Truth.TRUE).appeal(Truth.TRUE)
        .priorFinalJudgment(Truth.FALSE).withoutUndueDelay(Truth.TRUE)
        .evidenceObtainedByTorture(Truth.FALSE).victimProtectiveMeasures(Truth.FALSE).build();
  }

  // "A human rights based response to trafficking is protective of the rights of all persons ...
  // including individuals who are suspected" (seeds/000 line 359): a person screened out as a
  // victim is still protected.
  @Test
  void fairTrialProtectsPersonsWhoAreNotVictims() {
    Case c = Case.builder().id("c1").addPersons(suspect())
        .addEvents(Identification.builder().person(SUSPECT).when(DateSpan.on(DAY))
            .status(IdentificationStatus.NOT_A_VICTIM).build(),
            base().counselOrLegalAid(Truth.FALSE).build())
        .build();
    assertThat(run(new NoCounselOrLegalAid(), c)).singleElement().extracting(Problem::path)
        .isEqualTo(JsonPointer.parse("/events/1/counselOrLegalAid"));
  }

  // The Protocols target natural and legal persons (seeds/004 line 123); fair-trial guarantees
  // are judged for a legal person too.
  @Test
  void legalPersonsAreJudgedToo() {
    assertThat(run(new ChargesNotInformed(), suspectCase(
        base().legalPerson(Truth.TRUE).informedOfCharges(Truth.FALSE).build()))).hasSize(1);
  }

  // seeds/000 line 377: without protective measures the balance check is not engaged.
  @Test
  void noProtectiveMeasuresNoBalanceIssue() {
    assertThat(run(new ProtectiveMeasuresDenyDefence(), suspectCase(
        base().victimProtectiveMeasures(Truth.FALSE).build()))).isEmpty();
  }

  // ICCPR art. 9(3), seeds/004 line 511: a suspect never detained is not engaged.
  @Test
  void noDetentionNoReviewNeeded() {
    assertThat(run(new PretrialDetentionWithoutJudicialReview(), suspectCase(
        base().pretrialDetention(Truth.FALSE).build()))).isEmpty();
  }

  // CAT art. 15 (seeds/004 line 516): evidence obtained by torture and not used is not a
  // breach of the exclusionary rule.
  @Test
  void tortureEvidenceExcludedIsNotABreach() {
    assertThat(run(new TortureEvidenceUsed(), suspectCase(
        base().evidenceObtainedByTorture(Truth.FALSE).build()))).isEmpty();
  }

  // ICCPR art. 14 (seeds/004 lines 696-713): a trial respecting every guarantee passes every
  // trial check, with nothing left to "cannot tell".
  @Test
  void aFairTrialPassesEveryTrialCheck() {
    CheckContext ctx = CheckContext.of(suspectCase(fair()), Jurisdictions.UNITED_KINGDOM,
        AS_OF);
    assertThat(Checks.run(TrialChecks.all(), ctx).problems()).isEmpty();
  }

  // ICCPR art. 14: a prosecution with nothing known is "cannot tell" for every guarantee, never a
  // silent pass.
  @Test
  void nothingKnownIsCannotTellForEveryCheck() {
    List<Problem> out = Checks.run(TrialChecks.all(), CheckContext.of(suspectCase(base().build()),
        Jurisdictions.PROTOCOL, AS_OF)).problems();
    assertThat(out).hasSize(TrialChecks.all().size())
        .allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL));
  }
}
