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

/** Tests of {@link ChildBestInterestsSubordinated} (PAL-C-0242, child-best-interests-subordinated). */
class ChildBestInterestsSubordinatedTest {
  private static final ChildBestInterestsSubordinated CHECK = new ChildBestInterestsSubordinated();

  // CRC art. 3; law enforcement or migration aims never prevail: seeds/004 line 290
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("child"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).bestInterestsSubordinated(Truth.TRUE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0242");
      assertThat(p.severity()).isEqualTo(Severity.RECOMMENDATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/bestInterestsSubordinated"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("crc-3").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // CRC art. 3; law enforcement or migration aims never prevail: seeds/004 line 290
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("child"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).bestInterestsSubordinated(Truth.FALSE).build()))).isEmpty();
  }

  // CRC art. 3; law enforcement or migration aims never prevail: seeds/004 line 290: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("child"), ReturnDecision.builder().person(VICTIM).when(DateSpan.on(DAY)).type(ReturnKind.DEPORTATION).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0242");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/bestInterestsSubordinated"));
    });
  }

  // CRC art. 3; law enforcement or migration aims never prevail: seeds/004 line 290: severity follows whether the jurisdiction is bound by crc-3.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, victimCase(person("child"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).bestInterestsSubordinated(Truth.TRUE).build()),
        bound(Instrument.CRC));
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.VIOLATION);
  }
}
