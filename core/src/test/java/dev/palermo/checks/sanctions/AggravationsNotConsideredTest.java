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

/** Tests of {@link AggravationsNotConsidered} (PAL-C-0409, aggravations-not-considered). */
class AggravationsNotConsideredTest {
  private static final AggravationsNotConsidered CHECK = new AggravationsNotConsidered();

  // CoE art. 24: seeds/000 lines 405, 419
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, offenderCase(base().aggravations(FactSet.including(AggravatingCircumstance.CHILD_VICTIM)).aggravationsConsidered(Truth.FALSE).build()), Jurisdictions.COUNCIL_OF_EUROPE);
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0409");
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/aggravationsConsidered"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("coe-24").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("S1").doesNotContain("{");
    });
  }

  // CoE art. 24: seeds/000 lines 405, 419
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, offenderCase(base().aggravations(FactSet.including(AggravatingCircumstance.CHILD_VICTIM)).aggravationsConsidered(Truth.TRUE).build()), Jurisdictions.COUNCIL_OF_EUROPE)).isEmpty();
  }

  // CoE art. 24: seeds/000 lines 405, 419: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, offenderCase(base().aggravationsConsidered(Truth.FALSE).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0409");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/0/aggravations"));
    });
  }

  // CoE art. 24: seeds/000 lines 405, 419: the severity follows the strength of the provisions and whether the
  // jurisdiction is bound by them (COUNCIL_OF_EUROPE: VIOLATION; PROTOCOL: RECOMMENDATION).
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, offenderCase(base().aggravations(FactSet.including(AggravatingCircumstance.CHILD_VICTIM)).aggravationsConsidered(Truth.FALSE).build()), Jurisdictions.PROTOCOL);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
