package dev.palermo.testkit;

import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
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
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Seeded generators of valid Palermo model objects for users of test engines other than
 * QuickTheories: each method takes a {@link RandomGenerator} and returns an object, with the
 * distributions of {@link PalermoGenerators} (both delegate to {@link PalermoSamplers}). A seed
 * reproduces an object: two generators created with {@link #random(long)} and the same seed give
 * equal objects from the same calls.
 *
 * <pre>{@code
 * RandomGenerator random = SeededCases.random(42);
 * Case c = SeededCases.caseFile(random);
 * }</pre>
 *
 * <p>Stateless and thread-safe; has no instances. The {@link RandomGenerator}s passed in are
 * advanced and are not thread-safe.
 */
public final class SeededCases {
  private SeededCases() {}

  /**
   * A generator with a fixed algorithm ({@link SplittableRandom}), so a seed means the same
   * objects on every JDK.
   *
   * @param seed the seed
   * @return a new generator
   */
  public static RandomGenerator random(long seed) {
    return new SplittableRandom(seed);
  }

  /**
   * A truth value.
   *
   * @param random the generator
   * @return known true, known false or unknown
   */
  public static Truth truth(RandomGenerator random) {
    return PalermoSamplers.truth().sample(random);
  }

  /**
   * A fact set over any code system.
   *
   * @param <C> the code system
   * @param type its enum class
   * @param random the generator
   * @return the fact set
   */
  public static <C extends Enum<C> & Code> FactSet<C> factSet(Class<C> type,
      RandomGenerator random) {
    return PalermoSamplers.factSet(type).sample(random);
  }

  /**
   * A person.
   *
   * @param random the generator
   * @return the person
   */
  public static Person person(RandomGenerator random) {
    return PalermoSamplers.person().sample(random);
  }

  /**
   * Conduct.
   *
   * @param random the generator
   * @return the conduct
   */
  public static Conduct conduct(RandomGenerator random) {
    return PalermoSamplers.conduct().sample(random);
  }

  /**
   * Smuggling facts.
   *
   * @param random the generator
   * @return the facts
   */
  public static SmugglingFacts smugglingFacts(RandomGenerator random) {
    return PalermoSamplers.smugglingFacts().sample(random);
  }

  /**
   * Conduct with the person it is directed at, of any age.
   *
   * @param random the generator
   * @return the scenario
   */
  public static Scenario scenario(RandomGenerator random) {
    return PalermoSamplers.scenario().sample(random);
  }

  /**
   * A scenario whose person was under 18 on the first day of the conduct.
   *
   * @param random the generator
   * @return the scenario
   */
  public static Scenario children(RandomGenerator random) {
    return PalermoSamplers.children().sample(random);
  }

  /**
   * A scenario whose person was 18 or over on the first day of the conduct.
   *
   * @param random the generator
   * @return the scenario
   */
  public static Scenario adults(RandomGenerator random) {
    return PalermoSamplers.adults().sample(random);
  }

  /**
   * A scenario whose person's age at the conduct the evidence does not tell.
   *
   * @param random the generator
   * @return the scenario
   */
  public static Scenario unknownAge(RandomGenerator random) {
    return PalermoSamplers.unknownAge().sample(random);
  }

  /**
   * A scenario in which means are known none.
   *
   * @param random the generator
   * @return the scenario
   */
  public static Scenario missingMeans(RandomGenerator random) {
    return PalermoSamplers.missingMeans().sample(random);
  }

  /**
   * A scenario of smuggling only: smuggling facts true, trafficking purposes none.
   *
   * @param random the generator
   * @return the scenario
   */
  public static Scenario smugglingOnly(RandomGenerator random) {
    return PalermoSamplers.smugglingOnly().sample(random);
  }

  /**
   * A case: persons with unique ids and conducts directed at them.
   *
   * @param random the generator
   * @return the case
   */
  public static Case caseFile(RandomGenerator random) {
    return PalermoSamplers.caseFile().sample(random);
  }

  /**
   * One of the identification steps.
   *
   * @param random the generator
   * @return the event, concerning a person with a random id
   */
  public static Identification identification(RandomGenerator random) {
    return PalermoSamplers.identification().sample(random);
  }

  /**
   * One of the age determinations.
   *
   * @param random the generator
   * @return the event, concerning a person with a random id
   */
  public static AgeDetermination ageDetermination(RandomGenerator random) {
    return PalermoSamplers.ageDetermination().sample(random);
  }

  /**
   * One of the guardian appointments.
   *
   * @param random the generator
   * @return the event, concerning a person with a random id
   */
  public static GuardianAppointment guardianAppointment(RandomGenerator random) {
    return PalermoSamplers.guardianAppointment().sample(random);
  }

  /**
   * One of the assistance of any type and status, with its conditions.
   *
   * @param random the generator
   * @return the event, concerning a person with a random id
   */
  public static Assistance assistance(RandomGenerator random) {
    return PalermoSamplers.assistance().sample(random);
  }

  /**
   * One of the detentions of any kind, every safeguard fact true, false or unknown.
   *
   * @param random the generator
   * @return the event, concerning a person with a random id
   */
  public static Detention detention(RandomGenerator random) {
    return PalermoSamplers.detention().sample(random);
  }

  /**
   * One of the reflection periods.
   *
   * @param random the generator
   * @return the event, concerning a person with a random id
   */
  public static ReflectionPeriod reflectionPeriod(RandomGenerator random) {
    return PalermoSamplers.reflectionPeriod().sample(random);
  }

  /**
   * One of the residence permits, with their conditions.
   *
   * @param random the generator
   * @return the event, concerning a person with a random id
   */
  public static ResidencePermit residencePermit(RandomGenerator random) {
    return PalermoSamplers.residencePermit().sample(random);
  }

  /**
   * One of the charges.
   *
   * @param random the generator
   * @return the event, concerning a person with a random id
   */
  public static Charge charge(RandomGenerator random) {
    return PalermoSamplers.charge().sample(random);
  }

  /**
   * One of the return decisions of any kind, with risks, asylum and child facts.
   *
   * @param random the generator
   * @return the event, concerning a person with a random id
   */
  public static ReturnDecision returnDecision(RandomGenerator random) {
    return PalermoSamplers.returnDecision().sample(random);
  }

  /**
   * One of the participations in proceedings, with protective measures and compensation.
   *
   * @param random the generator
   * @return the event, concerning a person with a random id
   */
  public static Participation participation(RandomGenerator random) {
    return PalermoSamplers.participation().sample(random);
  }

  /**
   * One of the interviews.
   *
   * @param random the generator
   * @return the event, concerning a person with a random id
   */
  public static Interview interview(RandomGenerator random) {
    return PalermoSamplers.interview().sample(random);
  }

  /**
   * One of the disclosures of data to any recipient.
   *
   * @param random the generator
   * @return the event, concerning a person with a random id
   */
  public static DataDisclosure dataDisclosure(RandomGenerator random) {
    return PalermoSamplers.dataDisclosure().sample(random);
  }

  /**
   * One of the prosecutions of a suspect, with the fair-trial facts.
   *
   * @param random the generator
   * @return the event, concerning a person with a random id
   */
  public static Prosecution prosecution(RandomGenerator random) {
    return PalermoSamplers.prosecution().sample(random);
  }

  /**
   * One of the sentences.
   *
   * @param random the generator
   * @return the event, concerning a person with a random id
   */
  public static Sentence sentence(RandomGenerator random) {
    return PalermoSamplers.sentence().sample(random);
  }

  /**
   * One of the requests for international cooperation.
   *
   * @param random the generator
   * @return the event, concerning a person with a random id
   */
  public static CooperationRequest cooperationRequest(RandomGenerator random) {
    return PalermoSamplers.cooperationRequest().sample(random);
  }

  /**
   * One of the steps of asset recovery.
   *
   * @param random the generator
   * @return the event, concerning a person with a random id
   */
  public static AssetRecovery assetRecovery(RandomGenerator random) {
    return PalermoSamplers.assetRecovery().sample(random);
  }

  /**
   * A case with events: every person has an event of every kind, facts true, false or unknown,
   * dated around the conduct (see {@link PalermoSamplers#casesWithEvents()}).
   *
   * @param random the generator
   * @return the case
   */
  public static Case casesWithEvents(RandomGenerator random) {
    return PalermoSamplers.casesWithEvents().sample(random);
  }
}
