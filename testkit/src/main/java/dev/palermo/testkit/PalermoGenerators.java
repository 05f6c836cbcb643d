package dev.palermo.testkit;

import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.events.AgeDetermination;
import dev.palermo.events.Assistance;
import dev.palermo.events.Charge;
import dev.palermo.events.DataDisclosure;
import dev.palermo.events.AssetRecovery;
import dev.palermo.events.CooperationRequest;
import dev.palermo.events.Sentence;
import dev.palermo.events.Prosecution;
import dev.palermo.events.Detention;
import dev.palermo.events.GuardianAppointment;
import dev.palermo.events.Identification;
import dev.palermo.events.Interview;
import dev.palermo.events.Participation;
import dev.palermo.events.ReflectionPeriod;
import dev.palermo.events.ResidencePermit;
import dev.palermo.events.ReturnDecision;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.person.Person;
import dev.palermo.smuggling.SmugglingFacts;
import dev.palermo.vocabulary.Code;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of valid Palermo model objects. Each is a {@link Gen} that draws only
 * through QuickTheories' randomness source, so a failing property shrinks to a simpler
 * counterexample, and a fixed seed ({@code qt().withFixedSeed(seed)}) reproduces it. The
 * distributions are those of {@link PalermoSamplers}, shared with {@link SeededCases}.
 *
 * <pre>{@code
 * qt().withFixedSeed(42).forAll(PalermoGenerators.children())
 *     .checkAssert(s -> assertThat(s.assess(Jurisdictions.PROTOCOL).child()).isEqualTo(Truth.TRUE));
 * }</pre>
 *
 * <p>Stateless and thread-safe; has no instances. The generators are immutable.
 */
public final class PalermoGenerators {
  private PalermoGenerators() {}

  /** @return known true, known false or unknown */
  public static Gen<Truth> truth() {
    return PalermoSamplers.truth().gen();
  }

  /**
   * Fact sets over any code system (see {@link PalermoSamplers#factSet(Class)}).
   *
   * @param <C> the code system
   * @param type its enum class
   * @return the generator
   */
  public static <C extends Enum<C> & Code> Gen<FactSet<C>> factSet(Class<C> type) {
    return PalermoSamplers.factSet(type).gen();
  }

  /** @return act fact sets, mostly over the five acts of art. 3(a) */
  public static Gen<FactSet<Act>> acts() {
    return PalermoSamplers.acts().gen();
  }

  /** @return means fact sets */
  public static Gen<FactSet<Means>> means() {
    return PalermoSamplers.means().gen();
  }

  /** @return purpose fact sets, mostly over the seven baseline forms */
  public static Gen<FactSet<ExploitationPurpose>> purposes() {
    return PalermoSamplers.purposes().gen();
  }

  /** @return persons: exact, partial, assessed or unknown age; optional gender; nationalities */
  public static Gen<Person> persons() {
    return PalermoSamplers.person().gen();
  }

  /** @return conduct: acts, act records, means, purposes, consent, movement, period, smuggling */
  public static Gen<Conduct> conducts() {
    return PalermoSamplers.conduct().gen();
  }

  /** @return smuggling facts */
  public static Gen<SmugglingFacts> smugglingFacts() {
    return PalermoSamplers.smugglingFacts().gen();
  }

  /** @return conduct with the person it is directed at, of any age */
  public static Gen<Scenario> scenarios() {
    return PalermoSamplers.scenario().gen();
  }

  /** @return scenarios whose person was under 18 on the first day of the (dated) conduct */
  public static Gen<Scenario> children() {
    return PalermoSamplers.children().gen();
  }

  /** @return scenarios whose person was 18 or over on the first day of the (dated) conduct */
  public static Gen<Scenario> adults() {
    return PalermoSamplers.adults().gen();
  }

  /** @return scenarios whose person's age at the (dated) conduct the evidence does not tell */
  public static Gen<Scenario> unknownAge() {
    return PalermoSamplers.unknownAge().gen();
  }

  /** @return scenarios in which means are known none */
  public static Gen<Scenario> missingMeans() {
    return PalermoSamplers.missingMeans().gen();
  }

  /** @return scenarios of smuggling only: smuggling facts true, trafficking purposes none */
  public static Gen<Scenario> smugglingOnly() {
    return PalermoSamplers.smugglingOnly().gen();
  }

  /** @return cases: persons with unique ids, conducts directed at them */
  public static Gen<Case> cases() {
    return PalermoSamplers.caseFile().gen();
  }

  /** @return identification steps: any status, actor and profiling grounds (person and date at random) */
  public static Gen<Identification> identification() {
    return PalermoSamplers.identification().gen();
  }

  /** @return age determinations: sometimes an assessment; facts true, false or unknown (person and date at random) */
  public static Gen<AgeDetermination> ageDetermination() {
    return PalermoSamplers.ageDetermination().gen();
  }

  /** @return guardian appointments (person and date at random) */
  public static Gen<GuardianAppointment> guardianAppointment() {
    return PalermoSamplers.guardianAppointment().gen();
  }

  /** @return assistance of any type and status, with its conditions (person and date at random) */
  public static Gen<Assistance> assistance() {
    return PalermoSamplers.assistance().gen();
  }

  /** @return detentions of any kind, every safeguard fact true, false or unknown (person and date at random) */
  public static Gen<Detention> detention() {
    return PalermoSamplers.detention().gen();
  }

  /** @return reflection periods (person and date at random) */
  public static Gen<ReflectionPeriod> reflectionPeriod() {
    return PalermoSamplers.reflectionPeriod().gen();
  }

  /** @return residence permits, with their conditions (person and date at random) */
  public static Gen<ResidencePermit> residencePermit() {
    return PalermoSamplers.residencePermit().gen();
  }

  /** @return charges: any offence, stage and link to the trafficking (person and date at random) */
  public static Gen<Charge> charge() {
    return PalermoSamplers.charge().gen();
  }

  /** @return return decisions of any kind, with risks, asylum and child facts (person and date at random) */
  public static Gen<ReturnDecision> returnDecision() {
    return PalermoSamplers.returnDecision().gen();
  }

  /** @return participations in proceedings, with protective measures and compensation (person and date at random) */
  public static Gen<Participation> participation() {
    return PalermoSamplers.participation().gen();
  }

  /** @return interviews (person and date at random) */
  public static Gen<Interview> interview() {
    return PalermoSamplers.interview().gen();
  }

  /** @return disclosures of data to any recipient (person and date at random) */
  public static Gen<DataDisclosure> dataDisclosure() {
    return PalermoSamplers.dataDisclosure().gen();
  }

  /** @return prosecutions of a suspect, with the fair-trial facts (person and date at random) */
  public static Gen<Prosecution> prosecution() {
    return PalermoSamplers.prosecution().gen();
  }

  /** @return sentences (person and date at random) */
  public static Gen<Sentence> sentence() {
    return PalermoSamplers.sentence().gen();
  }

  /** @return requests for international cooperation (person and date at random) */
  public static Gen<CooperationRequest> cooperationRequest() {
    return PalermoSamplers.cooperationRequest().gen();
  }

  /** @return steps of asset recovery (person and date at random) */
  public static Gen<AssetRecovery> assetRecovery() {
    return PalermoSamplers.assetRecovery().gen();
  }

  /**
   * Cases with events: every person has an event of every kind, facts true, false or unknown,
   * dated around the conduct (see {@link PalermoSamplers#casesWithEvents()}).
   *
   * @return the generator
   */
  public static Gen<Case> casesWithEvents() {
    return PalermoSamplers.casesWithEvents().gen();
  }
}
