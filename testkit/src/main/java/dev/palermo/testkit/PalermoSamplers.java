package dev.palermo.testkit;

import dev.palermo.casefile.ActRecord;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.casefile.Conduct;
import dev.palermo.casefile.Consent;
import dev.palermo.casefile.Movement;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.events.AgeDetermination;
import dev.palermo.events.Assistance;
import dev.palermo.events.AssistanceCondition;
import dev.palermo.events.AssistanceStatus;
import dev.palermo.events.AssistanceType;
import dev.palermo.events.AsylumClaim;
import dev.palermo.events.Charge;
import dev.palermo.events.ChargeStage;
import dev.palermo.events.CompensationRefusal;
import dev.palermo.events.CompensationStatus;
import dev.palermo.events.DataDisclosure;
import dev.palermo.events.AggravatingCircumstance;
import dev.palermo.events.Sentence;
import dev.palermo.events.Prosecution;
import dev.palermo.events.PenaltyKind;
import dev.palermo.events.DiscriminationGround;
import dev.palermo.events.CooperationType;
import dev.palermo.events.CooperationRequest;
import dev.palermo.events.AssetRecoveryStep;
import dev.palermo.events.AssetRecovery;
import dev.palermo.events.Detention;
import dev.palermo.events.DetentionKind;
import dev.palermo.events.DetentionReason;
import dev.palermo.events.DisclosureRecipient;
import dev.palermo.events.GuardianAppointment;
import dev.palermo.events.Identification;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.events.IdentifyingActor;
import dev.palermo.events.IdentityDisclosure;
import dev.palermo.events.Interview;
import dev.palermo.events.LegalBasis;
import dev.palermo.events.LinkToTrafficking;
import dev.palermo.events.OffenceCategory;
import dev.palermo.events.Participation;
import dev.palermo.events.ProfilingGround;
import dev.palermo.events.ProtectiveMeasure;
import dev.palermo.events.ReflectionPeriod;
import dev.palermo.events.ResidencePermit;
import dev.palermo.events.ReturnDecision;
import dev.palermo.events.ReturnKind;
import dev.palermo.events.ReturnRisk;
import dev.palermo.facts.CountryCode;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.person.AgeAssessment;
import dev.palermo.person.AgeAssessmentMethod;
import dev.palermo.person.AgeEvidence;
import dev.palermo.person.DateOfBirth;
import dev.palermo.person.Gender;
import dev.palermo.person.PartialDate;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import dev.palermo.smuggling.AssistanceMotive;
import dev.palermo.smuggling.SmugglingFacts;
import dev.palermo.vocabulary.Code;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * The single implementation of every testkit generator, as {@link Sampler}s. The QuickTheories
 * generators ({@link PalermoGenerators}) and the seeded ones ({@link SeededCases}) both delegate
 * here, so they share their distributions exactly.
 *
 * <p>Every object generated is valid unless a method says otherwise: person ids are well formed
 * and unique within a case, conduct references persons of its case, date spans are ordered, and
 * the age class a variant promises holds on the first day of the conduct
 * ({@link dev.palermo.casefile.Conduct#when()}).
 *
 * <p>Distributions, in short: dates of conduct fall mostly in 2004-2026 (one in ten from
 * 1995-2003, before the Protocol entered into force); a person's age evidence is an exact date of
 * birth, a partial one (month or year), an age assessment or nothing, and makes the person a
 * child, an adult, of undeterminable age, or sits on the 18th birthday; fact sets list up to four
 * values, mostly from the Protocol's baseline, over an unknown or known-false default.
 *
 * <p>Stateless and thread-safe; has no instances.
 */
public final class PalermoSamplers {
  /** The countries nationalities, places and receiving States are drawn from. */
  private static final List<CountryCode> COUNTRIES = List.of("IT", "NG", "NL", "TH", "US", "GB",
      "IN", "NP", "MX", "RO", "UA", "VN").stream().map(CountryCode::of).toList();
  private static final LocalDate EARLIEST_CONDUCT = LocalDate.of(1995, 1, 1);
  private static final LocalDate PROTOCOL_IN_FORCE = LocalDate.of(2004, 1, 1);
  private static final LocalDate LATEST_CONDUCT = LocalDate.of(2026, 12, 31);

  private PalermoSamplers() {}

  /** @return known true, known false or unknown, equally likely */
  public static Sampler<Truth> truth() {
    return r -> r.pick(Truth.class);
  }

  /**
   * Fact sets over any code system: up to four listed values, each true, false or unknown, over
   * a default for unlisted values that is unknown or known false (never true: "every value
   * happened" is not a record anyone makes).
   *
   * @param <C> the code system
   * @param type the enum class of the code system
   * @return the sampler
   */
  public static <C extends Enum<C> & Code> Sampler<FactSet<C>> factSet(Class<C> type) {
    return factSet(type, List.of(type.getEnumConstants()));
  }

  /**
   * Fact sets whose listed values come from {@code favoured} three times in four and from the
   * whole code system otherwise.
   *
   * @param <C> the code system
   * @param type the enum class of the code system
   * @param favoured the values to list most often, at least one
   * @return the sampler
   */
  public static <C extends Enum<C> & Code> Sampler<FactSet<C>> factSet(Class<C> type,
      List<C> favoured) {
    List<C> all = List.of(type.getEnumConstants());
    List<C> often = List.copyOf(favoured);
    return r -> {
      Truth unlisted = r.pick(List.of(Truth.UNKNOWN, Truth.FALSE));
      int n = r.intBetween(0, Math.min(4, all.size()));
      Map<C, Truth> facts = new EnumMap<>(type);
      for (int i = 0; i < n; i++) {
        C value = r.chance(25) ? r.pick(all) : r.pick(often);
        facts.put(value, r.pick(List.of(Truth.TRUE, Truth.FALSE, Truth.UNKNOWN)));
      }
      return FactSet.of(facts, unlisted);
    };
  }

  /** @return acts, mostly the five of TIP Protocol art. 3(a) */
  public static Sampler<FactSet<Act>> acts() {
    return factSet(Act.class, CodeSystems.baseline(Act.class));
  }

  /** @return means, any of the nine of TIP Protocol art. 3(a) */
  public static Sampler<FactSet<Means>> means() {
    return factSet(Means.class);
  }

  /** @return purposes, mostly the seven baseline forms, sometimes extensions */
  public static Sampler<FactSet<ExploitationPurpose>> purposes() {
    return factSet(ExploitationPurpose.class, CodeSystems.baseline(ExploitationPurpose.class));
  }

  /** @return a country code from a fixed list of twelve */
  public static Sampler<CountryCode> country() {
    return r -> r.pick(COUNTRIES);
  }

  /** @return a first day of conduct: 1995-2003 one time in ten, else 2004-2026 */
  public static Sampler<LocalDate> conductDate() {
    return r -> r.chance(10) ? day(r, EARLIEST_CONDUCT, PROTOCOL_IN_FORCE.minusDays(1))
        : day(r, PROTOCOL_IN_FORCE, LATEST_CONDUCT);
  }

  /**
   * Age evidence of the given class on a day.
   *
   * @param ageClass what the evidence must say on {@code day}
   * @param day the day, normally the first day of the conduct
   * @return the sampler
   */
  public static Sampler<AgeEvidence> ageEvidence(AgeClass ageClass, LocalDate day) {
    return r -> ageEvidence(r, ageClass, day);
  }

  /**
   * Age evidence of any class on a day: a child (three in ten), an adult (three in ten), unknown
   * or straddling 18 (two in ten), or an exact date of birth on the edge of the 18th birthday
   * (two in ten: the day itself, an adult, or the day after it, a child).
   *
   * @param day the day, normally the first day of the conduct
   * @return the sampler
   */
  public static Sampler<AgeEvidence> ageEvidence(LocalDate day) {
    return r -> anyAgeEvidence(r, day);
  }

  /**
   * Persons whose age is evidence about a day.
   *
   * @param id the id to give them
   * @param day the day the age evidence refers to
   * @return the sampler
   */
  public static Sampler<Person> person(PersonId id, LocalDate day) {
    return r -> person(r, id, anyAgeEvidence(r, day));
  }

  /** @return persons with a random id, age evidence about a random day of conduct */
  public static Sampler<Person> person() {
    return r -> {
      PersonId id = personId(r, 1);
      return person(r, id, anyAgeEvidence(r, conductDate().sample(r)));
    };
  }

  /**
   * Persons of an age class on a day.
   *
   * @param id the id to give them
   * @param ageClass the class they must be in on {@code day}
   * @param day the day
   * @return the sampler
   */
  public static Sampler<Person> person(PersonId id, AgeClass ageClass, LocalDate day) {
    return r -> person(r, id, ageEvidence(r, ageClass, day));
  }

  /** @return conduct against a random person, dated three times in four */
  public static Sampler<Conduct> conduct() {
    return r -> conduct(r, personId(r, 1), List.of(), conductDate().sample(r), false);
  }

  /**
   * Conduct against a given person.
   *
   * @param victim the person
   * @param dated whether the conduct must have a date (a period, or dated act records)
   * @return the sampler
   */
  public static Sampler<Conduct> conduct(PersonId victim, boolean dated) {
    return r -> conduct(r, victim, List.of(), conductDate().sample(r), dated);
  }

  /** @return smuggling facts: each fact true, false or unknown; sometimes a motive */
  public static Sampler<SmugglingFacts> smugglingFacts() {
    return PalermoSamplers::smugglingFacts;
  }

  /** @return conduct and person, the person of any age class at the conduct's date */
  public static Sampler<Scenario> scenario() {
    return r -> {
      Conduct c = conduct(r, personId(r, 1), List.of(), conductDate().sample(r), false);
      LocalDate day = c.when().map(DateSpan::start).orElseGet(() -> conductDate().sample(r));
      return Scenario.of(c, person(r, c.victim(), anyAgeEvidence(r, day)));
    };
  }

  /**
   * Conduct and person, the conduct dated and the person of the given class on its first day.
   *
   * @param ageClass the age class
   * @return the sampler
   */
  public static Sampler<Scenario> scenario(AgeClass ageClass) {
    return r -> {
      Conduct c = conduct(r, personId(r, 1), List.of(), conductDate().sample(r), true);
      LocalDate day = c.when().orElseThrow().start();
      return Scenario.of(c, person(r, c.victim(), ageEvidence(r, ageClass, day)));
    };
  }

  /** @return scenarios whose person was under 18 on the first day of the conduct */
  public static Sampler<Scenario> children() {
    return scenario(AgeClass.CHILD);
  }

  /** @return scenarios whose person was 18 or over on the first day of the conduct */
  public static Sampler<Scenario> adults() {
    return scenario(AgeClass.ADULT);
  }

  /** @return scenarios whose person's age at the conduct cannot be told from the evidence */
  public static Sampler<Scenario> unknownAge() {
    return scenario(AgeClass.UNKNOWN);
  }

  /** @return scenarios of any age in which no means at all was used (means known none) */
  public static Sampler<Scenario> missingMeans() {
    return r -> {
      Scenario s = scenario().sample(r);
      return s.withConduct(s.conduct().withMeans(FactSet.none()));
    };
  }

  /**
   * Scenarios of pure smuggling of migrants: every element of Smuggling Protocol art. 3 known
   * true (procured illegal entry into a State of which the person is not a national or
   * permanent resident, for a material benefit), the person moved across a border, and no
   * purpose of exploitation at all (purposes known none).
   *
   * @return the sampler
   */
  public static Sampler<Scenario> smugglingOnly() {
    return r -> {
      Scenario s = scenario().sample(r);
      SmugglingFacts facts = SmugglingFacts.builder()
          .entryProcured(Truth.TRUE)
          .illegalEntry(Truth.TRUE)
          .notNationalOrPermanentResident(Truth.TRUE)
          .materialBenefit(Truth.TRUE)
          .receivingState(country().sample(r))
          .lifeOrSafetyEndangered(truth().sample(r))
          .inhumanOrDegradingTreatment(truth().sample(r))
          .build();
      return s.withConduct(s.conduct().withSmuggling(facts)
          .withPurposes(FactSet.none())
          .withMovement(Movement.CROSS_BORDER)
          .withConsent(r.chance(75) ? Consent.GIVEN : r.pick(Consent.class)));
    };
  }

  /**
   * Cases: one to four persons with unique ids, one to three conducts, each directed at one of
   * the persons and carried out by some of the others, within a year or so of one another.
   *
   * @return the sampler
   */
  public static Sampler<Case> caseFile() {
    return r -> {
      int persons = r.intBetween(1, 4);
      LocalDate base = conductDate().sample(r);
      List<Person> people = new ArrayList<>(persons);
      for (int i = 1; i <= persons; i++) {
        people.add(person(r, personId(r, i), anyAgeEvidence(r, base)));
      }
      int conducts = r.intBetween(1, 3);
      List<Conduct> list = new ArrayList<>(conducts);
      for (int i = 0; i < conducts; i++) {
        Person victim = r.pick(people);
        List<PersonId> others = people.stream().map(Person::id)
            .filter(id -> !id.equals(victim.id())).toList();
        LocalDate start = base.plusDays(r.between(0, 400));
        list.add(conduct(r, victim.id(), others, start, false));
      }
      return Case.builder().id("case-" + r.between(1, 99_999)).persons(people)
          .conducts(list).build();
    };
  }


  // --- case events ------------------------------------------------------------------------------

  /**
   * The kinds of case event the testkit generates, each as a function of the randomness, the
   * person and the day of the conduct the event follows; in the order of the case lifecycle.
   */
  private static final List<BiFunction<Randomness, EventSeed, CaseEvent>> EVENT_KINDS = List.of(
      PalermoSamplers::identification, PalermoSamplers::ageDetermination,
      PalermoSamplers::guardianAppointment, PalermoSamplers::assistance,
      PalermoSamplers::detention, PalermoSamplers::reflectionPeriod,
      PalermoSamplers::residencePermit, PalermoSamplers::charge,
      PalermoSamplers::returnDecision, PalermoSamplers::participation,
      PalermoSamplers::interview, PalermoSamplers::dataDisclosure,
      PalermoSamplers::prosecution, PalermoSamplers::sentence,
      PalermoSamplers::cooperationRequest, PalermoSamplers::assetRecovery);

  /** The person an event concerns and the first day of the conduct it follows. */
  private record EventSeed(PersonId person, LocalDate conduct) {}

  /** @return identification steps: any status, actor and profiling grounds */
  public static Sampler<Identification> identification() {
    return r -> identification(r, anyEventSeed(r));
  }

  /** @return age determinations: sometimes an assessment; facts true, false or unknown */
  public static Sampler<AgeDetermination> ageDetermination() {
    return r -> ageDetermination(r, anyEventSeed(r));
  }

  /** @return guardian appointments */
  public static Sampler<GuardianAppointment> guardianAppointment() {
    return r -> guardianAppointment(r, anyEventSeed(r));
  }

  /** @return assistance of any type and status, with its conditions */
  public static Sampler<Assistance> assistance() {
    return r -> assistance(r, anyEventSeed(r));
  }

  /** @return detentions of any kind, every safeguard fact true, false or unknown */
  public static Sampler<Detention> detention() {
    return r -> detention(r, anyEventSeed(r));
  }

  /** @return reflection periods */
  public static Sampler<ReflectionPeriod> reflectionPeriod() {
    return r -> reflectionPeriod(r, anyEventSeed(r));
  }

  /** @return residence permits, with their conditions */
  public static Sampler<ResidencePermit> residencePermit() {
    return r -> residencePermit(r, anyEventSeed(r));
  }

  /** @return charges: any offence, stage and link to the trafficking */
  public static Sampler<Charge> charge() {
    return r -> charge(r, anyEventSeed(r));
  }

  /** @return return decisions of any kind, with risks, asylum and child facts */
  public static Sampler<ReturnDecision> returnDecision() {
    return r -> returnDecision(r, anyEventSeed(r));
  }

  /** @return participations in proceedings, with protective measures and compensation */
  public static Sampler<Participation> participation() {
    return r -> participation(r, anyEventSeed(r));
  }

  /** @return interviews */
  public static Sampler<Interview> interview() {
    return r -> interview(r, anyEventSeed(r));
  }

  /** @return disclosures of data to any recipient */
  public static Sampler<DataDisclosure> dataDisclosure() {
    return r -> dataDisclosure(r, anyEventSeed(r));
  }

  /** @return prosecutions of a suspect, with the fair-trial facts */
  public static Sampler<Prosecution> prosecution() {
    return r -> prosecution(r, anyEventSeed(r));
  }

  /** @return sentences */
  public static Sampler<Sentence> sentence() {
    return r -> sentence(r, anyEventSeed(r));
  }

  /** @return requests for international cooperation */
  public static Sampler<CooperationRequest> cooperationRequest() {
    return r -> cooperationRequest(r, anyEventSeed(r));
  }

  /** @return steps of asset recovery */
  public static Sampler<AssetRecovery> assetRecovery() {
    return r -> assetRecovery(r, anyEventSeed(r));
  }

  /**
   * Events of any kind concerning a given person, dated around a day of conduct (see
   * {@link #casesWithEvents()}).
   *
   * @param person the person the event concerns
   * @param conduct the first day of the conduct the event follows
   * @return the sampler
   */
  public static Sampler<CaseEvent> event(PersonId person, LocalDate conduct) {
    return r -> r.pick(EVENT_KINDS).apply(r, new EventSeed(person, conduct));
  }

  /**
   * Cases with events: a case as {@link #caseFile()}, in which every person has one event of
   * every kind (and one in four an extra event of any kind), each fact true, false or unknown,
   * dated around the first day of the case's conduct (from a month before to two years after;
   * one in ten undated), in the order of their dates, the undated last. Valid: every event
   * concerns a person of the case.
   *
   * @return the sampler
   */
  public static Sampler<Case> casesWithEvents() {
    return r -> {
      Case c = caseFile().sample(r);
      LocalDate conduct = c.conducts().stream().flatMap(x -> x.when().stream())
          .map(DateSpan::start).min(Comparator.naturalOrder())
          .orElseGet(() -> conductDate().sample(r));
      List<CaseEvent> events = new ArrayList<>();
      for (Person p : c.persons()) {
        EventSeed seed = new EventSeed(p.id(), conduct);
        for (BiFunction<Randomness, EventSeed, CaseEvent> kind : EVENT_KINDS) {
          events.add(kind.apply(r, seed));
        }
        if (r.chance(25)) {
          events.add(r.pick(EVENT_KINDS).apply(r, seed));
        }
      }
      events.sort(Comparator.comparing((CaseEvent e) -> e.when().map(DateSpan::start)
          .orElse(LocalDate.MAX)));
      return c.withEvents(events);
    };
  }

  private static EventSeed anyEventSeed(Randomness r) {
    return new EventSeed(personId(r, 1), conductDate().sample(r));
  }

  /** When an event happened: nine in ten dated from a month before to two years after. */
  private static Optional<DateSpan> eventWhen(Randomness r, LocalDate conduct) {
    if (r.chance(10)) {
      return Optional.empty();
    }
    return Optional.of(span(r, conduct.plusDays(r.between(-30, 2 * 365))));
  }

  private static <C extends Enum<C>> Optional<C> maybe(Randomness r, Class<C> type) {
    return r.chance(60) ? Optional.of(r.pick(type)) : Optional.empty();
  }

  private static <C extends Enum<C>> Set<C> someOf(Randomness r, Class<C> type) {
    Set<C> out = new TreeSet<>();
    int n = r.intBetween(0, 3);
    for (int i = 0; i < n; i++) {
      out.add(r.pick(type));
    }
    return out;
  }

  private static Truth t(Randomness r) {
    return truth().sample(r);
  }

  private static Identification identification(Randomness r, EventSeed s) {
    return Identification.builder().person(s.person()).when(eventWhen(r, s.conduct()))
        .status(r.pick(IdentificationStatus.class))
        .by(maybe(r, IdentifyingActor.class))
        .profilingGrounds(r.chance(30) ? someOf(r, ProfilingGround.class) : Set.of())
        .screeningCompleted(t(r)).groundsRecorded(t(r))
        .build();
  }

  private static AgeDetermination ageDetermination(Randomness r, EventSeed s) {
    Optional<DateSpan> when = eventWhen(r, s.conduct());
    AgeDetermination.Builder b = AgeDetermination.builder().person(s.person()).when(when)
        .pending(t(r)).treatedAsChild(t(r));
    if (r.chance(50)) {
      int min = r.intBetween(10, 20);
      b.assessment(AgeAssessment.of(min, min + r.intBetween(0, 3),
          r.pick(AgeAssessmentMethod.class),
          when.map(DateSpan::start).orElse(s.conduct())));
    }
    return b.build();
  }

  private static GuardianAppointment guardianAppointment(Randomness r, EventSeed s) {
    return GuardianAppointment.builder().person(s.person()).when(eventWhen(r, s.conduct()))
        .childViewsHeard(t(r)).build();
  }

  private static Assistance assistance(Randomness r, EventSeed s) {
    return Assistance.builder().person(s.person()).when(eventWhen(r, s.conduct()))
        .type(r.pick(AssistanceType.class)).status(r.pick(AssistanceStatus.class))
        .informedConsent(t(r)).mandatory(t(r))
        .conditions(factSet(AssistanceCondition.class).sample(r))
        .withheldForNonCooperation(t(r)).withheldForLackOfIdentification(t(r))
        .needsConsidered(t(r)).publicHealthJustification(t(r))
        .build();
  }

  private static Detention detention(Randomness r, EventSeed s) {
    return Detention.builder().person(s.person()).when(eventWhen(r, s.conduct()))
        .type(r.pick(DetentionKind.class))
        .reasons(factSet(DetentionReason.class).sample(r))
        .legalBasis(maybe(r, LegalBasis.class))
        .routinePolicy(t(r)).linkedToSex(t(r)).freeToLeave(t(r)).consentGiven(t(r))
        .necessity(t(r)).proportionality(t(r)).lastResort(t(r)).judicialReview(t(r))
        .rightToChallenge(t(r)).consularInformation(t(r))
        .bestInterestsShown(t(r)).noAlternativeShown(t(r)).periodSpecified(t(r))
        .build();
  }

  private static ReflectionPeriod reflectionPeriod(Randomness r, EventSeed s) {
    return ReflectionPeriod.builder().person(s.person()).when(eventWhen(r, s.conduct()))
        .conditions(factSet(AssistanceCondition.class).sample(r)).build();
  }

  private static ResidencePermit residencePermit(Randomness r, EventSeed s) {
    return ResidencePermit.builder().person(s.person()).when(eventWhen(r, s.conduct()))
        .conditions(factSet(AssistanceCondition.class).sample(r)).build();
  }

  private static Charge charge(Randomness r, EventSeed s) {
    return Charge.builder().person(s.person()).when(eventWhen(r, s.conduct()))
        .offence(r.pick(OffenceCategory.class)).stage(r.pick(ChargeStage.class))
        .link(r.pick(LinkToTrafficking.class)).build();
  }

  private static ReturnDecision returnDecision(Randomness r, EventSeed s) {
    ReturnDecision.Builder b = ReturnDecision.builder().person(s.person())
        .when(eventWhen(r, s.conduct()))
        .type(r.pick(ReturnKind.class))
        .voluntary(t(r)).safetyConsidered(t(r)).riskAssessment(t(r))
        .risks(factSet(ReturnRisk.class).sample(r))
        .asylumClaim(maybe(r, AsylumClaim.class))
        .asylumInformation(t(r)).pendingProceedings(t(r)).dueRegardToProceedings(t(r))
        .individual(t(r)).bestInterestsAssessed(t(r)).childViewsHeard(t(r))
        .requestedByPerson(t(r)).bestInterestsSubordinated(t(r));
    if (r.chance(60)) {
      b.destination(country().sample(r));
    }
    return b.build();
  }

  private static Participation participation(Randomness r, EventSeed s) {
    return Participation.builder().person(s.person()).when(eventWhen(r, s.conduct()))
        .informedInLanguageUnderstood(t(r)).interpreter(t(r)).legalAssistance(t(r))
        .viewsConsidered(t(r))
        .protectiveMeasures(someOf(r, ProtectiveMeasure.class))
        .identityDisclosure(maybe(r, IdentityDisclosure.class))
        .compensation(maybe(r, CompensationStatus.class))
        .compensationRefusal(maybe(r, CompensationRefusal.class))
        .childProceduresAdapted(t(r)).childInformed(t(r)).childViewsHeard(t(r))
        .childSupportServices(t(r)).childPrivacyProtected(t(r)).childSafetyProtected(t(r))
        .childNoUndueDelay(t(r)).bestInterestsSubordinated(t(r))
        .build();
  }

  private static Interview interview(Randomness r, EventSeed s) {
    return Interview.builder().person(s.person()).when(eventWhen(r, s.conduct()))
        .consent(t(r)).interpreterNeeded(t(r)).interpreterProvided(t(r))
        .interviewerSexPreferenceRespected(t(r)).privatePlace(t(r)).guardianPresent(t(r))
        .suspectPresent(t(r)).guardianExcludedForCause(t(r))
        .build();
  }

  private static Prosecution prosecution(Randomness r, EventSeed s) {
    Prosecution.Builder b = Prosecution.builder().person(s.person())
        .when(eventWhen(r, s.conduct()))
        .legalPerson(t(r)).pretrialDetention(t(r)).judicialReviewOfDetention(t(r))
        .informedOfCharges(t(r)).adequateTimeAndFacilities(t(r)).counselOrLegalAid(t(r))
        .interpreter(t(r)).examineWitnesses(t(r)).notCompelledToTestify(t(r))
        .publicHearing(t(r)).appeal(t(r)).priorFinalJudgment(t(r)).withoutUndueDelay(t(r))
        .evidenceObtainedByTorture(t(r)).evidenceUsed(t(r)).victimProtectiveMeasures(t(r))
        .defenceCouldTestEvidence(t(r));
    if (r.chance(50)) {
      b.offence("s" + r.intBetween(1, 99));
    }
    return b.build();
  }

  private static Sentence sentence(Randomness r, EventSeed s) {
    Sentence.Builder b = Sentence.builder().person(s.person()).when(eventWhen(r, s.conduct()))
        .penalty(maybe(r, PenaltyKind.class))
        .aggravations(factSet(AggravatingCircumstance.class).sample(r))
        .mandatoryMinimumApplied(t(r)).mostSeriousCrime(t(r)).offenderUnder18AtOffence(t(r))
        .pregnant(t(r)).aggravationsConsidered(t(r)).formerVictimConsidered(t(r))
        .legalPersonInvolved(t(r)).legalPersonSanctionable(t(r));
    if (r.chance(50)) {
      b.custodyMonths(r.intBetween(0, 240));
    }
    if (r.chance(50)) {
      b.statutoryMaximumCustodyMonths(r.intBetween(0, 360));
    }
    return b.build();
  }

  private static CooperationRequest cooperationRequest(Randomness r, EventSeed s) {
    CooperationRequest.Builder b = CooperationRequest.builder().person(s.person())
        .when(eventWhen(r, s.conduct())).type(r.pick(CooperationType.class))
        .deathPenaltyRisk(t(r)).deathPenaltyAssurance(t(r)).tortureRisk(t(r))
        .discriminationGrounds(factSet(DiscriminationGround.class).sample(r))
        .priorFinalJudgment(t(r)).fairTrialAssurance(t(r)).personIsNationalOfRequested(t(r))
        .refused(t(r)).prosecutedInstead(t(r)).victimIdentityOrDataShared(t(r))
        .dataSafeguards(t(r)).victimAtRisk(t(r)).victimSafetyPlan(t(r))
        .forumChoiceTransparent(t(r)).appearanceInPersonUnsuitable(t(r))
        .videoLinkOffered(t(r));
    if (r.chance(60)) {
      b.requestingState(country().sample(r)).requestedState(country().sample(r));
    }
    if (r.chance(60)) {
      b.requestingJurisdiction(r.pick(JURISDICTION_IDS))
          .requestedJurisdiction(r.pick(JURISDICTION_IDS));
    }
    return b.build();
  }

  private static AssetRecovery assetRecovery(Randomness r, EventSeed s) {
    AssetRecovery.Builder b = AssetRecovery.builder().person(s.person())
        .when(eventWhen(r, s.conduct())).step(r.pick(AssetRecoveryStep.class))
        .onRequestOfAnotherState(t(r)).proceedsConsideredForCompensation(t(r));
    if (r.chance(50)) {
      b.requestingState(country().sample(r));
    }
    return b.build();
  }

  private static final List<String> JURISDICTION_IDS = List.of("tip-protocol", "coe", "eu",
      "asean", "saarc", "us", "uk");

  private static DataDisclosure dataDisclosure(Randomness r, EventSeed s) {
    return DataDisclosure.builder().person(s.person()).when(eventWhen(r, s.conduct()))
        .recipient(r.pick(DisclosureRecipient.class)).identifying(t(r)).consent(t(r))
        .build();
  }

  // ---------------------------------------------------------------------------------------------

  private static LocalDate day(Randomness r, LocalDate from, LocalDate to) {
    return from.plusDays(r.between(0, ChronoUnit.DAYS.between(from, to)));
  }

  /** Ids "P{index}-{n}": unique within a case because the index is. */
  private static PersonId personId(Randomness r, int index) {
    return PersonId.of("P" + index + "-" + r.between(0, 999));
  }

  private static Person person(Randomness r, PersonId id, AgeEvidence age) {
    Person.Builder b = Person.builder().id(id).ageEvidence(age);
    if (r.chance(70)) {
      b.gender(r.pick(Gender.class));
    }
    Set<CountryCode> nationalities = new TreeSet<>();
    int n = r.intBetween(0, 2);
    for (int i = 0; i < n; i++) {
      nationalities.add(country().sample(r));
    }
    return b.nationalities(nationalities).build();
  }

  private static AgeEvidence anyAgeEvidence(Randomness r, LocalDate day) {
    int kind = r.intBetween(0, 9);
    if (kind < 3) {
      return ageEvidence(r, AgeClass.CHILD, day);
    }
    if (kind < 6) {
      return ageEvidence(r, AgeClass.ADULT, day);
    }
    if (kind < 8) {
      return ageEvidence(r, AgeClass.UNKNOWN, day);
    }
    // On the edge: the 18th birthday is the day of the conduct (adult) or the day after (child).
    LocalDate eighteenth = day.minusYears(18);
    return DateOfBirth.of(PartialDate.ofDate(kind == 8 ? eighteenth : eighteenth.plusDays(1)));
  }

  private static AgeEvidence ageEvidence(Randomness r, AgeClass ageClass, LocalDate day) {
    switch (ageClass) {
      case CHILD:
        return knownAge(r, day, 0, 17, 16, 15);
      case ADULT:
        return knownAge(r, day, 18, 80, 20, 20);
      default:
        return straddling(r, day);
    }
  }

  /**
   * Evidence that puts the age on {@code day} within a class: an exact date of birth giving an
   * age in {@code [exactMin, exactMax]}, or a partial date or an assessment whose every possible
   * age is on the same side of 18 (a margin of a year or two absorbs the imprecision).
   */
  private static AgeEvidence knownAge(Randomness r, LocalDate day, int exactMin, int exactMax,
      int partialBound, int assessedBound) {
    boolean child = exactMax < 18;
    int form = r.intBetween(0, 3);
    if (form == 0) {
      int age = r.intBetween(exactMin, exactMax);
      return DateOfBirth.of(PartialDate.ofDate(birthForAge(r, day, age)));
    }
    if (form == 1 || form == 2) {
      int age = child ? r.intBetween(0, partialBound) : r.intBetween(partialBound, exactMax);
      LocalDate birth = birthForAge(r, day, age);
      return DateOfBirth.of(form == 1 ? PartialDate.ofYearMonth(YearMonth.from(birth))
          : PartialDate.ofYear(birth.getYear()));
    }
    LocalDate assessedOn = day.plusDays(r.between(0, 3 * 365));
    int years = Period.between(day, assessedOn).getYears();
    AgeAssessmentMethod method = r.pick(AgeAssessmentMethod.class);
    if (child) {
      // Every possible age on the day is at most the age drawn (see AgeAssessment#ageOn).
      int max = r.intBetween(0, assessedBound) + years;
      int min = Math.max(0, max - r.intBetween(0, 2));
      return AgeAssessment.of(min, max, method, assessedOn);
    }
    // The least possible age on the day is at least min - years - 1.
    int min = r.intBetween(assessedBound, 60) + years + 1;
    return AgeAssessment.of(min, min + r.intBetween(0, 3), method, assessedOn);
  }

  /** A birthday giving exactly {@code age} completed years on {@code day}. */
  private static LocalDate birthForAge(Randomness r, LocalDate day, int age) {
    return day.minusYears(age).minusDays(r.between(0, 360));
  }

  /** Evidence that does not tell whether the person was under 18 on {@code day}. */
  private static AgeEvidence straddling(Randomness r, LocalDate day) {
    int form = r.intBetween(0, 2);
    if (form == 1) {
      int min = r.intBetween(14, 17);
      int max = r.intBetween(18, 21);
      return AgeAssessment.of(min, max, r.pick(AgeAssessmentMethod.class), day);
    }
    if (form == 2 && !(day.getMonthValue() == 12 && day.getDayOfMonth() == 31)) {
      // Born some day in the year 18 years before: 18 if born by the day's date, else 17.
      return DateOfBirth.of(PartialDate.ofYear(day.getYear() - 18));
    }
    return AgeEvidence.unknown();
  }

  private static Conduct conduct(Randomness r, PersonId victim, List<PersonId> others,
      LocalDate start, boolean dated) {
    Set<PersonId> perpetrators = new TreeSet<>();
    for (PersonId other : others) {
      if (r.chance(40)) {
        perpetrators.add(other);
      }
    }
    Conduct.Builder b = Conduct.builder()
        .victim(victim)
        .perpetrators(perpetrators)
        .acts(acts().sample(r));
    int records = r.intBetween(0, 2);
    for (int i = 0; i < records; i++) {
      b.addActRecords(actRecord(r, start, perpetrators));
    }
    b.means(means().sample(r))
        .purposes(purposes().sample(r))
        .exploitationOccurred(truth().sample(r))
        .consent(r.pick(Consent.class))
        .movement(r.pick(Movement.class))
        .organizedCriminalGroup(truth().sample(r));
    if (dated || r.chance(75)) {
      b.period(span(r, start));
    }
    if (r.chance(30)) {
      b.smuggling(smugglingFacts(r));
    }
    Conduct c = b.build();
    if (dated && c.when().isEmpty()) {
      return c.withPeriod(span(r, start));
    }
    return c;
  }

  private static ActRecord actRecord(Randomness r, LocalDate start, Set<PersonId> perpetrators) {
    ActRecord.Builder b = ActRecord.builder().act(r.chance(80)
        ? r.pick(CodeSystems.baseline(Act.class)) : r.pick(Act.class));
    if (r.chance(60)) {
      b.when(span(r, start.plusDays(r.between(0, 60))));
    }
    if (r.chance(50)) {
      b.place(country().sample(r));
    }
    for (PersonId p : perpetrators) {
      if (r.chance(50)) {
        b.addBy(p);
      }
    }
    return b.build();
  }

  /** A single day, an ordered span or an open span starting on {@code start}. */
  private static DateSpan span(Randomness r, LocalDate start) {
    switch (r.intBetween(0, 2)) {
      case 0:
        return DateSpan.on(start);
      case 1:
        return DateSpan.between(start, start.plusDays(r.between(1, 3 * 365)));
      default:
        return DateSpan.since(start);
    }
  }

  private static SmugglingFacts smugglingFacts(Randomness r) {
    Truth benefit = truth().sample(r);
    Optional<AssistanceMotive> motive = benefit.isFalse() && r.chance(50)
        ? Optional.of(r.pick(AssistanceMotive.class)) : Optional.empty();
    SmugglingFacts.Builder b = SmugglingFacts.builder()
        .entryProcured(truth().sample(r))
        .illegalEntry(truth().sample(r))
        .notNationalOrPermanentResident(truth().sample(r))
        .materialBenefit(benefit)
        .motive(motive)
        .lifeOrSafetyEndangered(truth().sample(r))
        .inhumanOrDegradingTreatment(truth().sample(r));
    if (r.chance(60)) {
      b.receivingState(country().sample(r));
    }
    return b.build();
  }
}
