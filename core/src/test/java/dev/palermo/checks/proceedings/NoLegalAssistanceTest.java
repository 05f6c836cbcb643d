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

/** Tests of {@link NoLegalAssistance} (PAL-C-0225, no-legal-assistance). */
class NoLegalAssistanceTest {
  private static final NoLegalAssistance CHECK = new NoLegalAssistance();

  // EU Directive art. 12: seeds/000 lines 261, 273; RPG G6 item 6 seeds/004 line 372
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).legalAssistance(Truth.FALSE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0225");
      assertThat(p.severity()).isEqualTo(Severity.RECOMMENDATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/legalAssistance"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("eu-12").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // EU Directive art. 12: seeds/000 lines 261, 273; RPG G6 item 6 seeds/004 line 372
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).legalAssistance(Truth.TRUE).build()))).isEmpty();
  }

  // EU Directive art. 12: seeds/000 lines 261, 273; RPG G6 item 6 seeds/004 line 372: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0225");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/legalAssistance"));
    });
  }

  // EU Directive art. 12: seeds/000 lines 261, 273; RPG G6 item 6 seeds/004 line 372: severity follows whether the jurisdiction is bound by eu-12.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).legalAssistance(Truth.FALSE).build()),
        Jurisdictions.EUROPEAN_UNION);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.VIOLATION);
  }
}
