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

/** Tests of {@link PretrialDetentionWithoutJudicialReview} (PAL-C-0312, pretrial-detention-without-judicial-review). */
class PretrialDetentionWithoutJudicialReviewTest {
  private static final PretrialDetentionWithoutJudicialReview CHECK = new PretrialDetentionWithoutJudicialReview();

  // ICCPR art. 9(3): seeds/004 lines 496, 511
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, suspectCase(base().pretrialDetention(Truth.TRUE).judicialReviewOfDetention(Truth.FALSE).build()), Jurisdictions.UNITED_KINGDOM);
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0312");
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/judicialReviewOfDetention"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("iccpr-9-3").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("S1").doesNotContain("{").doesNotContain("''");
    });
  }

  // ICCPR art. 9(3): seeds/004 lines 496, 511
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, suspectCase(base().pretrialDetention(Truth.TRUE).judicialReviewOfDetention(Truth.TRUE).build()))).isEmpty();
  }

  // ICCPR art. 9(3): seeds/004 lines 496, 511: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, suspectCase(base().judicialReviewOfDetention(Truth.FALSE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0312");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/pretrialDetention"));
    });
  }

  // ICCPR art. 9(3): seeds/004 lines 496, 511: a violation where the ICCPR/CAT binds (United Kingdom), a recommendation under
  // the Protocol baseline, which is not bound by it.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, suspectCase(base().pretrialDetention(Truth.TRUE).judicialReviewOfDetention(Truth.FALSE).build()), Jurisdictions.PROTOCOL);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
