package dev.palermo.checks.children;

import static dev.palermo.checks.CheckTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.events.GuardianAppointment;
import dev.palermo.events.IdentityDisclosure;
import dev.palermo.events.Participation;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import dev.palermo.rights.ProvisionCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests of {@link ChildVictimWithoutGuardian} (PAL-C-0240) and child-scope special cases. */
class ChildVictimWithoutGuardianTest {
  private static final ChildVictimWithoutGuardian CHECK = new ChildVictimWithoutGuardian();

  private static GuardianAppointment guardian() {
    GuardianAppointment.Builder b = GuardianAppointment.builder();
    b.person(VICTIM).when(DateSpan.on(DAY));
    return b.build();
  }

  // "a legal guardian, organization or authority may need to be appointed" (UNICEF 2006,
  // seeds/004 line 335)
  @Test
  void firesForChildVictimWithoutGuardian() {
    List<Problem> out = run(CHECK, victimCase(person("child")));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("PAL-C-0240");
      assertThat(p.severity()).isEqualTo(Severity.RECOMMENDATION);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
      assertThat(p.citations().get(0))
          .isEqualTo(ProvisionCatalogue.require("sl-unicef-guardian").provision());
    });
  }

  // seeds/004 line 335: a guardian appointed satisfies the rule.
  @Test
  void silentWhenGuardianAppointed() {
    assertThat(run(CHECK, victimCase(person("child"), guardian()))).isEmpty();
  }

  // seeds/004 line 335: the rule concerns children; an adult needs no guardian.
  @Test
  void silentForAdults() {
    assertThat(run(CHECK, victimCase(person("adult")))).isEmpty();
  }

  // seeds/004 line 335: a child whose victim status is unknown is "cannot tell".
  @Test
  void cannotTellWhenVictimStatusUnknown() {
    List<Problem> out = run(CHECK, unscreenedCase(person("child")));
    assertThat(out).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
      assertThat(p.path()).isEqualTo(JsonPointer.parse("/persons/0"));
    });
  }

  // OPSC art. 8(1)(e), "avoid the inappropriate dissemination of information that could lead to
  // the identification of child victims" (seeds/003 line 184): identity given to the media.
  @Test
  void opscPrivacyFiresOnMediaDisclosure() {
    Participation.Builder b = Participation.builder();
    b.person(VICTIM).when(DateSpan.on(DAY)).childPrivacyProtected(Truth.TRUE)
        .identityDisclosure(IdentityDisclosure.MEDIA);
    List<Problem> out = run(new OpscPrivacyProtected(), victimCase(person("child"), b.build()));
    assertThat(out).singleElement().extracting(Problem::path)
        .isEqualTo(JsonPointer.parse("/events/1/identityDisclosure"));
  }

  // OPSC art. 8(1) protects child victims (seeds/003 line 178): an adult is not judged.
  @Test
  void opscSkipsAdults() {
    Participation.Builder b = Participation.builder();
    b.person(VICTIM).when(DateSpan.on(DAY)).childProceduresAdapted(Truth.FALSE);
    assertThat(run(new OpscAdaptedProcedures(), victimCase(person("adult"), b.build())))
        .isEmpty();
  }

  // A person of unknown age is treated as a child until the age is determined (seeds/004 line
  // 282).
  @Test
  void personOfUnknownAgeIsTreatedAsChild() {
    assertThat(run(CHECK, victimCase(dev.palermo.Fixtures.unknownAge()))).hasSize(1);
  }
}
