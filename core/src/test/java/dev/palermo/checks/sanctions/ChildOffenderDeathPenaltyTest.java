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

/** Tests of {@link ChildOffenderDeathPenalty} (PAL-C-0405, child-offender-death-penalty). */
class ChildOffenderDeathPenaltyTest {
  private static final ChildOffenderDeathPenalty CHECK = new ChildOffenderDeathPenalty();

  // ICCPR art. 6(5), CRC art. 37: seeds/004 lines 786, 788
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, offenderCase(base().penalty(PenaltyKind.DEATH_PENALTY).offenderUnder18AtOffence(Truth.TRUE).build()), Jurisdictions.UNITED_STATES);
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0405");
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/offenderUnder18AtOffence"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("iccpr-6-5").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("S1").doesNotContain("{");
    });
  }

  // ICCPR art. 6(5), CRC art. 37: seeds/004 lines 786, 788
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, offenderCase(base().penalty(PenaltyKind.DEATH_PENALTY).offenderUnder18AtOffence(Truth.FALSE).build()), Jurisdictions.UNITED_STATES)).isEmpty();
  }

  // ICCPR art. 6(5), CRC art. 37: seeds/004 lines 786, 788: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, offenderCase(base().penalty(PenaltyKind.DEATH_PENALTY).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0405");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/offenderUnder18AtOffence"));
    });
  }

  // ICCPR art. 6(5), CRC art. 37: seeds/004 lines 786, 788: the severity follows the strength of the provisions and whether the
  // jurisdiction is bound by them (UNITED_STATES: VIOLATION; PROTOCOL: RECOMMENDATION).
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, offenderCase(base().penalty(PenaltyKind.DEATH_PENALTY).offenderUnder18AtOffence(Truth.TRUE).build()), Jurisdictions.PROTOCOL);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
