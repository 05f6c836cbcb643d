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

/** Tests of {@link CorporalPunishmentImposed} (PAL-C-0408, corporal-punishment-imposed). */
class CorporalPunishmentImposedTest {
  private static final CorporalPunishmentImposed CHECK = new CorporalPunishmentImposed();

  // seeds/004 lines 727, 786
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, offenderCase(base().penalty(PenaltyKind.CORPORAL_PUNISHMENT).build()), Jurisdictions.UNITED_KINGDOM);
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0408");
      assertThat(p.severity()).isEqualTo(Severity.RECOMMENDATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/penalty"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("sl-corporal-punishment").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("S1").doesNotContain("{");
    });
  }

  // seeds/004 lines 727, 786
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, offenderCase(base().penalty(PenaltyKind.FINE).build()), Jurisdictions.UNITED_KINGDOM)).isEmpty();
  }

  // seeds/004 lines 727, 786: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, offenderCase(base().build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0408");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/penalty"));
    });
  }

  // seeds/004 lines 727, 786: the severity follows the strength of the provisions and whether the
  // jurisdiction is bound by them (UNITED_KINGDOM: RECOMMENDATION; PROTOCOL: RECOMMENDATION).
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, offenderCase(base().penalty(PenaltyKind.CORPORAL_PUNISHMENT).build()), Jurisdictions.PROTOCOL);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
