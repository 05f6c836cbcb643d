package dev.palermo.checks.proceedings;

import static dev.palermo.checks.CheckTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.events.*;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.law.Instrument;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import dev.palermo.rights.ProvisionCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of {@link IdentityDisclosedPublicly} (PAL-C-0220, identity-disclosed-publicly). */
class IdentityDisclosedPubliclyTest {
  private static final IdentityDisclosedPublicly CHECK = new IdentityDisclosedPublicly();

  // TIP Protocol art. 6(1): seeds/004 line 601; identities revealed to media: seeds/004 line 547
  @Test
  void firesWhenBroken() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).identityDisclosure(IdentityDisclosure.MEDIA).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0220");
      assertThat(p.severity()).isEqualTo(Severity.VIOLATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/identityDisclosure"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("tip-6-1").provision());
      assertThat(p.remedy()).isPresent();
      assertThat(p.message()).doesNotContain("V1").doesNotContain("{");
    });
  }

  // TIP Protocol art. 6(1): seeds/004 line 601; identities revealed to media: seeds/004 line 547
  @Test
  void silentWhenRespected() {
    assertThat(run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).identityDisclosure(IdentityDisclosure.COURT).build()))).isEmpty();
  }

  // TIP Protocol art. 6(1): seeds/004 line 601; identities revealed to media: seeds/004 line 547: unknown facts give "cannot tell", never a silent pass.
  @Test
  void cannotTellWhenUnknown() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).build()));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0220");
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/events/1/identityDisclosure"));
    });
  }

  // TIP Protocol art. 6(1): seeds/004 line 601; identities revealed to media: seeds/004 line 547: severity follows whether the jurisdiction is bound by tip-6-1.
  @Test
  void severityDependsOnJurisdiction() {
    List<Problem> out = run(CHECK, victimCase(person("adult"), Participation.builder().person(VICTIM).when(DateSpan.on(DAY)).identityDisclosure(IdentityDisclosure.MEDIA).build()),
        Jurisdictions.COUNCIL_OF_EUROPE);
    assertThat(out).singleElement().extracting(Problem::severity)
        .isEqualTo(Severity.RECOMMENDATION);
  }
}
