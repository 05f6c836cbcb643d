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

/** Tests of {@link TortureEvidenceUsed} (PAL-C-0310, torture-evidence-used). */
class TortureEvidenceUsedTest {
  private static final TortureEvidenceUsed CHECK = new TortureEvidenceUsed();

  // CAT art. 15: seeds/004 lines 516, 673
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, suspectCase(base().evidenceObtainedByTorture(Truth.TRUE).evidenceUsed(Truth.TRUE).build()), Jurisdictions.UNITED_KINGDOM);
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0310");
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/evidenceUsed"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("cat-15").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("S1").doesNotContain("{").doesNotContain("''");
    });
  }

  // CAT art. 15: seeds/004 lines 516, 673
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, suspectCase(base().evidenceObtainedByTorture(Truth.TRUE).evidenceUsed(Truth.FALSE).build()))).isEmpty();
  }

  // CAT art. 15: seeds/004 lines 516, 673: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, suspectCase(base().evidenceUsed(Truth.TRUE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0310");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/evidenceObtainedByTorture"));
    });
  }

  // CAT art. 15: seeds/004 lines 516, 673: a violation where the ICCPR/CAT binds (United Kingdom), a recommendation under
  // the Protocol baseline, which is not bound by it.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, suspectCase(base().evidenceObtainedByTorture(Truth.TRUE).evidenceUsed(Truth.TRUE).build()), Jurisdictions.PROTOCOL);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
