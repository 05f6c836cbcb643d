package dev.palermo.checks.interviews;

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

/** Tests of {@link SuspectPresentAtInterview} (PAL-C-0265, suspect-present-at-interview). */
class SuspectPresentAtInterviewTest {
  private static final SuspectPresentAtInterview CHECK = new SuspectPresentAtInterview();

  // no potential perpetrators present: seeds/004 line 478
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Interview.builder().person(VICTIM).when(DateSpan.on(DAY)).suspectPresent(Truth.TRUE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0265");
      assertThat(p.severity()).isEqualTo(Severity.RECOMMENDATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/suspectPresent"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("sl-interview").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // no potential perpetrators present: seeds/004 line 478
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("adult"), Interview.builder().person(VICTIM).when(DateSpan.on(DAY)).suspectPresent(Truth.FALSE).build()))).isEmpty();
  }

  // no potential perpetrators present: seeds/004 line 478: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Interview.builder().person(VICTIM).when(DateSpan.on(DAY)).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0265");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/suspectPresent"));
    });
  }
}
