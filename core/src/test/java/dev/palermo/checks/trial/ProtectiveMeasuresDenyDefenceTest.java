package dev.palermo.checks.trial;

import static dev.palermo.checks.trial.TrialSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import dev.palermo.rights.ProvisionCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of {@link ProtectiveMeasuresDenyDefence} (PAL-C-0311, protective-measures-deny-defence). */
class ProtectiveMeasuresDenyDefenceTest {
  private static final ProtectiveMeasuresDenyDefence CHECK = new ProtectiveMeasuresDenyDefence();

  // seeds/000 lines 359, 377; ICCPR art. 14(3)(e), seeds/004 line 707
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, suspectCase(base().victimProtectiveMeasures(Truth.TRUE).defenceCouldTestEvidence(Truth.FALSE).build()), Jurisdictions.UNITED_KINGDOM);
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0311");
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/defenceCouldTestEvidence"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("iccpr-14-3-e").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("S1").doesNotContain("{").doesNotContain("''");
    });
  }

  // seeds/000 lines 359, 377; ICCPR art. 14(3)(e), seeds/004 line 707
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, suspectCase(base().victimProtectiveMeasures(Truth.TRUE).defenceCouldTestEvidence(Truth.TRUE).build()))).isEmpty();
  }

  // seeds/000 lines 359, 377; ICCPR art. 14(3)(e), seeds/004 line 707: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, suspectCase(base().victimProtectiveMeasures(Truth.TRUE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0311");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/defenceCouldTestEvidence"));
    });
  }

  // seeds/000 lines 359, 377; ICCPR art. 14(3)(e), seeds/004 line 707: a violation where the ICCPR/CAT binds (United Kingdom), a recommendation under
  // the Protocol baseline, which is not bound by it.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, suspectCase(base().victimProtectiveMeasures(Truth.TRUE).defenceCouldTestEvidence(Truth.FALSE).build()), Jurisdictions.PROTOCOL);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
