package dev.palermo.state;

import static dev.palermo.state.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Due diligence against trafficking-related corruption (seeds/000_4ef45050c65d0a55.txt:447-449):
 * the UN Convention against Corruption offences (line 447) and the four factors of line 449.
 * PAL-D-0017 to PAL-D-0021.
 */
class CorruptionTest {

  // seeds/000 line 449: "whether the legal framework supports action against trafficking related
  // corruption"; UNTOC art. 8 (lines 429, 443) binds the Protocol baseline
  @Test
  void corruptionFrameworkInadequateFires() {
    StateResponse r = compliant().withCorruptionLegalFramework(Truth.FALSE);
    assertOnly(assess(r), DueDiligence.CORRUPTION_FRAMEWORK_INADEQUATE, Severity.VIOLATION,
        "/corruptionLegalFramework");
    assertOnly(assess(r, Jurisdictions.COUNCIL_OF_EUROPE),
        DueDiligence.CORRUPTION_FRAMEWORK_INADEQUATE, Severity.RECOMMENDATION,
        "/corruptionLegalFramework");
  }

  // seeds/000 line 449
  @Test
  void corruptionFrameworkInadequateSilent() {
    assertThat(assess(compliant().withCorruptionLegalFramework(Truth.TRUE))).isEmpty();
  }

  // seeds/000 line 449: unknown gives "cannot tell"
  @Test
  void corruptionFrameworkInadequateCannotTell() {
    assertOnly(assess(compliant().withCorruptionLegalFramework(Truth.UNKNOWN)),
        DueDiligence.CORRUPTION_FRAMEWORK_INADEQUATE, Severity.CANNOT_TELL,
        "/corruptionLegalFramework");
  }

  // seeds/000 line 447: UNCAC "requires States Parties to establish specific corruption-related
  // offences including bribery, abuse of functions; and 'obstruction of justice'"
  @Test
  void corruptionOffenceMissingFires() {
    List<Problem> out = assess(compliant().withCorruptionOffences(
        FactSet.only(CorruptionOffence.BRIBERY, CorruptionOffence.ABUSE_OF_FUNCTIONS)));
    assertOnly(out, DueDiligence.CORRUPTION_OFFENCE_MISSING, Severity.RECOMMENDATION,
        "/corruptionOffences");
    assertThat(out.get(0).message()).contains("obstruction-of-justice");
  }

  // seeds/000 line 447
  @Test
  void corruptionOffenceMissingSilent() {
    assertThat(assess(compliant().withCorruptionOffences(FactSet.including(
        CorruptionOffence.BRIBERY, CorruptionOffence.ABUSE_OF_FUNCTIONS,
        CorruptionOffence.OBSTRUCTION_OF_JUSTICE)))).isEmpty();
  }

  // seeds/000 line 447: each offence not known to be in law cannot be told, one finding each
  @Test
  void corruptionOffenceMissingCannotTell() {
    List<Problem> out = assess(compliant().withCorruptionOffences(FactSet.unknown()));
    assertThat(out).hasSize(3).allSatisfy(p -> assertFinding(p,
        DueDiligence.CORRUPTION_OFFENCE_MISSING, Severity.CANNOT_TELL, "/corruptionOffences"));
    assertThat(out.get(0).message()).contains("bribery");
  }

  // seeds/000 line 449: "whether public sector involvement in trafficking is grounds for an
  // aggravated offence"; CoE art. 24(c) and Directive art. 4(3) (line 459) bind their profiles
  @Test
  void officialInvolvementNotAggravatedFires() {
    StateResponse r = compliant().withOfficialInvolvementAggravated(Truth.FALSE);
    assertOnly(assess(r, Jurisdictions.COUNCIL_OF_EUROPE),
        DueDiligence.OFFICIAL_INVOLVEMENT_NOT_AGGRAVATED, Severity.VIOLATION,
        "/officialInvolvementAggravated");
    assertOnly(assess(r, Jurisdictions.EUROPEAN_UNION),
        DueDiligence.OFFICIAL_INVOLVEMENT_NOT_AGGRAVATED, Severity.VIOLATION,
        "/officialInvolvementAggravated");
    assertOnly(assess(r), DueDiligence.OFFICIAL_INVOLVEMENT_NOT_AGGRAVATED,
        Severity.RECOMMENDATION, "/officialInvolvementAggravated");
  }

  // seeds/000 line 449
  @Test
  void officialInvolvementNotAggravatedSilent() {
    assertThat(assess(compliant().withOfficialInvolvementAggravated(Truth.TRUE))).isEmpty();
  }

  // seeds/000 line 449: unknown gives "cannot tell"
  @Test
  void officialInvolvementNotAggravatedCannotTell() {
    assertOnly(assess(compliant().withOfficialInvolvementAggravated(Truth.UNKNOWN)),
        DueDiligence.OFFICIAL_INVOLVEMENT_NOT_AGGRAVATED, Severity.CANNOT_TELL,
        "/officialInvolvementAggravated");
  }

  // seeds/000 line 449: "whether procedures are in place for the effective, independent and
  // public investigation of complaints of trafficking involving or implicating public
  // officials"; UNTOC art. 9(2) (lines 445, 457)
  @Test
  void noOfficialComplaintInvestigationFires() {
    assertOnly(assess(compliant().withOfficialComplaintInvestigation(Truth.FALSE)),
        DueDiligence.NO_OFFICIAL_COMPLAINT_INVESTIGATION, Severity.VIOLATION,
        "/officialComplaintInvestigation");
  }

  // seeds/000 line 449
  @Test
  void noOfficialComplaintInvestigationSilent() {
    assertThat(assess(compliant().withOfficialComplaintInvestigation(Truth.TRUE))).isEmpty();
  }

  // seeds/000 line 449: unknown gives "cannot tell"
  @Test
  void noOfficialComplaintInvestigationCannotTell() {
    assertOnly(assess(compliant().withOfficialComplaintInvestigation(Truth.UNKNOWN)),
        DueDiligence.NO_OFFICIAL_COMPLAINT_INVESTIGATION, Severity.CANNOT_TELL,
        "/officialComplaintInvestigation");
  }

  // seeds/000 line 449: "whether there is independent and effective scrutiny of complaints
  // involving public officials"; UNTOC art. 9(2) (lines 445, 457)
  @Test
  void noOfficialComplaintScrutinyFires() {
    StateResponse r = compliant().withOfficialComplaintScrutiny(Truth.FALSE);
    assertOnly(assess(r), DueDiligence.NO_OFFICIAL_COMPLAINT_SCRUTINY, Severity.VIOLATION,
        "/officialComplaintScrutiny");
    assertOnly(assess(r, Jurisdictions.ASEAN), DueDiligence.NO_OFFICIAL_COMPLAINT_SCRUTINY,
        Severity.RECOMMENDATION, "/officialComplaintScrutiny");
  }

  // seeds/000 line 449
  @Test
  void noOfficialComplaintScrutinySilent() {
    assertThat(assess(compliant().withOfficialComplaintScrutiny(Truth.TRUE))).isEmpty();
  }

  // seeds/000 line 449: unknown gives "cannot tell"
  @Test
  void noOfficialComplaintScrutinyCannotTell() {
    assertOnly(assess(compliant().withOfficialComplaintScrutiny(Truth.UNKNOWN)),
        DueDiligence.NO_OFFICIAL_COMPLAINT_SCRUTINY, Severity.CANNOT_TELL,
        "/officialComplaintScrutiny");
  }
}
