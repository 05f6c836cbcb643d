package dev.palermo.checks.children;

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

/** Tests of {@link OpscViewsPresented} (PAL-C-0245, opsc-8-1-c). */
class OpscViewsPresentedTest {
  private static final OpscViewsPresented CHECK = new OpscViewsPresented();

  // OPSC art. 8(1)(c): seeds/003 line 182
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("child"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).childViewsHeard(Truth.FALSE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0245");
      assertThat(p.severity()).isEqualTo(Severity.RECOMMENDATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/childViewsHeard"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("opsc-8-1-c").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // OPSC art. 8(1)(c): seeds/003 line 182
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("child"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).childViewsHeard(Truth.TRUE).build()))).isEmpty();
  }

  // OPSC art. 8(1)(c): seeds/003 line 182: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("child"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0245");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/childViewsHeard"));
    });
  }

  // OPSC art. 8(1)(c): seeds/003 line 182: severity follows whether the jurisdiction is bound by opsc-8-1-c.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, victimCase(person("child"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).childViewsHeard(Truth.FALSE).build()),
        bound(Instrument.OPSC));
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.VIOLATION);
  }
}
