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

/** Tests of {@link OpscNoUndueDelay} (PAL-C-0249, opsc-8-1-g). */
class OpscNoUndueDelayTest {
  private static final OpscNoUndueDelay CHECK = new OpscNoUndueDelay();

  // OPSC art. 8(1)(g): seeds/003 line 186
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("child"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).childNoUndueDelay(Truth.FALSE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0249");
      assertThat(p.severity()).isEqualTo(Severity.RECOMMENDATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/childNoUndueDelay"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("opsc-8-1-g").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // OPSC art. 8(1)(g): seeds/003 line 186
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("child"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).childNoUndueDelay(Truth.TRUE).build()))).isEmpty();
  }

  // OPSC art. 8(1)(g): seeds/003 line 186: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("child"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0249");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/childNoUndueDelay"));
    });
  }

  // OPSC art. 8(1)(g): seeds/003 line 186: severity follows whether the jurisdiction is bound by opsc-8-1-g.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, victimCase(person("child"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).childNoUndueDelay(Truth.FALSE).build()),
        bound(Instrument.OPSC));
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.VIOLATION);
  }
}
