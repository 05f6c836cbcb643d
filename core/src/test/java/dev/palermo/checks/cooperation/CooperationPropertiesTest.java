package dev.palermo.checks.cooperation;

import static dev.palermo.checks.cooperation.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.casefile.Conduct;
import dev.palermo.checks.Check;
import dev.palermo.checks.CheckContext;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.events.AssetRecovery;
import dev.palermo.events.AssetRecoveryStep;
import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.events.DiscriminationGround;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the cooperation checks over generated cases: no exceptions; every result cites
 * provisions, points into the case, has a message without placeholders and, for a finding, a
 * remedy; every kind of request and every combination of facts is judged.
 */
class CooperationPropertiesTest {
  private static final List<String> PROFILES = List.of("tip-protocol", "coe", "eu", "asean",
      "saarc", "us", "uk", "nowhere");

  private static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  private static Truth truth(Random r) {
    return Truth.values()[r.nextInt(Truth.values().length)];
  }

  private static CooperationRequest request(Random r) {
    CooperationRequest.Builder b = CooperationRequest.builder();
    b.person(r.nextBoolean() ? SUSPECT : VICTIM)
        .type(pick(r, List.of(CooperationType.values())))
        .deathPenaltyRisk(truth(r)).deathPenaltyAssurance(truth(r)).tortureRisk(truth(r))
        .priorFinalJudgment(truth(r)).fairTrialAssurance(truth(r))
        .personIsNationalOfRequested(truth(r)).refused(truth(r)).prosecutedInstead(truth(r))
        .victimIdentityOrDataShared(truth(r)).dataSafeguards(truth(r)).victimAtRisk(truth(r))
        .victimSafetyPlan(truth(r)).forumChoiceTransparent(truth(r))
        .appearanceInPersonUnsuitable(truth(r)).videoLinkOffered(truth(r));
    if (r.nextBoolean()) {
      b.when(DateSpan.on(DAY.plusDays(r.nextInt(400))));
    }
    if (r.nextInt(4) > 0) {
      b.requestingJurisdiction(pick(r, PROFILES));
    }
    if (r.nextInt(4) > 0) {
      b.requestedJurisdiction(pick(r, PROFILES));
    }
    int g = r.nextInt(3);
    b.discriminationGrounds(g == 0 ? FactSet.unknown() : g == 1 ? FactSet.none()
        : FactSet.including(pick(r, List.of(DiscriminationGround.values()))));
    return b.build();
  }

  private static AssetRecovery assets(Random r) {
    AssetRecovery.Builder b = AssetRecovery.builder();
    b.person(SUSPECT).when(DateSpan.on(DAY)).step(pick(r, List.of(AssetRecoveryStep.values())))
        .onRequestOfAnotherState(truth(r)).proceedsConsideredForCompensation(truth(r));
    return b.build();
  }

  private static Conduct conduct(Random r) {
    int m = r.nextInt(3);
    Conduct.Builder b = Fixtures.conduct();
    b.acts(FactSet.only(pick(r, List.of(Act.RECRUITMENT, Act.TRANSPORTATION))))
        .means(m == 0 ? FactSet.unknown() : m == 1 ? FactSet.none()
            : FactSet.only(Means.DECEPTION))
        .purposes(FactSet.only(pick(r, List.of(ExploitationPurpose.FORCED_LABOUR,
            ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION))));
    if (r.nextBoolean()) {
      b.perpetrators(List.of(SUSPECT));
    }
    return b.build();
  }

  @Test
  void everyResultIsCitedLocatedAndReadable() {
    Random r = new Random(20180901L);
    List<Jurisdiction> jurisdictions = Jurisdictions.all();
    int results = 0;
    for (int n = 0; n < 400; n++) {
      List<CaseEvent> events = new ArrayList<>();
      for (int i = r.nextInt(4); i >= 0; i--) {
        events.add(r.nextInt(4) == 0 ? assets(r) : request(r));
      }
      List<Conduct> conducts = new ArrayList<>();
      for (int i = r.nextInt(3); i > 0; i--) {
        conducts.add(conduct(r));
      }
      var c = withConduct(r.nextBoolean() ? Fixtures.childOf16() : Fixtures.adult(), conducts,
          events.toArray(CaseEvent[]::new));
      CheckContext ctx = CheckContext.of(c, pick(r, jurisdictions), AS_OF);
      for (Check check : CooperationChecks.all()) {
        for (Problem p : check.run(ctx)) {
          results++;
          assertThat(p.citations()).as(check.id()).isNotEmpty();
          assertThat(p.path().toString()).as(check.id()).matches("/(events|conducts|persons).*");
          assertThat(p.message()).as(check.id()).doesNotContain("{").doesNotContain("''")
              .doesNotContain(SUSPECT.value()).doesNotContain(VICTIM.value());
          if (p.severity() != Severity.CANNOT_TELL) {
            assertThat(p.remedy()).as(check.id()).isPresent();
          }
        }
      }
    }
    assertThat(results).isPositive();
  }
}
