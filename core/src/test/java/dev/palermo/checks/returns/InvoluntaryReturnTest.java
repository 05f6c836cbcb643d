package dev.palermo.checks.returns;

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

/** Tests of {@link InvoluntaryReturn} (PAL-C-0201, involuntary-return). */
class InvoluntaryReturnTest {
  private static final InvoluntaryReturn CHECK = new InvoluntaryReturn();

  // TIP Protocol art. 8(2), 'shall preferably be voluntary': seeds/003 line 258
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).voluntary(Truth.FALSE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0201");
      assertThat(p.severity()).isEqualTo(Severity.CONCERN);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/voluntary"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("tip-8-2-voluntary").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // TIP Protocol art. 8(2), 'shall preferably be voluntary': seeds/003 line 258
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).voluntary(Truth.TRUE).build()))).isEmpty();
  }

  // TIP Protocol art. 8(2), 'shall preferably be voluntary': seeds/003 line 258: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0201");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/voluntary"));
    });
  }

  // TIP Protocol art. 8(2), 'shall preferably be voluntary': seeds/003 line 258: severity follows whether the jurisdiction is bound by tip-8-2-voluntary.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).voluntary(Truth.FALSE).build()),
        Jurisdictions.COUNCIL_OF_EUROPE);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
