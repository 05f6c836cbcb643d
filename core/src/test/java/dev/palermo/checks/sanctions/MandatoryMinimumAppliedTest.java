package dev.palermo.checks.sanctions;

import static dev.palermo.checks.sanctions.SanctionsSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.events.AggravatingCircumstance;
import dev.palermo.events.PenaltyKind;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import dev.palermo.rights.ProvisionCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of {@link MandatoryMinimumApplied} (PAL-C-0401, mandatory-minimum-applied). */
class MandatoryMinimumAppliedTest {
  private static final MandatoryMinimumApplied CHECK = new MandatoryMinimumApplied();

  // seeds/000 lines 401, 403; seeds/004 line 727
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, offenderCase(base().mandatoryMinimumApplied(Truth.TRUE).build()), Jurisdictions.COUNCIL_OF_EUROPE);
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0401");
      assertThat(p.severity()).isEqualTo(Severity.RECOMMENDATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/mandatoryMinimumApplied"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("sl-rigid-sanctions").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("S1").doesNotContain("{");
    });
  }

  // seeds/000 lines 401, 403; seeds/004 line 727
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, offenderCase(base().mandatoryMinimumApplied(Truth.FALSE).build()), Jurisdictions.COUNCIL_OF_EUROPE)).isEmpty();
  }

  // seeds/000 lines 401, 403; seeds/004 line 727: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, offenderCase(base().build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0401");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/mandatoryMinimumApplied"));
    });
  }

  // seeds/000 lines 401, 403; seeds/004 line 727: the severity follows the strength of the provisions and whether the
  // jurisdiction is bound by them (COUNCIL_OF_EUROPE: RECOMMENDATION; PROTOCOL: RECOMMENDATION).
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, offenderCase(base().mandatoryMinimumApplied(Truth.TRUE).build()), Jurisdictions.PROTOCOL);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
