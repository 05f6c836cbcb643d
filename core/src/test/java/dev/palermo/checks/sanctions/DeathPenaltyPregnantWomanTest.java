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

/** Tests of {@link DeathPenaltyPregnantWoman} (PAL-C-0407, death-penalty-pregnant-woman). */
class DeathPenaltyPregnantWomanTest {
  private static final DeathPenaltyPregnantWoman CHECK = new DeathPenaltyPregnantWoman();

  // ICCPR art. 6(5): seeds/004 line 786
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, offenderCase(base().penalty(PenaltyKind.DEATH_PENALTY).pregnant(Truth.TRUE).build()), Jurisdictions.UNITED_KINGDOM);
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0407");
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/pregnant"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("iccpr-6-5").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("S1").doesNotContain("{");
    });
  }

  // ICCPR art. 6(5): seeds/004 line 786
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, offenderCase(base().penalty(PenaltyKind.DEATH_PENALTY).pregnant(Truth.FALSE).build()), Jurisdictions.UNITED_KINGDOM)).isEmpty();
  }

  // ICCPR art. 6(5): seeds/004 line 786: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, offenderCase(base().penalty(PenaltyKind.DEATH_PENALTY).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0407");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/pregnant"));
    });
  }

  // ICCPR art. 6(5): seeds/004 line 786: the severity follows the strength of the provisions and whether the
  // jurisdiction is bound by them (UNITED_KINGDOM: VIOLATION; PROTOCOL: RECOMMENDATION).
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, offenderCase(base().penalty(PenaltyKind.DEATH_PENALTY).pregnant(Truth.TRUE).build()), Jurisdictions.PROTOCOL);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
