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

/** Tests of {@link ChildViewsNotHeard} (PAL-C-0241, child-views-not-heard). */
class ChildViewsNotHeardTest {
  private static final ChildViewsNotHeard CHECK = new ChildViewsNotHeard();

  // CRC art. 12(1)-(2), views sought: seeds/004 line 335
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("child"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).childViewsHeard(Truth.FALSE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0241");
      assertThat(p.severity()).isEqualTo(Severity.RECOMMENDATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/childViewsHeard"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("crc-12").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // CRC art. 12(1)-(2), views sought: seeds/004 line 335
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("child"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).childViewsHeard(Truth.TRUE).build()))).isEmpty();
  }

  // CRC art. 12(1)-(2), views sought: seeds/004 line 335: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("child"), GuardianAppointment.builder().person(VICTIM).when(DateSpan.on(DAY)).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0241");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/childViewsHeard"));
    });
  }

  // CRC art. 12(1)-(2), views sought: seeds/004 line 335: severity follows whether the jurisdiction is bound by crc-12.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, victimCase(person("child"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).childViewsHeard(Truth.FALSE).build()),
        bound(Instrument.CRC));
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.VIOLATION);
  }
}
