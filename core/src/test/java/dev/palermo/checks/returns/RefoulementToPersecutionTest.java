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

/** Tests of {@link RefoulementToPersecution} (PAL-C-0204, refoulement-to-persecution). */
class RefoulementToPersecutionTest {
  private static final RefoulementToPersecution CHECK = new RefoulementToPersecution();

  // customary non-refoulement, Refugee Convention art. 33(1): seeds/004 line 454; seeds/001 line 172
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).risks(FactSet.including(ReturnRisk.PERSECUTION)).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0204");
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/risks"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("cust-non-refoulement").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // customary non-refoulement, Refugee Convention art. 33(1): seeds/004 line 454; seeds/001 line 172
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).risks(FactSet.none()).build()))).isEmpty();
  }

  // customary non-refoulement, Refugee Convention art. 33(1): seeds/004 line 454; seeds/001 line 172: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0204");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/risks"));
    });
  }

  // customary non-refoulement, Refugee Convention art. 33(1): seeds/004 line 454; seeds/001 line 172: severity follows whether the jurisdiction is bound by cust-non-refoulement.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).risks(FactSet.including(ReturnRisk.PERSECUTION)).build()),
        Jurisdictions.COUNCIL_OF_EUROPE);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.VIOLATION);
  }
}
