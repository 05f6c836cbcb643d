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

/** Tests of {@link ChildReturnWithoutBestInterests} (PAL-C-0209, child-return-without-best-interests). */
class ChildReturnWithoutBestInterestsTest {
  private static final ChildReturnWithoutBestInterests CHECK = new ChildReturnWithoutBestInterests();

  // CRC art. 3; return must accord with the child's best interests: seeds/004 line 460
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("child"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).bestInterestsAssessed(Truth.FALSE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0209");
      assertThat(p.severity()).isEqualTo(Severity.RECOMMENDATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/bestInterestsAssessed"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("crc-3").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // CRC art. 3; return must accord with the child's best interests: seeds/004 line 460
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("child"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).bestInterestsAssessed(Truth.TRUE).build()))).isEmpty();
  }

  // CRC art. 3; return must accord with the child's best interests: seeds/004 line 460: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("child"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0209");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/bestInterestsAssessed"));
    });
  }

  // CRC art. 3; return must accord with the child's best interests: seeds/004 line 460: severity follows whether the jurisdiction is bound by crc-3.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, victimCase(person("child"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).bestInterestsAssessed(Truth.FALSE).build()),
        bound(Instrument.CRC));
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.VIOLATION);
  }
}
