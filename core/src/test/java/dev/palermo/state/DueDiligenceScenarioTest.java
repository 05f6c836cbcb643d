package dev.palermo.state;

import static dev.palermo.state.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import dev.palermo.report.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Scenarios of the State-level assessment over whole responses. */
class DueDiligenceScenarioTest {

  /**
   * A State that criminalises trafficking and investigates, with reliable evidence of a problem,
   * but prosecutes no one; little else is known of its response.
   */
  private static StateResponse offenceButNoProsecutions() {
    return StateResponse.builder().jurisdiction("xx").period(YEAR)
        .reliableEvidenceOfProblem(Truth.TRUE).offenceInLaw(Truth.TRUE)
        .investigations(5).prosecutions(0).convictions(0)
        .victimsIdentified(10).victimsProtected(4)
        .build();
  }

  // seeds/000 line 309: criminalising trafficking does not discharge the duty; failing "to
  // prosecute any perpetrators when there is reliable evidence available of the existence of a
  // trafficking problem" still clearly fails the due-diligence test
  @Test
  void offenceInLawButNoProsecutions() {
    List<Problem> out = assess(offenceButNoProsecutions());
    List<Problem> findings = out.stream().filter(p -> p.severity() != Severity.CANNOT_TELL)
        .toList();
    assertThat(findings).singleElement().satisfies(p -> assertFinding(p,
        DueDiligence.NO_PROSECUTIONS, Severity.RECOMMENDATION, "/prosecutions"));
    assertThat(out).extracting(Problem::code)
        .doesNotContain("PAL-D-0001", "PAL-D-0002", "PAL-D-0003");
    // seeds/000 lines 311-327, 447-449: every factor not known is reported as "cannot tell"
    Set<String> cannotTell = out.stream().filter(p -> p.severity() == Severity.CANNOT_TELL)
        .map(Problem::code).collect(Collectors.toSet());
    assertThat(cannotTell).hasSize(17).doesNotContain("PAL-D-0004");
    assertThat(out.get(0).message()).contains("2022-01-01/2022-12-31");
  }

  // seeds/000 line 309: with every other fact known and met, the missing prosecutions are the
  // only finding
  @Test
  void offenceInLawButNoProsecutionsEverythingElseMet() {
    assertOnly(assess(compliant().withProsecutions(0).withConvictions(0)),
        DueDiligence.NO_PROSECUTIONS, Severity.RECOMMENDATION, "/prosecutions");
  }

  // seeds/000 line 309: a State that does not criminalise and, with evidence of a problem,
  // investigates, protects and prosecutes nothing fails every limb of the clear-fail case
  @Test
  void theClearFailState() {
    StateResponse r = StateResponse.builder().jurisdiction("xx").period(YEAR)
        .reliableEvidenceOfProblem(Truth.TRUE).offenceInLaw(Truth.FALSE).investigations(0)
        .prosecutions(0).victimsProtected(0).build();
    Report report = DueDiligence.assess(r, Jurisdictions.PROTOCOL);
    assertThat(report.problems()).filteredOn(p -> p.severity() != Severity.CANNOT_TELL)
        .extracting(Problem::code)
        .containsExactly("PAL-D-0001", "PAL-D-0002", "PAL-D-0003", "PAL-D-0004");
    assertThat(report.withSeverity(Severity.VIOLATION)).extracting(Problem::code)
        .containsExactly("PAL-D-0001");
    assertThat(report.canBeAssessed()).isTrue();
  }

  // seeds/000 lines 309-327, 447-449: nothing known gives "cannot tell" for every rule, never a
  // silent pass and never a finding
  @Test
  void nothingKnownCannotTellEverything() {
    StateResponse r = StateResponse.builder().jurisdiction("xx").period(YEAR).build();
    List<Problem> out = assess(r);
    assertThat(out).allSatisfy(p -> {
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.citations()).isNotEmpty();
      assertThat(p.remedy()).isPresent();
    });
    assertThat(out.stream().map(Problem::code).collect(Collectors.toSet()))
        .isEqualTo(DueDiligence.rules().stream().map(DueDiligenceRule::code)
            .collect(Collectors.toSet()));
  }

  // The severity is set by the version of the law in force on the period's last day; an open
  // period is judged by the newest version; a period before the first version by the first
  @Test
  void theProfileIsTheVersionInForceAtThePeriodsEnd() {
    var eu = Jurisdictions.EUROPEAN_UNION;
    assertThat(DueDiligence.profileFor(compliant(), eu))
        .isEqualTo(eu.versionAt(YEAR.end().get()).get());
    assertThat(DueDiligence.profileFor(compliant().withPeriod(
        DateSpan.since(LocalDate.of(2022, 1, 1))), eu)).isEqualTo(eu.latest());
    assertThat(DueDiligence.profileFor(compliant().withPeriod(
        DateSpan.on(LocalDate.of(1990, 1, 1))), eu)).isEqualTo(eu.versions().get(0));
  }
}
