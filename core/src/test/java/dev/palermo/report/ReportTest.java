package dev.palermo.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one report type: problems, pointers, severity, rendering and the exception. */
class ReportTest {
  private static final Provision ART_3C = Provision.of(Instrument.TIP_PROTOCOL, "3(c)");
  private static final Provision ART_6_3 = Provision.of(Instrument.TIP_PROTOCOL, "6(3)");

  @Test
  void pointersEscapeTheirTokensAsRfc6901Says() {
    assertThat(JsonPointer.of("persons", 0, "id")).hasToString("/persons/0/id");
    assertThat(JsonPointer.of("a/b", "m~n")).hasToString("/a~1b/m~0n");
    assertThat(JsonPointer.root().isRoot()).isTrue();
    assertThat(JsonPointer.parse("/x/1")).isEqualTo(JsonPointer.of("x", 1));
    assertThatThrownBy(() -> JsonPointer.parse("x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyErrorsBlockTheAssessment() {
    Problem warning = Problem.of("PAL-V-0001", Severity.WARNING, JsonPointer.of("a"), "w");
    Problem violation = Problem.of("PAL-C-0001", Severity.VIOLATION, JsonPointer.of("b"), "v");
    Problem error = Problem.of("PAL-V-0002", Severity.ERROR, JsonPointer.of("c"), "e");
    assertThat(Report.of(List.of(warning, violation)).canBeAssessed()).isTrue();
    Report all = Report.of(List.of(warning, violation)).and(Report.of(List.of(error)));
    assertThat(all.canBeAssessed()).isFalse();
    assertThat(all.problems()).containsExactly(warning, violation, error);
    assertThat(all.withSeverity(Severity.ERROR)).containsExactly(error);
    assertThat(Report.empty().render()).isEqualTo("no problems");
    assertThat(Report.empty().and(Report.empty())).isSameAs(Report.empty());
  }

  @Test
  void problemsCarryTheirCitationsAndRemedy() {
    Problem p = Problem.of("PAL-C-0007", Severity.CONCERN, JsonPointer.of("events", 2),
        "assistance made conditional").withCitations(List.of(ART_6_3, ART_3C))
        .withRemedy("offer assistance whether or not the person cooperates");
    assertThat(p.citation()).contains(ART_6_3);
    assertThat(p.citations()).containsExactly(ART_6_3, ART_3C);
    assertThat(p.remedy()).isPresent();
    assertThat(p).hasToString("concern PAL-C-0007 /events/2: assistance made conditional "
        + "(TIP Protocol art. 6(3); TIP Protocol art. 3(c))");
    assertThat(Problem.of("X", Severity.ERROR, JsonPointer.root(), "m").citation()).isEmpty();
    assertThat(Problem.of("X", Severity.ERROR, JsonPointer.root(), "m").toString())
        .isEqualTo("error X /: m");
  }

  @Test
  void theExceptionCarriesTheWholeReport() {
    Report r = Report.of(List.of(
        Problem.of("PAL-V-0001", Severity.ERROR, JsonPointer.of("id"), "missing"),
        Problem.of("PAL-V-0002", Severity.ERROR, JsonPointer.of("persons"), "empty")));
    ReportException e = new ReportException(r);
    assertThat(e.report()).isSameAs(r);
    assertThat(e.getMessage()).isEqualTo("error PAL-V-0001 /id: missing (and 1 more)");
  }
}
