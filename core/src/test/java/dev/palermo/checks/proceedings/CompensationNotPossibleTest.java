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

/** Tests of {@link CompensationNotPossible} (PAL-C-0226, compensation-not-possible). */
class CompensationNotPossibleTest {
  private static final CompensationNotPossible CHECK = new CompensationNotPossible();

  // TIP Protocol art. 6(6): seeds/004 line 599; seeds/001 line 198
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).compensation(CompensationStatus.NO_PROCEDURE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0226");
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/compensation"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("tip-6-6").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // TIP Protocol art. 6(6): seeds/004 line 599; seeds/001 line 198
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).compensation(CompensationStatus.PENDING).build()))).isEmpty();
  }

  // TIP Protocol art. 6(6): seeds/004 line 599; seeds/001 line 198: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0226");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/compensation"));
    });
  }

  // TIP Protocol art. 6(6): seeds/004 line 599; seeds/001 line 198; CoE art. 15 (seeds/000 line
  // 489): severity follows the strongest citation that binds the jurisdiction.
  @Test
  void severityDependsOnJurisdiction() {
    var c = victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).compensation(CompensationStatus.NO_PROCEDURE).build());
    assertThat(run(CHECK, c, Jurisdictions.COUNCIL_OF_EUROPE)).singleElement()
        .extracting(Problem::severity).isEqualTo(Severity.VIOLATION);
    assertThat(run(CHECK, c, Jurisdictions.SAARC)).singleElement()
        .extracting(Problem::severity).isEqualTo(Severity.RECOMMENDATION);
  }
}
