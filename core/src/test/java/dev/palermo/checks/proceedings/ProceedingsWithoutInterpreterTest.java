package dev.palermo.checks.proceedings;

import static dev.palermo.checks.CheckTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.events.*;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.law.Instrument;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import dev.palermo.rights.ProvisionCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of {@link ProceedingsWithoutInterpreter} (PAL-C-0223, proceedings-without-interpreter). */
class ProceedingsWithoutInterpreterTest {
  private static final ProceedingsWithoutInterpreter CHECK = new ProceedingsWithoutInterpreter();

  // CoE Convention art. 12, interpretation and translation: seeds/001 line 270; translators seeds/000 line 617
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).interpreter(Truth.FALSE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0223");
      assertThat(p.severity()).isEqualTo(Severity.RECOMMENDATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/interpreter"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("coe-12-1-2").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // CoE Convention art. 12, interpretation and translation: seeds/001 line 270; translators seeds/000 line 617
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).interpreter(Truth.TRUE).build()))).isEmpty();
  }

  // CoE Convention art. 12, interpretation and translation: seeds/001 line 270; translators seeds/000 line 617: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0223");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/interpreter"));
    });
  }

  // CoE Convention art. 12, interpretation and translation: seeds/001 line 270; translators seeds/000 line 617: severity follows whether the jurisdiction is bound by coe-12-1-2.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).interpreter(Truth.FALSE).build()),
        Jurisdictions.COUNCIL_OF_EUROPE);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.VIOLATION);
  }
}
