package dev.palermo.checks.trial;

import static dev.palermo.checks.trial.TrialSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import dev.palermo.rights.ProvisionCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of {@link NoInterpreter} (PAL-C-0305, no-interpreter). */
class NoInterpreterTest {
  private static final NoInterpreter CHECK = new NoInterpreter();

  // ICCPR art. 14(3)(f): seeds/004 line 708
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, suspectCase(base().interpreter(Truth.FALSE).build()), Jurisdictions.UNITED_KINGDOM);
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0305");
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/interpreter"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("iccpr-14-3-f").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("S1").doesNotContain("{").doesNotContain("''");
    });
  }

  // ICCPR art. 14(3)(f): seeds/004 line 708
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, suspectCase(base().interpreter(Truth.TRUE).build()))).isEmpty();
  }

  // ICCPR art. 14(3)(f): seeds/004 line 708: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, suspectCase(base().build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0305");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/interpreter"));
    });
  }

  // ICCPR art. 14(3)(f): seeds/004 line 708: a violation where the ICCPR/CAT binds (United Kingdom), a recommendation under
  // the Protocol baseline, which is not bound by it.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, suspectCase(base().interpreter(Truth.FALSE).build()), Jurisdictions.PROTOCOL);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
