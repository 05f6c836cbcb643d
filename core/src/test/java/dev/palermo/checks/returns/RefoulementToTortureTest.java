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

/** Tests of {@link RefoulementToTorture} (PAL-C-0205, refoulement-to-torture). */
class RefoulementToTortureTest {
  private static final RefoulementToTorture CHECK = new RefoulementToTorture();

  // CAT art. 3(1), ICCPR art. 7: seeds/004 line 456; jus cogens seeds/001 line 180
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).risks(FactSet.including(ReturnRisk.TORTURE)).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0205");
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/risks"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("cust-non-refoulement").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // CAT art. 3(1), ICCPR art. 7: seeds/004 line 456; jus cogens seeds/001 line 180
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).risks(FactSet.none()).build()))).isEmpty();
  }

  // CAT art. 3(1), ICCPR art. 7: seeds/004 line 456; jus cogens seeds/001 line 180: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).risks(FactSet.<ReturnRisk>unknown().with(Truth.FALSE, ReturnRisk.THREAT_TO_LIFE)).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0205");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/risks"));
    });
  }

  // CAT art. 3(1), ICCPR art. 7: seeds/004 line 456; jus cogens seeds/001 line 180: severity follows whether the jurisdiction is bound by cust-non-refoulement.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).risks(FactSet.including(ReturnRisk.TORTURE)).build()),
        Jurisdictions.UNITED_STATES);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.VIOLATION);
  }
}
