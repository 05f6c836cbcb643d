package dev.palermo.state;

import static dev.palermo.state.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The clear-fail case of the due-diligence test: "A State that does not criminalize trafficking,
 * that fails to investigate any cases of trafficking, that fails to protect any victims or to
 * prosecute any perpetrators when there is reliable evidence available of the existence of a
 * trafficking problem, will clearly not pass the due diligence test"
 * (seeds/000_4ef45050c65d0a55.txt:309). PAL-D-0001 to PAL-D-0004.
 */
class ClearFailTest {

  @Test
  void aCompliantResponseGivesNoFinding() {
    // seeds/000 line 309: no limb of the clear-fail case, every factor of lines 311-327 and 449 met
    assertThat(DueDiligence.assess(compliant(), Jurisdictions.PROTOCOL).isEmpty()).isTrue();
  }

  // seeds/000 line 309: "A State that does not criminalize trafficking"; TIP Protocol art. 5 (lines 127, 145)
  @Test
  void offenceNotInLawFires() {
    assertOnly(assess(compliant().withOffenceInLaw(Truth.FALSE)), DueDiligence.OFFENCE_NOT_IN_LAW,
        Severity.VIOLATION, "/offenceInLaw");
  }

  // seeds/000 line 309 with lines 119, 127: the obligation to criminalise binds through the
  // specialist treaty a jurisdiction is bound by (CoE art. 18; Directive art. 2; SAARC art. III),
  // and is a recommendation where none of them binds (ASEAN profile)
  @Test
  void offenceNotInLawSeverityFollowsTheTreatyThatBinds() {
    StateResponse r = compliant().withOffenceInLaw(Truth.FALSE);
    assertOnly(assess(r, Jurisdictions.COUNCIL_OF_EUROPE), DueDiligence.OFFENCE_NOT_IN_LAW,
        Severity.VIOLATION, "/offenceInLaw");
    assertOnly(assess(r, Jurisdictions.EUROPEAN_UNION), DueDiligence.OFFENCE_NOT_IN_LAW,
        Severity.VIOLATION, "/offenceInLaw");
    assertOnly(assess(r, Jurisdictions.SAARC), DueDiligence.OFFENCE_NOT_IN_LAW,
        Severity.VIOLATION, "/offenceInLaw");
    assertOnly(assess(r, Jurisdictions.ASEAN), DueDiligence.OFFENCE_NOT_IN_LAW,
        Severity.RECOMMENDATION, "/offenceInLaw");
  }

  // seeds/000 line 309: criminalisation is judged without the evidence condition (lines 119, 127)
  @Test
  void offenceNotInLawFiresWithoutEvidenceOfAProblem() {
    List<Problem> out = assess(compliant().withOffenceInLaw(Truth.FALSE)
        .withReliableEvidenceOfProblem(Truth.FALSE));
    assertOnly(out, DueDiligence.OFFENCE_NOT_IN_LAW, Severity.VIOLATION, "/offenceInLaw");
  }

  // seeds/000 line 309
  @Test
  void offenceNotInLawSilentWhenCriminalised() {
    assertThat(assess(compliant().withOffenceInLaw(Truth.TRUE))).isEmpty();
  }

  // seeds/000 line 309: unknown gives "cannot tell", never a silent pass
  @Test
  void offenceNotInLawCannotTell() {
    assertOnly(assess(compliant().withOffenceInLaw(Truth.UNKNOWN)),
        DueDiligence.OFFENCE_NOT_IN_LAW, Severity.CANNOT_TELL, "/offenceInLaw");
  }

  // seeds/000 line 309: "that fails to investigate any cases of trafficking ... when there is
  // reliable evidence available of the existence of a trafficking problem"
  @Test
  void noInvestigationsFires() {
    assertOnly(assess(compliant().withInvestigations(0).withInvestigationsReviewed(List.of())),
        DueDiligence.NO_INVESTIGATIONS, Severity.RECOMMENDATION, "/investigations");
  }

