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

/** Tests of {@link ChildOffenderLifeWithoutRelease} (PAL-C-0406, child-offender-life-without-release). */
class ChildOffenderLifeWithoutReleaseTest {
  private static final ChildOffenderLifeWithoutRelease CHECK = new ChildOffenderLifeWithoutRelease();

  // CRC art. 37: seeds/004 line 788
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, offenderCase(base().penalty(PenaltyKind.LIFE_WITHOUT_RELEASE).offenderUnder18AtOffence(Truth.TRUE).build()), Jurisdictions.COUNCIL_OF_EUROPE);
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0406");
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/offenderUnder18AtOffence"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("crc-37").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("S1").doesNotContain("{");
    });
  }

  // CRC art. 37: seeds/004 line 788
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, offenderCase(base().penalty(PenaltyKind.LIFE_WITHOUT_RELEASE).offenderUnder18AtOffence(Truth.FALSE).build()), Jurisdictions.COUNCIL_OF_EUROPE)).isEmpty();
  }

  // CRC art. 37: seeds/004 line 788: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, offenderCase(base().penalty(PenaltyKind.LIFE_WITHOUT_RELEASE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0406");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/offenderUnder18AtOffence"));
    });
  }

  // CRC art. 37: seeds/004 line 788: the severity follows the strength of the provisions and whether the
  // jurisdiction is bound by them (COUNCIL_OF_EUROPE: VIOLATION; UNITED_STATES: RECOMMENDATION).
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, offenderCase(base().penalty(PenaltyKind.LIFE_WITHOUT_RELEASE).offenderUnder18AtOffence(Truth.TRUE).build()), Jurisdictions.UNITED_STATES);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
