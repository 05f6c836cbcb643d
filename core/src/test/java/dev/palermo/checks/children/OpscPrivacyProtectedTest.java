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

/** Tests of {@link OpscPrivacyProtected} (PAL-C-0247, opsc-8-1-e). */
class OpscPrivacyProtectedTest {
  private static final OpscPrivacyProtected CHECK = new OpscPrivacyProtected();

  // OPSC art. 8(1)(e): seeds/003 line 184
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("child"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).childPrivacyProtected(Truth.FALSE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0247");
      // A violation: TIP art. 6(1), also cited, binds the Protocol profile (strongest citation).
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/childPrivacyProtected"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("opsc-8-1-e").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // OPSC art. 8(1)(e): seeds/003 line 184
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("child"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).childPrivacyProtected(Truth.TRUE).build()))).isEmpty();
  }

  // OPSC art. 8(1)(e): seeds/003 line 184: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("child"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0247");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/childPrivacyProtected"));
    });
  }

  // OPSC art. 8(1)(e): seeds/003 line 184: severity follows whether the jurisdiction is bound by opsc-8-1-e.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, victimCase(person("child"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).childPrivacyProtected(Truth.FALSE).build()),
        bound(Instrument.OPSC));
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.VIOLATION);
  }
}
