package dev.palermo.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import java.time.LocalDate;
import java.util.List;

/** Shared fixtures of the State-level assessment tests. */
final class Support {
  /** The period assessed. */
  static final DateSpan YEAR = DateSpan.between(LocalDate.of(2022, 1, 1),
      LocalDate.of(2022, 12, 31));

  /** An investigation meeting every indicium of seeds/000_4ef45050c65d0a55.txt:311. */
  static final Investigation EFFECTIVE = Investigation.builder().reference("INV-1")
      .when(DateSpan.between(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 6, 30)))
      .investigatorsIndependent(Truth.TRUE).prompt(Truth.TRUE).evidenceSecured(Truth.TRUE)
      .openToPublicScrutiny(Truth.TRUE).build();

  private Support() {}

  /** A response whose every fact is known and meets the test: assessing it reports nothing. */
  static StateResponse compliant() {
    return StateResponse.builder().jurisdiction("xx").period(YEAR)
        .reliableEvidenceOfProblem(Truth.TRUE).offenceInLaw(Truth.TRUE)
        .investigations(12).arrests(9).prosecutions(7).convictions(4)
        .victimsIdentified(30).victimsProtected(25)
        .addInvestigationsReviewed(EFFECTIVE)
        .identificationProcedures(Truth.TRUE).specialisedUnits(Truth.TRUE)
        .training(Truth.TRUE).adequateLegislativeFramework(Truth.TRUE)
        .officialsApplyFramework(Truth.TRUE).powersResourcesCapacity(Truth.TRUE)
        .victimCooperationFacilitated(Truth.TRUE).dataProduced(Truth.TRUE)
        .corruptionLegalFramework(Truth.TRUE)
        .corruptionOffences(FactSet.only(CorruptionOffence.BRIBERY,
            CorruptionOffence.ABUSE_OF_FUNCTIONS, CorruptionOffence.OBSTRUCTION_OF_JUSTICE))
        .officialInvolvementAggravated(Truth.TRUE).officialComplaintInvestigation(Truth.TRUE)
        .officialComplaintScrutiny(Truth.TRUE)
        .build();
  }

  /** @return the findings under the Trafficking Protocol baseline */
  static List<Problem> assess(StateResponse response) {
    return assess(response, Jurisdictions.PROTOCOL);
  }

  /** @return the findings under a jurisdiction */
  static List<Problem> assess(StateResponse response, Jurisdiction jurisdiction) {
    return DueDiligence.assess(response, jurisdiction).problems();
  }

  /**
   * Asserts the only finding is one of a rule, with the severity, path and main citation given,
   * a remedy, and a formatted message.
   */
  static void assertOnly(List<Problem> out, DueDiligenceRule rule, Severity severity,
      String path) {
    assertThat(out).singleElement().satisfies(p -> assertFinding(p, rule, severity, path));
  }

  /** Asserts one finding of a rule. */
  static void assertFinding(Problem p, DueDiligenceRule rule, Severity severity, String path) {
    assertThat(p.code()).isEqualTo(rule.code());
    assertThat(p.severity()).isEqualTo(severity);
    assertThat(p.path()).isEqualTo(JsonPointer.parse(path));
    assertThat(p.citation()).contains(rule.provisions().get(0).provision());
    assertThat(p.citations()).hasSize(rule.provisions().size());
    assertThat(p.remedy()).isPresent();
    assertThat(p.message()).isNotBlank().doesNotContain("{").doesNotContain("INV-1")
        .doesNotContain("''");
  }
}
