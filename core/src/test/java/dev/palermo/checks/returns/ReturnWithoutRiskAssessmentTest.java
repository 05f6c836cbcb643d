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

/** Tests of {@link ReturnWithoutRiskAssessment} (PAL-C-0202, return-without-risk-assessment). */
class ReturnWithoutRiskAssessmentTest {
  private static final ReturnWithoutRiskAssessment CHECK = new ReturnWithoutRiskAssessment();

  // individual risk assessment before return, implied by TIP art. 8(2): seeds/003 line 300; seeds/001 line 176
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).riskAssessment(Truth.FALSE).requestedByPerson(Truth.FALSE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0202");
      // A violation: TIP art. 8(2), also cited, binds the Protocol profile (strongest citation).
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/riskAssessment"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("sl-reflection-encouraged").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // individual risk assessment before return, implied by TIP art. 8(2): seeds/003 line 300; seeds/001 line 176
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).riskAssessment(Truth.FALSE).requestedByPerson(Truth.TRUE).build()))).isEmpty();
  }

  // individual risk assessment before return, implied by TIP art. 8(2): seeds/003 line 300; seeds/001 line 176: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).requestedByPerson(Truth.FALSE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0202");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/riskAssessment"));
    });
  }
}
