package dev.palermo.checks.proceedings;

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

/** Tests of {@link CompensationBarredByReturnOrStatus} (PAL-C-0227, compensation-barred-by-return-or-status). */
class CompensationBarredByReturnOrStatusTest {
  private static final CompensationBarredByReturnOrStatus CHECK = new CompensationBarredByReturnOrStatus();

  // return or immigration status must not prevent compensation: seeds/001 line 200
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).compensation(CompensationStatus.REFUSED).compensationRefusal(CompensationRefusal.RETURNED).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0227");
      // A violation: TIP art. 6(6), also cited, binds the Protocol profile (strongest citation).
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/compensationRefusal"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("sl-wg-2010-7-h").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // return or immigration status must not prevent compensation: seeds/001 line 200
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).compensation(CompensationStatus.REFUSED).compensationRefusal(CompensationRefusal.OTHER).build()))).isEmpty();
  }

  // return or immigration status must not prevent compensation: seeds/001 line 200: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).compensation(CompensationStatus.REFUSED).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0227");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/compensationRefusal"));
    });
  }
}
