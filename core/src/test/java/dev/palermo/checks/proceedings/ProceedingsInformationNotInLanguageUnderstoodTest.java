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

/** Tests of {@link ProceedingsInformationNotInLanguageUnderstood} (PAL-C-0222, proceedings-information-not-in-language-understood). */
class ProceedingsInformationNotInLanguageUnderstoodTest {
  private static final ProceedingsInformationNotInLanguageUnderstood CHECK = new ProceedingsInformationNotInLanguageUnderstood();

  // TIP Protocol art. 6(2)(a) and 6(3), language they can understand: seeds/004 lines 601-603
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).informedInLanguageUnderstood(Truth.FALSE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0222");
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/informedInLanguageUnderstood"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("tip-6-2-a").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // TIP Protocol art. 6(2)(a) and 6(3), language they can understand: seeds/004 lines 601-603
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).informedInLanguageUnderstood(Truth.TRUE).build()))).isEmpty();
  }

  // TIP Protocol art. 6(2)(a) and 6(3), language they can understand: seeds/004 lines 601-603: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0222");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/informedInLanguageUnderstood"));
    });
  }

  // TIP Protocol art. 6(2)(a) and 6(3), language they can understand: seeds/004 lines 601-603: severity follows whether the jurisdiction is bound by tip-6-2-a.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).informedInLanguageUnderstood(Truth.FALSE).build()),
        Jurisdictions.COUNCIL_OF_EUROPE);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
