package dev.palermo.state;

import static dev.palermo.state.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.facts.Truth;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The indicia of an effective investigation: "the independence of the investigators; the
 * promptness of the investigation; whether reasonable steps were taken to secure evidence
 * concerning the incident; and whether investigation or its results are open to public scrutiny"
 * (seeds/000_4ef45050c65d0a55.txt:311, from Finucane v. United Kingdom, fn 65 at line 323).
 * PAL-D-0005 to PAL-D-0008, judged for each investigation reviewed. Jurisprudence cited by the
 * seed: a recommendation in every jurisdiction.
 */
class EffectiveInvestigationTest {

  private static StateResponse reviewing(Investigation... investigations) {
    return compliant().withInvestigationsReviewed(List.of(investigations));
  }

  // seeds/000 line 311: "the independence of the investigators"
  @Test
  void investigatorsNotIndependentFires() {
    assertOnly(assess(reviewing(EFFECTIVE.withInvestigatorsIndependent(Truth.FALSE))),
        DueDiligence.INVESTIGATORS_NOT_INDEPENDENT, Severity.RECOMMENDATION,
        "/investigationsReviewed/0/investigatorsIndependent");
  }

  // seeds/000 line 311
  @Test
  void investigatorsNotIndependentSilent() {
    assertThat(assess(reviewing(EFFECTIVE.withInvestigatorsIndependent(Truth.TRUE)))).isEmpty();
  }

  // seeds/000 line 311: unknown gives "cannot tell"
  @Test
  void investigatorsNotIndependentCannotTell() {
    assertOnly(assess(reviewing(EFFECTIVE.withInvestigatorsIndependent(Truth.UNKNOWN))),
        DueDiligence.INVESTIGATORS_NOT_INDEPENDENT, Severity.CANNOT_TELL,
        "/investigationsReviewed/0/investigatorsIndependent");
  }

  // seeds/000 line 311: "the promptness of the investigation"
  @Test
  void investigationNotPromptFires() {
    assertOnly(assess(reviewing(EFFECTIVE.withPrompt(Truth.FALSE))),
        DueDiligence.INVESTIGATION_NOT_PROMPT, Severity.RECOMMENDATION,
        "/investigationsReviewed/0/prompt");
  }

  // seeds/000 line 311
  @Test
  void investigationNotPromptSilent() {
    assertThat(assess(reviewing(EFFECTIVE.withPrompt(Truth.TRUE)))).isEmpty();
  }

  // seeds/000 line 311: unknown gives "cannot tell"
  @Test
  void investigationNotPromptCannotTell() {
    assertOnly(assess(reviewing(EFFECTIVE.withPrompt(Truth.UNKNOWN))),
        DueDiligence.INVESTIGATION_NOT_PROMPT, Severity.CANNOT_TELL,
        "/investigationsReviewed/0/prompt");
  }

  // seeds/000 line 311: "whether reasonable steps were taken to secure evidence concerning the incident"
  @Test
  void evidenceNotSecuredFires() {
    assertOnly(assess(reviewing(EFFECTIVE.withEvidenceSecured(Truth.FALSE))),
        DueDiligence.EVIDENCE_NOT_SECURED, Severity.RECOMMENDATION,
        "/investigationsReviewed/0/evidenceSecured");
  }

  // seeds/000 line 311
  @Test
  void evidenceNotSecuredSilent() {
    assertThat(assess(reviewing(EFFECTIVE.withEvidenceSecured(Truth.TRUE)))).isEmpty();
  }

  // seeds/000 line 311: unknown gives "cannot tell"
  @Test
  void evidenceNotSecuredCannotTell() {
    assertOnly(assess(reviewing(EFFECTIVE.withEvidenceSecured(Truth.UNKNOWN))),
        DueDiligence.EVIDENCE_NOT_SECURED, Severity.CANNOT_TELL,
        "/investigationsReviewed/0/evidenceSecured");
  }

  // seeds/000 line 311: "whether investigation or its results are open to public scrutiny"
  @Test
  void investigationClosedToScrutinyFires() {
    assertOnly(assess(reviewing(EFFECTIVE.withOpenToPublicScrutiny(Truth.FALSE))),
        DueDiligence.INVESTIGATION_CLOSED_TO_SCRUTINY, Severity.RECOMMENDATION,
        "/investigationsReviewed/0/openToPublicScrutiny");
  }

  // seeds/000 line 311
  @Test
  void investigationClosedToScrutinySilent() {
    assertThat(assess(reviewing(EFFECTIVE.withOpenToPublicScrutiny(Truth.TRUE)))).isEmpty();
  }

  // seeds/000 line 311: unknown gives "cannot tell"
  @Test
  void investigationClosedToScrutinyCannotTell() {
    assertOnly(assess(reviewing(EFFECTIVE.withOpenToPublicScrutiny(Truth.UNKNOWN))),
        DueDiligence.INVESTIGATION_CLOSED_TO_SCRUTINY, Severity.CANNOT_TELL,
        "/investigationsReviewed/0/openToPublicScrutiny");
  }

  // seeds/000 line 311: each investigation is judged on its own, at its own index
  @Test
  void eachInvestigationIsJudgedAtItsIndex() {
    List<Problem> out = assess(reviewing(EFFECTIVE, EFFECTIVE.withPrompt(Truth.FALSE)));
    assertOnly(out, DueDiligence.INVESTIGATION_NOT_PROMPT, Severity.RECOMMENDATION,
        "/investigationsReviewed/1/prompt");
    assertThat(out.get(0).message()).contains("at index 1");
  }

  // seeds/000 line 311: with investigations opened (or not known to be none) but none reviewed,
  // no indicium can be told
  @Test
  void noneReviewedCannotTell() {
    List<Problem> out = assess(reviewing());
    assertThat(out).extracting(Problem::code)
        .containsExactly("PAL-D-0005", "PAL-D-0006", "PAL-D-0007", "PAL-D-0008");
    assertThat(out).allSatisfy(p -> {
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path().toString()).isEqualTo("/investigationsReviewed");
      assertThat(p.message()).contains("no investigation was reviewed");
    });
    assertThat(assess(reviewing().withInvestigations(OptionalInt.empty())))
        .extracting(Problem::code).contains("PAL-D-0002", "PAL-D-0005", "PAL-D-0008");
  }

  // seeds/000 lines 309 and 311: a State known to have investigated nothing has no investigation
  // to judge; the clear-fail limb reports it instead
  @Test
  void noIndiciumWhenNothingWasInvestigated() {
    assertThat(assess(reviewing().withInvestigations(0))).extracting(Problem::code)
        .containsExactly("PAL-D-0002");
  }
}