  // seeds/000 line 309: without reliable evidence of a problem the limb does not apply; with one
  // investigation it is not met
  @Test
  void noInvestigationsSilent() {
    assertThat(assess(compliant().withInvestigations(0).withInvestigationsReviewed(List.of())
        .withReliableEvidenceOfProblem(Truth.FALSE))).isEmpty();
    assertThat(assess(compliant().withInvestigations(1))).isEmpty();
  }

  // seeds/000 line 309: an unknown count, or unknown evidence with a count of zero, cannot be told
  @Test
  void noInvestigationsCannotTell() {
    assertOnly(assess(compliant().withInvestigations(0).withInvestigationsReviewed(List.of())
        .withReliableEvidenceOfProblem(Truth.UNKNOWN)), DueDiligence.NO_INVESTIGATIONS,
        Severity.CANNOT_TELL, "/reliableEvidenceOfProblem");
    List<Problem> out = assess(compliant().withInvestigations(OptionalInt.empty())
        .withInvestigationsReviewed(List.of()));
    assertThat(out).filteredOn(p -> p.code().equals("PAL-D-0002")).singleElement()
        .satisfies(p -> assertFinding(p, DueDiligence.NO_INVESTIGATIONS, Severity.CANNOT_TELL,
            "/investigations"));
  }

  // seeds/000 line 309 and 311: an investigation reviewed shows the State investigated, even when
  // the count is not known
  @Test
  void aReviewedInvestigationSettlesTheCount() {
    assertThat(assess(compliant().withInvestigations(OptionalInt.empty()))).isEmpty();
  }

  // seeds/000 line 309: "that fails to protect any victims"
  @Test
  void noVictimsProtectedFires() {
    assertOnly(assess(compliant().withVictimsProtected(0)), DueDiligence.NO_VICTIMS_PROTECTED,
        Severity.RECOMMENDATION, "/victimsProtected");
  }

  // seeds/000 line 309
  @Test
  void noVictimsProtectedSilent() {
    assertThat(assess(compliant().withVictimsProtected(1))).isEmpty();
    assertThat(assess(compliant().withVictimsProtected(0).withInvestigations(3)
        .withReliableEvidenceOfProblem(Truth.FALSE))).isEmpty();
  }

  // seeds/000 line 309: unknown gives "cannot tell"
  @Test
  void noVictimsProtectedCannotTell() {
    assertOnly(assess(compliant().withVictimsProtected(OptionalInt.empty())),
        DueDiligence.NO_VICTIMS_PROTECTED, Severity.CANNOT_TELL, "/victimsProtected");
    assertOnly(assess(compliant().withVictimsProtected(0)
        .withReliableEvidenceOfProblem(Truth.UNKNOWN)), DueDiligence.NO_VICTIMS_PROTECTED,
        Severity.CANNOT_TELL, "/reliableEvidenceOfProblem");
  }

  // seeds/000 line 309: "or to prosecute any perpetrators"
  @Test
  void noProsecutionsFires() {
    assertOnly(assess(compliant().withProsecutions(0).withConvictions(0)),
        DueDiligence.NO_PROSECUTIONS, Severity.RECOMMENDATION, "/prosecutions");
  }

  // seeds/000 line 309
  @Test
  void noProsecutionsSilent() {
    assertThat(assess(compliant().withProsecutions(2))).isEmpty();
    assertThat(assess(compliant().withProsecutions(0)
        .withReliableEvidenceOfProblem(Truth.FALSE))).isEmpty();
  }

  // seeds/000 line 309: unknown gives "cannot tell"
  @Test
  void noProsecutionsCannotTell() {
    assertOnly(assess(compliant().withProsecutions(OptionalInt.empty())),
        DueDiligence.NO_PROSECUTIONS, Severity.CANNOT_TELL, "/prosecutions");
  }

  // seeds/000 line 309: each limb is reported on its own, so the worst case reports all four
  @Test
  void theWorstCaseReportsEveryLimb() {
    StateResponse worst = compliant().withOffenceInLaw(Truth.FALSE).withInvestigations(0)
        .withInvestigationsReviewed(List.of()).withVictimsProtected(0).withProsecutions(0)
        .withConvictions(0);
    assertThat(assess(worst)).extracting(Problem::code)
        .containsExactly("PAL-D-0001", "PAL-D-0002", "PAL-D-0003", "PAL-D-0004");
  }
}
