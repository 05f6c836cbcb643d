package dev.palermo.checks.sanctions;

import static dev.palermo.checks.sanctions.SanctionsSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.events.PenaltyKind;
import dev.palermo.events.Prosecution;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import dev.palermo.rights.ProvisionCatalogue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of {@link DeathPenaltyAfterUnfairTrial} (PAL-C-0404, death-penalty-after-unfair-trial). */
class DeathPenaltyAfterUnfairTrialTest {
  private static final DeathPenaltyAfterUnfairTrial CHECK = new DeathPenaltyAfterUnfairTrial();

  private static Prosecution.Builder fairTrial() {
    Prosecution.Builder b = Prosecution.builder();
    b.person(OFFENDER).when(DateSpan.on(LocalDate.of(2017, 1, 10)))
        .informedOfCharges(Truth.TRUE).adequateTimeAndFacilities(Truth.TRUE)
        .counselOrLegalAid(Truth.TRUE).interpreter(Truth.TRUE).examineWitnesses(Truth.TRUE)
        .notCompelledToTestify(Truth.TRUE).publicHearing(Truth.TRUE).appeal(Truth.TRUE)
        .priorFinalJudgment(Truth.FALSE).withoutUndueDelay(Truth.TRUE)
        .evidenceObtainedByTorture(Truth.FALSE).victimProtectiveMeasures(Truth.FALSE);
    return b;
  }

  private static final PenaltyKind DEATH = PenaltyKind.DEATH_PENALTY;

  // "A death penalty that is imposed following a trial that is not fair, constitutes a violation
  // of the right to life (ICCPR, Article 6)" (seeds/004 line 786).
  @Test
  void firesWhenTheTrialWasUnfair() {
    List<Problem> out = run(CHECK, offenderCase(
        fairTrial().examineWitnesses(Truth.FALSE).build(), base().penalty(DEATH).build()),
        Jurisdictions.UNITED_KINGDOM);
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0404");
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/examineWitnesses"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("iccpr-6-2").provision());
      assertThat(p.message()).doesNotContain("{");
    });
  }

  // seeds/004 line 786: evidence obtained by torture and used makes the trial unfair too
  // (CAT art. 15, seeds/004 line 516).
  @Test
  void tortureEvidenceMakesTheTrialUnfair() {
    List<Problem> out = run(CHECK, offenderCase(
        fairTrial().evidenceObtainedByTorture(Truth.TRUE).evidenceUsed(Truth.TRUE).build(),
        base().penalty(DEATH).build()));
    assertThat(out).singleElement().extracting(Problem::path)
        .isEqualTo(JsonPointer.parse("/events/0/evidenceUsed"));
  }

  // seeds/004 line 786: a death sentence after a trial respecting every guarantee is not this
  // check's concern (the death penalty itself is flagged by PAL-C-0402).
  @Test
  void silentAfterAFairTrial() {
    assertThat(run(CHECK, offenderCase(fairTrial().build(), base().penalty(DEATH).build())))
        .isEmpty();
  }

  // ICCPR art. 6(2): another penalty does not engage the rule.
  @Test
  void silentForOtherPenalties() {
    assertThat(run(CHECK, offenderCase(fairTrial().examineWitnesses(Truth.FALSE).build(),
        base().penalty(PenaltyKind.CUSTODY).build()))).isEmpty();
  }

  // seeds/004 line 786: a guarantee unknown, none failed: "cannot tell" at that guarantee.
  @Test
  void cannotTellWhenAGuaranteeIsUnknown() {
    Prosecution p = fairTrial().build().withAppeal(Truth.UNKNOWN);
    List<Problem> out = run(CHECK, offenderCase(p, base().penalty(DEATH).build()));
    assertThat(out).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(x.path()).isEqualTo(JsonPointer.parse("/events/0/appeal"));
    });
  }

  // seeds/004 line 786: no prosecution recorded: "cannot tell" at the sentence.
  @Test
  void cannotTellWithoutAProsecution() {
    List<Problem> out = run(CHECK, offenderCase(base().penalty(DEATH).build()));
    assertThat(out).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(x.path()).isEqualTo(JsonPointer.parse("/events/0"));
    });
  }

  // ICCPR arts. 6, 14: a violation where the ICCPR binds (United Kingdom), a recommendation
  // under the Protocol baseline.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, offenderCase(
        fairTrial().examineWitnesses(Truth.FALSE).build(), base().penalty(DEATH).build()),
        Jurisdictions.PROTOCOL);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
