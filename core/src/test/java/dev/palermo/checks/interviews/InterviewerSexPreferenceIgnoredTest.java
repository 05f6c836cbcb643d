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

/** Tests of {@link InterviewerSexPreferenceIgnored} (PAL-C-0262, interviewer-sex-preference-ignored). */
class InterviewerSexPreferenceIgnoredTest {
  private static final InterviewerSexPreferenceIgnored CHECK = new InterviewerSexPreferenceIgnored();

  // preference for the sex of the interviewer: seeds/004 line 479
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Interview.builder().person(VICTIM).when(DateSpan.on(DAY)).interviewerSexPreferenceRespected(Truth.FALSE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0262");
      assertThat(p.severity()).isEqualTo(Severity.RECOMMENDATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/interviewerSexPreferenceRespected"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("sl-interview").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // preference for the sex of the interviewer: seeds/004 line 479
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("adult"), Interview.builder().person(VICTIM).when(DateSpan.on(DAY)).interviewerSexPreferenceRespected(Truth.TRUE).build()))).isEmpty();
  }

  // preference for the sex of the interviewer: seeds/004 line 479: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Interview.builder().person(VICTIM).when(DateSpan.on(DAY)).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0262");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/interviewerSexPreferenceRespected"));
    });
  }
}
