package dev.palermo.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.ElementStatus;
import dev.palermo.assessment.ExplanationStep;
import dev.palermo.assessment.Outcome;
import dev.palermo.casefile.Consent;
import dev.palermo.definition.Act;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.testkit.Article3Oracle.K;
import dev.palermo.vocabulary.Code;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Every combination of the finite parts of the definition, assessed under the Trafficking
 * Protocol baseline and compared with {@link Article3Oracle}, an oracle written from the text of
 * art. 3 alone.
 *
 * <p>The standard enumeration ({@link Combinations#protocolBaseline()}) covers 7 act choices
 * (none, unknown, the five acts) x 11 means choices (none, unknown, the nine means) x 9 purpose
 * choices (none, unknown, the seven forms) x 3 age classes (child, adult, unknown) x 3 consents
 * = 6,237 combinations. Two wider enumerations add every form of age evidence (7 x 11 x 9 x 11 x
 * 3 = 22,869) and the extension acts and purposes (13 x 11 x 17 x 3 x 3 = 21,879).
 */
class ExhaustiveDefinitionTest {
  /** 7 x 11 x 9 x 3 x 3: stated here, independently of Combinations' own constant. */
  private static final int BASELINE_COMBINATIONS = 6_237;
  private static final int ALL_AGE_EVIDENCE_COMBINATIONS = 22_869;
  /** 13 acts choices x 11 means choices x 17 purpose choices x 3 x 3. */
  private static final int ALL_CODES_COMBINATIONS = 21_879;

  private static final Provision ART_3A = Provision.of(Instrument.TIP_PROTOCOL, "3(a)");
  private static final Provision ART_3B = Provision.of(Instrument.TIP_PROTOCOL, "3(b)");
  private static final Provision ART_3C = Provision.of(Instrument.TIP_PROTOCOL, "3(c)");
  private static final Provision ART_3D = Provision.of(Instrument.TIP_PROTOCOL, "3(d)");

  private static DefinitionAssessment assess(Combination c) {
    return c.scenario().assess(Jurisdictions.PROTOCOL);
  }

  /** Runs a check on every combination and fails listing the first mismatches. */
  private static void everyCombination(List<Combination> combinations,
      BiFunction<Combination, DefinitionAssessment, String> mismatch) {
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (Combination c : combinations) {
      String m = mismatch.apply(c, assess(c));
      if (m != null) {
        count++;
        if (failures.size() < 15) {
          failures.add(c + ": " + m);
        }
      }
    }
    assertThat(failures).as("%d of %d combinations disagree with art. 3", count,
        combinations.size()).isEmpty();
  }

  private static String outcomeMismatch(Combination c, DefinitionAssessment a) {
    Article3Oracle o = new Article3Oracle(c);
    List<String> m = new ArrayList<>();
    if (a.outcome() != o.outcome()) {
      m.add("outcome " + a.outcome() + ", art. 3 gives " + o.outcome());
    }
    if (!a.child().code().equals(o.child == K.T ? "true" : o.child == K.F ? "false" : "unknown")) {
      m.add("child " + a.child() + ", art. 3(d) gives " + o.child);
    }
    if (a.presumedChild() != (o.child == K.U)) {
      m.add("presumedChild " + a.presumedChild());
    }
    if (o.child == K.U) {
      if (!a.ifChild().equals(java.util.Optional.of(o.ifChild()))
          || !a.ifAdult().equals(java.util.Optional.of(o.ifAdult()))) {
        m.add("branches child/adult " + a.ifChild() + "/" + a.ifAdult() + ", art. 3 gives "
            + o.ifChild() + "/" + o.ifAdult());
      }
    } else if (a.ifChild().isPresent() || a.ifAdult().isPresent()) {
      m.add("branches reported for a known age");
    }
    if (a.consentRule() != o.consentRule()) {
      m.add("consent rule " + a.consentRule() + ", art. 3(b)/(c) gives " + o.consentRule());
    }
    if (a.consent() != c.consent()) {
      m.add("consent recorded " + a.consent());
    }
    return m.isEmpty() ? null : String.join("; ", m);
  }

  @Test
  void enumerationsHaveTheStatedSizesAndNoDuplicates() {
    List<Combination> baseline = Combinations.protocolBaseline();
    assertThat(baseline.size()).isEqualTo(BASELINE_COMBINATIONS)
        .isEqualTo(Combinations.PROTOCOL_BASELINE_COUNT);
    assertThat(new HashSet<>(baseline).size()).isEqualTo(BASELINE_COMBINATIONS);
    assertThat(Combinations.protocolBaselineAllAgeEvidence().size())
        .isEqualTo(ALL_AGE_EVIDENCE_COMBINATIONS);
    assertThat(Combinations.allCodes().size()).isEqualTo(ALL_CODES_COMBINATIONS);
    // The age cases are what they claim to be, by the oracle's own arithmetic (art. 3(d)).
    for (AgeCase age : Combinations.ageCases()) {
      K expected = age.ageClass() == AgeClass.CHILD ? K.T
          : age.ageClass() == AgeClass.ADULT ? K.F : K.U;
      assertThat(Article3Oracle.under18(age.evidence(), Combinations.CONDUCT_DATE))
          .as(age.name()).isEqualTo(expected);
    }
    // Every outcome occurs, so the comparison below is not vacuous.
    Set<Outcome> outcomes = new HashSet<>();
    baseline.forEach(c -> outcomes.add(new Article3Oracle(c).outcome()));
    assertThat(outcomes).containsExactlyInAnyOrder(Outcome.values());
  }

  @Test
  void outcomeAgeAndConsentRuleFollowArticle3ForEveryBaselineCombination() {
    everyCombination(Combinations.protocolBaseline(), ExhaustiveDefinitionTest::outcomeMismatch);
  }

  @Test
  void outcomeFollowsArticle3ForEveryFormOfAgeEvidence() {
    everyCombination(Combinations.protocolBaselineAllAgeEvidence(),
        ExhaustiveDefinitionTest::outcomeMismatch);
  }

  @Test
  void extensionActsAndPurposesOutsideTheFloorDoNotCountUnderTheProtocol() {
    everyCombination(Combinations.allCodes(), ExhaustiveDefinitionTest::outcomeMismatch);
  }

  @Test
  void consentNeverChangesTheOutcome() {
    Map<String, Outcome> byFacts = new java.util.HashMap<>();
    everyCombination(Combinations.protocolBaseline(), (c, a) -> {
      String key = c.withConsent(Consent.UNKNOWN).toString();
      Outcome first = byFacts.putIfAbsent(key, a.outcome());
      return first == null || first == a.outcome() ? null
          : "consent " + c.consent() + " gives " + a.outcome() + ", other consent " + first;
    });
  }

  /**
   * The zone where the engine's element statuses differ from art. 3(c): a known child, means not
   * established, purpose not established. See {@link #meansAreNotRequiredForAChildWhateverThePurpose}.
   */
  private static boolean childWithoutMeansOrPurpose(Article3Oracle o) {
    return o.child == K.T && o.means != K.T && o.purpose != K.T;
  }

  private static String statusMismatch(Combination c, DefinitionAssessment a,
      boolean skipChildZone) {
    Article3Oracle o = new Article3Oracle(c);
    Map<DefinitionElement, ElementStatus> expected = o.statuses();
    Map<DefinitionElement, ElementStatus> actual = new EnumMap<>(DefinitionElement.class);
    expected.keySet().forEach(e -> actual.put(e, a.element(e)));
    if (skipChildZone && childWithoutMeansOrPurpose(o)) {
      expected.remove(DefinitionElement.MEANS);
      actual.remove(DefinitionElement.MEANS);
    }
    // The Protocol has no limit on persons and no movement requirement.
    if (a.element(DefinitionElement.PERSON_SCOPE) != ElementStatus.NOT_REQUIRED
        || a.element(DefinitionElement.MOVEMENT) != ElementStatus.NOT_REQUIRED) {
      return "person scope or movement required under the Protocol";
    }
    return expected.equals(actual) ? null : "statuses " + actual + ", art. 3 gives " + expected;
  }

  @Test
  void elementStatusesFollowArticle3() {
    everyCombination(Combinations.protocolBaseline(), (c, a) -> statusMismatch(c, a, true));
  }

  /**
   * Art. 3(c): for a child, the act and purpose suffice "even if this does not involve any of the
   * means", so under the Protocol the means element is never required for a known child,
   * whatever the purpose. (A regression test: the engine once reported it not-established or
   * unknown when the purpose was not established, in 84 of the 6,237 combinations.)
   */
  @Test
  void meansAreNotRequiredForAChildWhateverThePurpose() {
    everyCombination(Combinations.protocolBaseline(), (c, a) -> statusMismatch(c, a, false));
  }

  @Test
  void anIndeterminateOutcomeNamesEveryElementThatCouldDecideIt() {
    everyCombination(Combinations.protocolBaseline(), (c, a) -> {
      Article3Oracle o = new Article3Oracle(c);
      if (o.outcome() != Outcome.INDETERMINATE) {
        return a.undecided().isEmpty() ? null : "undecided " + a.undecided() + " when settled";
      }
      Set<DefinitionElement> unknown = EnumSet.noneOf(DefinitionElement.class);
      a.elements().forEach((e, s) -> {
        if (s == ElementStatus.UNKNOWN) {
          unknown.add(e);
        }
      });
      return a.undecided().containsAll(o.deciding()) && unknown.containsAll(a.undecided()) ? null
          : "undecided " + a.undecided() + ", the facts that could decide it concern "
              + o.deciding();
    });
  }

  /**
   * DOMAIN.md §1 item 6: an indeterminate outcome says "which fact would decide it", and only
   * those: for a known child the means cannot decide it (art. 3(c)). (A regression test: the
   * engine once listed MEANS for such a child, in 18 of the 6,237 combinations.)
   */
  @Test
  void anIndeterminateOutcomeNamesOnlyTheElementsThatCouldDecideIt() {
    everyCombination(Combinations.protocolBaseline(), (c, a) -> {
      Article3Oracle o = new Article3Oracle(c);
      Set<DefinitionElement> expected = o.outcome() == Outcome.INDETERMINATE ? o.deciding()
          : Set.of();
      return a.undecided().equals(expected) ? null
          : "undecided " + a.undecided() + ", the facts that could decide it concern " + expected;
    });
  }

  @Test
  void everyStepCarriesTheCitationOfTheRuleItApplies() {
    everyCombination(Combinations.protocolBaseline(), (c, a) -> {
      Article3Oracle o = new Article3Oracle(c);
      List<String> m = new ArrayList<>();
      if (a.steps().isEmpty()) {
        return "no explanation";
      }
      Map<String, Provision> cited = new java.util.LinkedHashMap<>();
      for (ExplanationStep s : a.steps()) {
        if (s.citation() == null || s.rule().isBlank() || s.text().isBlank()) {
          m.add("step without citation, rule or text: " + s);
        } else {
          cited.put(s.rule(), s.citation());
        }
      }
      expectCitation(m, cited, "act", ART_3A);
      expectCitation(m, cited, "means", ART_3A);
      expectCitation(m, cited, "purpose", ART_3A);
      expectCitation(m, cited, "child-rule", ART_3C);
      expectCitation(m, cited, "age", ART_3D);
      expectCitation(m, cited, "outcome", ART_3A);
      expectCitation(m, cited, "consent", o.child == K.T && o.means != K.T ? ART_3C : ART_3B);
      if (cited.containsKey("age-branches") != (o.child == K.U)) {
        m.add("age-branches step present: " + cited.containsKey("age-branches"));
      }
      if (!a.steps().get(a.steps().size() - 1).rule().equals("outcome")) {
        m.add("the last step is not the outcome");
      }
      return m.isEmpty() ? null : String.join("; ", m);
    });
  }

  private static void expectCitation(List<String> m, Map<String, Provision> cited, String rule,
      Provision expected) {
    if (!expected.equals(cited.get(rule))) {
      m.add("step '" + rule + "' cites " + cited.get(rule) + ", expected " + expected);
    }
  }

  /**
   * Learning the unknown facts settles every indeterminate outcome, never reverses a settled one,
   * and agrees with the child and adult branches reported. Each unknown element is settled as
   * "none" or as one of its values (the first and the last, as every baseline value counts alike
   * under art. 3(a)); an unknown age as the child or the adult of the age classes.
   */
  @Test
  void learningTheUnknownFactsSettlesTheOutcomeConsistentlyWithTheBranches() {
    List<Combination> indeterminate = new ArrayList<>();
    for (Combination c : Combinations.protocolBaseline()) {
      if (c.consent() == Consent.UNKNOWN && assess(c).outcome() == Outcome.INDETERMINATE) {
        indeterminate.add(c);
      }
    }
    assertThat(indeterminate).as("indeterminate combinations").hasSizeGreaterThan(100);
    List<AgeCase> classes = Combinations.ageClasses();
    int completions = 0;
    List<String> failures = new ArrayList<>();
    for (Combination c : indeterminate) {
      DefinitionAssessment before = assess(c);
      for (ElementChoice<Act> act : settle(c.act(), CodeSystems.baseline(Act.class))) {
        for (ElementChoice<Means> means : settle(c.means(), CodeSystems.values(Means.class))) {
          for (ElementChoice<ExploitationPurpose> purpose : settle(c.purpose(),
              CodeSystems.baseline(ExploitationPurpose.class))) {
            for (AgeCase age : c.age().ageClass() == AgeClass.UNKNOWN
                ? classes.subList(0, 2) : List.of(c.age())) {
              Combination known = c.withAct(act).withMeans(means).withPurpose(purpose)
                  .withAge(age);
              Outcome after = assess(known).outcome();
              completions++;
              Outcome branch = age == c.age() ? null
                  : age.ageClass() == AgeClass.CHILD ? before.ifChild().orElseThrow()
                  : before.ifAdult().orElseThrow();
              if (after == Outcome.INDETERMINATE
                  || (branch != null && branch != Outcome.INDETERMINATE && branch != after)) {
                if (failures.size() < 15) {
                  failures.add(c + " settled as " + known + " gives " + after + " (branch "
                      + branch + ")");
                }
              }
            }
          }
        }
      }
    }
    assertThat(completions).isGreaterThan(1000);
    assertThat(failures).isEmpty();
  }

  private static <C extends Enum<C> & Code> List<ElementChoice<C>> settle(ElementChoice<C> choice,
      List<C> values) {
    if (!choice.isUnknown()) {
      return List.of(choice);
    }
    return List.of(ElementChoice.none(), ElementChoice.only(values.get(0)),
        ElementChoice.only(values.get(values.size() - 1)));
  }

  @Test
  void theOracleItselfFollowsTheText() {
    // An adult recruited by deception for forced labour: trafficking (art. 3(a)).
    assertThat(Article3Oracle.result(K.T, K.T, K.T, K.F)).isEqualTo(K.T);
    // The same adult without any means: not trafficking, whatever the consent.
    assertThat(Article3Oracle.result(K.T, K.F, K.T, K.F)).isEqualTo(K.F);
    // A child without means: trafficking (art. 3(c)).
    assertThat(Article3Oracle.result(K.T, K.F, K.T, K.T)).isEqualTo(K.T);
    // No purpose of exploitation: never trafficking.
    assertThat(Article3Oracle.result(K.T, K.T, K.F, K.T)).isEqualTo(K.F);
    // Unknown age, no means: it turns on the age.
    assertThat(Article3Oracle.result(K.T, K.F, K.T, K.U)).isEqualTo(K.U);
    Objects.requireNonNull(ART_3A);
  }
}
