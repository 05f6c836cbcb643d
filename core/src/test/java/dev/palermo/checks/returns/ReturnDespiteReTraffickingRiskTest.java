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

/** Tests of {@link ReturnDespiteReTraffickingRisk} (PAL-C-0206, return-despite-re-trafficking-risk). */
class ReturnDespiteReTraffickingRiskTest {
  private static final ReturnDespiteReTraffickingRisk CHECK = new ReturnDespiteReTraffickingRisk();

  // WG Slavery 2004 para. 29: seeds/003 line 294; ICAT seeds/001 line 170; RPG G6 item 8 seeds/004 line 374
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).risks(FactSet.including(ReturnRisk.RE_TRAFFICKING)).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0206");
      assertThat(p.severity()).isEqualTo(Severity.RECOMMENDATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/risks"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("sl-wg-slavery-29").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // WG Slavery 2004 para. 29: seeds/003 line 294; ICAT seeds/001 line 170; RPG G6 item 8 seeds/004 line 374
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).risks(FactSet.none()).build()))).isEmpty();
  }

  // WG Slavery 2004 para. 29: seeds/003 line 294; ICAT seeds/001 line 170; RPG G6 item 8 seeds/004 line 374: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0206");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/risks"));
    });
  }
}
