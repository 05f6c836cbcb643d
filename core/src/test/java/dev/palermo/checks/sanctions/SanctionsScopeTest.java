package dev.palermo.checks.sanctions;

import static dev.palermo.checks.sanctions.SanctionsSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.Checks;
import dev.palermo.events.AggravatingCircumstance;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.events.PenaltyKind;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whom the sanctions checks protect, and their special cases. */
class SanctionsScopeTest {
  // seeds/004 line 760: mitigation for former victims concerns victims; an offender screened
  // out is not judged.
  @Test
  void formerVictimRuleSkipsOffendersScreenedOut() {
    assertThat(run(new FormerVictimNotConsideredInMitigation(), withStatus(
        IdentificationStatus.NOT_A_VICTIM, base().formerVictimConsidered(Truth.FALSE).build())))
        .isEmpty();
  }

  // seeds/004 line 760: with the offender's victim status unknown, a sentence without mitigation
  // is "cannot tell" at the person.
  @Test
  void unknownVictimStatusIsCannotTellAtThePerson() {
    List<Problem> out = run(new FormerVictimNotConsideredInMitigation(),
        offenderCase(base().formerVictimConsidered(Truth.FALSE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
    });
  }

  // CoE art. 24 (seeds/000 line 405): a sentence with none of the four circumstances present is
  // not engaged, even if nothing was weighed.
  @Test
  void noAggravationPresentNoFinding() {
    assertThat(run(new AggravationsNotConsidered(), offenderCase(base()
        .aggravations(FactSet.none()).aggravationsConsidered(Truth.FALSE).build()),
        Jurisdictions.COUNCIL_OF_EUROPE)).isEmpty();
  }

  // CoE art. 24(c) (seeds/000 lines 445, 459): public-sector complicity is an aggravation too.
  @Test
  void publicOfficialIsAnAggravation() {
    assertThat(run(new AggravationsNotConsidered(), offenderCase(base()
        .aggravations(FactSet.including(AggravatingCircumstance.PUBLIC_OFFICIAL))
        .aggravationsConsidered(Truth.FALSE).build()), Jurisdictions.COUNCIL_OF_EUROPE))
        .singleElement().extracting(Problem::severity).isEqualTo(Severity.VIOLATION);
  }

  // CoE art. 25 is a separate rule: previous convictions abroad do not engage art. 24.
  @Test
  void foreignConvictionsAloneDoNotEngageArticle24() {
    assertThat(run(new AggravationsNotConsidered(), offenderCase(base()
        .aggravations(FactSet.only(AggravatingCircumstance.PREVIOUS_CONVICTIONS_ABROAD))
        .aggravationsConsidered(Truth.FALSE).build()))).isEmpty();
  }

  // CRC art. 37, ICCPR art. 6(5) (seeds/004 lines 786, 788): a custodial sentence for an
  // offence committed under eighteen is not barred by these rules.
  @Test
  void custodyForAChildOffenderIsNotBarredHere() {
    var s = base().penalty(PenaltyKind.CUSTODY).custodyMonths(24)
        .offenderUnder18AtOffence(Truth.TRUE).build();
    assertThat(run(new ChildOffenderDeathPenalty(), offenderCase(s))).isEmpty();
    assertThat(run(new ChildOffenderLifeWithoutRelease(), offenderCase(s))).isEmpty();
  }

  // UNTOC art. 10(4) (seeds/000 line 383): no legal person involved, rule not engaged.
  @Test
  void noLegalPersonNoFinding() {
    assertThat(run(new LegalPersonNotSanctionable(), offenderCase(base()
        .legalPersonInvolved(Truth.FALSE).build()))).isEmpty();
  }

  // A proportionate sentence with every fact known passes every sanctions check (Council of
  // Europe profile, floor of 12 months: seeds/000 line 393).
  @Test
  void aProportionateSentencePassesEverySanctionsCheck() {
    var s = base().penalty(PenaltyKind.CUSTODY).custodyMonths(60)
        .statutoryMaximumCustodyMonths(120).mandatoryMinimumApplied(Truth.FALSE)
        .offenderUnder18AtOffence(Truth.FALSE).pregnant(Truth.FALSE)
        .aggravations(FactSet.including(AggravatingCircumstance.CHILD_VICTIM))
        .aggravationsConsidered(Truth.TRUE).legalPersonInvolved(Truth.FALSE).build();
    CheckContext ctx = CheckContext.of(withStatus(IdentificationStatus.NOT_A_VICTIM, s),
        Jurisdictions.COUNCIL_OF_EUROPE, AS_OF);
    assertThat(Checks.run(SanctionsChecks.all(), ctx).problems()).isEmpty();
  }
}
