package dev.palermo.checks.returns;

import static dev.palermo.checks.CheckTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.events.AsylumClaim;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.events.ReturnDecision;
import dev.palermo.events.ReturnKind;
import dev.palermo.events.ReturnRisk;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whom the return checks protect, and their special cases. */
class ReturnScopeTest {
  private static ReturnDecision.Builder deportation() {
    ReturnDecision.Builder b = ReturnDecision.builder();
    b.person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION);
    return b;
  }

  // TIP Protocol art. 8(2) protects victims (seeds/003 line 258): a person screened out is not
  // covered.
  @Test
  void victimOnlyRulesSkipPersonsScreenedOut() {
    assertThat(run(new ReturnWithoutRegardForSafety(), withStatus(
        IdentificationStatus.NOT_A_VICTIM, person("adult"),
        deportation().safetyConsidered(Truth.FALSE).build()))).isEmpty();
  }

  // TIP Protocol art. 8(2): with the victim status unknown, a breach is "cannot tell" at the
  // person, never a silent pass.
  @Test
  void unknownVictimStatusIsCannotTellAtThePerson() {
    List<Problem> out = run(new ReturnWithoutRegardForSafety(), unscreenedCase(person("adult"),
        deportation().safetyConsidered(Truth.FALSE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
    });
  }

  // Non-refoulement protects everyone (seeds/004 line 454): also a person screened out.
  @Test
  void nonRefoulementProtectsEveryone() {
    List<Problem> out = run(new RefoulementToPersecution(), withStatus(
        IdentificationStatus.NOT_A_VICTIM, person("adult"),
        deportation().risks(FactSet.including(ReturnRisk.PERSECUTION)).build()));
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.VIOLATION);
  }

  // "shall preferably be voluntary" (seeds/003 line 258): a voluntary return with the flag
  // unknown is taken as voluntary.
  @Test
  void voluntaryReturnKindCountsAsVoluntary() {
    ReturnDecision.Builder b = ReturnDecision.builder();
    b.person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.VOLUNTARY_RETURN);
    assertThat(run(new InvoluntaryReturn(), victimCase(person("adult"), b.build()))).isEmpty();
  }

  // Full opportunity to claim asylum (seeds/004 line 460): no return decided while a claim is
  // pending.
  @Test
  void pendingAsylumClaimFires() {
    List<Problem> out = run(new ReturnWithoutAsylumAccess(), victimCase(person("adult"),
        deportation().asylumInformation(Truth.TRUE).asylumClaim(AsylumClaim.PENDING).build()));
    assertThat(out).singleElement().extracting(Problem::path)
        .isEqualTo(JsonPointer.parse("/events/1/asylumClaim"));
  }

  // The victim may leave voluntarily even before a risk assessment (seeds/003 line 300).
  @Test
  void personAskingToLeaveIsNotRemoved() {
    assertThat(run(new ReturnDespiteReTraffickingRisk(), victimCase(person("adult"),
        deportation().requestedByPerson(Truth.TRUE)
            .risks(FactSet.including(ReturnRisk.RE_TRAFFICKING)).build()))).isEmpty();
  }

  // Reprisals count as well as re-trafficking (RPG Guideline 6 item 8, seeds/004 line 374).
  @Test
  void reprisalsCount() {
    assertThat(run(new ReturnDespiteReTraffickingRisk(), victimCase(person("adult"),
        deportation().risks(FactSet.including(ReturnRisk.REPRISALS)).build()))).hasSize(1);
  }

  // CRC art. 3 applies to children (seeds/004 line 460): an adult's return is not judged.
  @Test
  void childRuleSkipsAdults() {
    assertThat(run(new ChildReturnWithoutBestInterests(), victimCase(person("adult"),
        deportation().bestInterestsAssessed(Truth.FALSE).build()))).isEmpty();
  }
}
