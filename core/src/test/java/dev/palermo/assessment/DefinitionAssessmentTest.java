package dev.palermo.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Conduct;
import dev.palermo.casefile.Consent;
import dev.palermo.definition.Act;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.person.AgeRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The value behaviour of {@link DefinitionAssessment}: the explanation rendered once on first
 * access and kept, copies that keep the explanation they were made from, equality over every
 * attribute with the explanation, and the builder.
 */
class DefinitionAssessmentTest {
  private static DefinitionAssessment assessed() {
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.none(),
        ExploitationPurpose.FORCED_LABOUR);
    return TraffickingDefinition.assess(c, Fixtures.unknownAge(), Jurisdictions.PROTOCOL);
  }

  private static DefinitionAssessment.Builder minimal() {
    return DefinitionAssessment.builder().jurisdictionId("x").profileVersion("1")
        .outcome(Outcome.MEETS).consent(Consent.UNKNOWN)
        .consentRule(ConsentRule.NOT_DECISIVE).ageAtConduct(AgeRange.unknown())
        .child(Truth.UNKNOWN).presumedChild(true);
  }

  @Test
  void theExplanationIsRenderedOnceAndKept() {
    DefinitionAssessment a = assessed();
    List<ExplanationStep> first = a.steps();
    assertThat(a.steps()).isSameAs(first);
    assertThat(first).isUnmodifiable();
    assertThat(first.get(0).rule()).isEqualTo("profile");
  }

  @Test
  void threadsRacingToRenderSeeEqualExplanations() throws InterruptedException {
    for (int round = 0; round < 20; round++) {
      DefinitionAssessment a = assessed();
      List<List<ExplanationStep>> seen = java.util.Collections.synchronizedList(
          new ArrayList<>());
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Thread thread = new Thread(() -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          seen.add(a.steps());
        });
        thread.start();
        threads.add(thread);
      }
      start.countDown();
      for (Thread thread : threads) {
        thread.join();
      }
      assertThat(seen).hasSize(4).allSatisfy(s -> assertThat(s).isEqualTo(a.steps()));
    }
  }

  @Test
  void copiesKeepTheExplanationTheyWereMadeFrom() {
    DefinitionAssessment original = assessed();
    DefinitionAssessment copy = assessed().withOutcome(Outcome.DOES_NOT_MEET)
        .withElements(Map.of(DefinitionElement.ACT, ElementStatus.NOT_ESTABLISHED))
        .withIfChild(Optional.empty()).withConsent(Consent.GIVEN);
    assertThat(copy.outcome()).isEqualTo(Outcome.DOES_NOT_MEET);
    assertThat(copy.elements()).containsOnlyKeys(DefinitionElement.ACT);
    assertThat(copy.ifChild()).isEmpty();
    assertThat(copy.consent()).isEqualTo(Consent.GIVEN);
    assertThat(copy.steps()).isEqualTo(original.steps());
    assertThat(copy.withOutcome(Outcome.DOES_NOT_MEET)).isSameAs(copy);

    ExplanationStep only = ExplanationStep.of("x", "y", Provision.of(Instrument.TIP_PROTOCOL,
        "3(a)"));
    DefinitionAssessment replaced = original.withSteps(only);
    assertThat(replaced.steps()).containsExactly(only);
    assertThat(replaced).isNotEqualTo(original);
    assertThat(replaced.withSteps(original.steps())).isEqualTo(original);
  }

  @Test
  void equalityComparesEveryAttributeAndTheExplanation() {
    DefinitionAssessment lazy = assessed();
    DefinitionAssessment built = DefinitionAssessment.builder().from(assessed()).build();
    assertThat(built).isEqualTo(lazy).hasSameHashCodeAs(lazy);
    assertThat(lazy).isEqualTo(built);
    assertThat(built.toString()).isEqualTo(lazy.toString());

    // Same statuses, different facts behind them: the explanations differ, so do the values.
    DefinitionAssessment other = TraffickingDefinition.assess(Fixtures.conduct(Act.HARBOURING,
        FactSet.none(), ExploitationPurpose.FORCED_LABOUR), Fixtures.unknownAge(),
        Jurisdictions.PROTOCOL);
    assertThat(other.elements()).isEqualTo(lazy.elements());
    assertThat(other).isNotEqualTo(lazy);
  }

  @Test
  void theBuilderChecksAndCopies() {
    assertThatThrownBy(() -> DefinitionAssessment.builder().jurisdictionId("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("profileVersion").hasMessageContaining("presumedChild")
        .hasMessageNotContaining("jurisdictionId");
    DefinitionAssessment a = minimal().putElements(DefinitionElement.ACT, ElementStatus.UNKNOWN)
        .addUndecided(DefinitionElement.ACT).conductDate(LocalDate.of(2020, 1, 1))
        .ifChild(Outcome.MEETS).ifAdult(Optional.of(Outcome.INDETERMINATE)).build();
    assertThat(a.elements()).containsExactly(Map.entry(DefinitionElement.ACT,
        ElementStatus.UNKNOWN)).isUnmodifiable();
    assertThat(a.undecided()).containsExactly(DefinitionElement.ACT);
    assertThat(a.conductDate()).contains(LocalDate.of(2020, 1, 1));
    assertThat(a.ifChild()).contains(Outcome.MEETS);
    assertThat(a.ifAdult()).contains(Outcome.INDETERMINATE);
    assertThat(a.steps()).isEmpty();
    assertThat(a.means()).isEqualTo(ElementStatus.NOT_REQUIRED);
    assertThat(minimal().build().conductDate()).isEmpty();
    assertThatThrownBy(() -> minimal().putElements(DefinitionElement.ACT, null))
        .isInstanceOf(NullPointerException.class);
  }
}
