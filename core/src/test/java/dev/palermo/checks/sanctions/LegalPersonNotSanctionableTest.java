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

/** Tests of {@link LegalPersonNotSanctionable} (PAL-C-0412, legal-person-not-sanctionable). */
class LegalPersonNotSanctionableTest {
  private static final LegalPersonNotSanctionable CHECK = new LegalPersonNotSanctionable();

  // UNTOC art. 10(4), CoE art. 23(2): seeds/000 lines 383, 397
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, offenderCase(base().legalPersonInvolved(Truth.TRUE).legalPersonSanctionable(Truth.FALSE).build()), Jurisdictions.PROTOCOL);
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0412");
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/legalPersonSanctionable"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("untoc-10-4").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("S1").doesNotContain("{");
    });
  }

  // UNTOC art. 10(4), CoE art. 23(2): seeds/000 lines 383, 397
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, offenderCase(base().legalPersonInvolved(Truth.TRUE).legalPersonSanctionable(Truth.TRUE).build()), Jurisdictions.PROTOCOL)).isEmpty();
  }

  // UNTOC art. 10(4), CoE art. 23(2): seeds/000 lines 383, 397: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, offenderCase(base().legalPersonSanctionable(Truth.FALSE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0412");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/legalPersonInvolved"));
    });
  }

  // UNTOC art. 10(4), CoE art. 23(2): seeds/000 lines 383, 397: the severity follows the strength of the provisions and whether the
  // jurisdiction is bound by them (PROTOCOL: VIOLATION; ASEAN: RECOMMENDATION).
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, offenderCase(base().legalPersonInvolved(Truth.TRUE).legalPersonSanctionable(Truth.FALSE).build()), Jurisdictions.ASEAN);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
