package dev.palermo.json;

import dev.palermo.casefile.CaseEvent;
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
import dev.palermo.events.AggravatingCircumstance;
import dev.palermo.events.AssetRecovery;
import dev.palermo.events.AssetRecoveryStep;
import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.events.DataDisclosure;
import dev.palermo.events.Detention;
import dev.palermo.events.DetentionKind;
import dev.palermo.events.DetentionReason;
import dev.palermo.events.DiscriminationGround;
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
import dev.palermo.events.PenaltyKind;
import dev.palermo.events.Prosecution;
import dev.palermo.events.ProfilingGround;
import dev.palermo.events.ProtectiveMeasure;
import dev.palermo.events.ReflectionPeriod;
import dev.palermo.events.ResidencePermit;
import dev.palermo.events.ReturnDecision;
import dev.palermo.events.ReturnKind;
import dev.palermo.events.ReturnRisk;
import dev.palermo.events.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON form of every kind of case event, one {@link EventForm} per type, one line per
 * attribute. An event is an object of the {@code events} array of a case, told apart by its
 * discriminator {@code "event": KIND} (not {@code kind}: some events have a {@code type}
 * attribute), e.g. {@code {"event": "detention", "person": "V1", "when": {...}, "type":
 * "immigration-detention", "routinePolicy": "true"}}.
 *
 * <p><b>Adding an attribute to an event type</b> is one line in its form below, in the order of
 * the accessors: {@code .truth("name", X::name, X.Builder::name)} for a {@code Truth} fact,
 * {@code .optionalCode("name", Codes.class, X::name, X.Builder::name)} for an
 * {@code Optional} code, {@code .codes(...)} for a {@code Set} of codes, {@code .facts(...)} for
 * a {@code FactSet}, {@code .code(...)} for a required code and {@code .optional(...)} for any
 * other optional value. {@code EventRoundTripTest#everyAttributeOfEveryEventHasAJsonForm} fails
 * until the line is added.
 *
 * <p>Thread-safe; has no instances; internal.
 */
final class EventForms {
  private EventForms() {}

  /** The forms, in the order of the event types' documentation (case lifecycle). */
  static final List<EventForm<?, ?>> ALL = List.of(
      EventForm.of(Identification.class, Identification.KIND, Identification::builder,
              Identification.Builder::build, Identification.Builder::person,
              Identification.Builder::when)
          .code("status", IdentificationStatus.class, Identification::status,
              Identification.Builder::status)
          .optionalCode("by", IdentifyingActor.class, Identification::by,
              Identification.Builder::by)
          .codes("profilingGrounds", ProfilingGround.class, Identification::profilingGrounds,
              Identification.Builder::profilingGrounds)
          .truth("screeningCompleted", Identification::screeningCompleted,
              Identification.Builder::screeningCompleted)
          .truth("groundsRecorded", Identification::groundsRecorded,
              Identification.Builder::groundsRecorded),

      EventForm.of(AgeDetermination.class, AgeDetermination.KIND, AgeDetermination::builder,
              AgeDetermination.Builder::build, AgeDetermination.Builder::person,
              AgeDetermination.Builder::when)
          .optional("assessment", EventForm.ShapeKind.AGE_ASSESSMENT,
              AgeDetermination::assessment, Encoder::ageEvidence,
              d -> d::ageAssessment, AgeDetermination.Builder::assessment)
          .truth("pending", AgeDetermination::pending, AgeDetermination.Builder::pending)
          .truth("treatedAsChild", AgeDetermination::treatedAsChild,
              AgeDetermination.Builder::treatedAsChild),

      EventForm.of(GuardianAppointment.class, GuardianAppointment.KIND,
              GuardianAppointment::builder, GuardianAppointment.Builder::build,
              GuardianAppointment.Builder::person, GuardianAppointment.Builder::when)
          .truth("childViewsHeard", GuardianAppointment::childViewsHeard,
              GuardianAppointment.Builder::childViewsHeard),

      EventForm.of(Assistance.class, Assistance.KIND, Assistance::builder,
              Assistance.Builder::build, Assistance.Builder::person, Assistance.Builder::when)
          .code("type", AssistanceType.class, Assistance::type, Assistance.Builder::type)
          .code("status", AssistanceStatus.class, Assistance::status, Assistance.Builder::status)
          .truth("informedConsent", Assistance::informedConsent,
              Assistance.Builder::informedConsent)
          .truth("mandatory", Assistance::mandatory, Assistance.Builder::mandatory)
          .facts("conditions", AssistanceCondition.class, Assistance::conditions,
              Assistance.Builder::conditions)
          .truth("withheldForNonCooperation", Assistance::withheldForNonCooperation,
              Assistance.Builder::withheldForNonCooperation)
          .truth("withheldForLackOfIdentification", Assistance::withheldForLackOfIdentification,
              Assistance.Builder::withheldForLackOfIdentification)
          .truth("needsConsidered", Assistance::needsConsidered,
              Assistance.Builder::needsConsidered)
          .truth("publicHealthJustification", Assistance::publicHealthJustification,
              Assistance.Builder::publicHealthJustification),

      EventForm.of(Detention.class, Detention.KIND, Detention::builder, Detention.Builder::build,
              Detention.Builder::person, Detention.Builder::when)
          .code("type", DetentionKind.class, Detention::type, Detention.Builder::type)
          .facts("reasons", DetentionReason.class, Detention::reasons,
              Detention.Builder::reasons)
          .optionalCode("legalBasis", LegalBasis.class, Detention::legalBasis,
              Detention.Builder::legalBasis)
          .truth("routinePolicy", Detention::routinePolicy, Detention.Builder::routinePolicy)
          .truth("linkedToSex", Detention::linkedToSex, Detention.Builder::linkedToSex)
          .truth("freeToLeave", Detention::freeToLeave, Detention.Builder::freeToLeave)
          .truth("consentGiven", Detention::consentGiven, Detention.Builder::consentGiven)
          .truth("necessity", Detention::necessity, Detention.Builder::necessity)
          .truth("proportionality", Detention::proportionality,
              Detention.Builder::proportionality)
          .truth("lastResort", Detention::lastResort, Detention.Builder::lastResort)
          .truth("judicialReview", Detention::judicialReview, Detention.Builder::judicialReview)
          .truth("rightToChallenge", Detention::rightToChallenge,
              Detention.Builder::rightToChallenge)
          .truth("consularInformation", Detention::consularInformation,
              Detention.Builder::consularInformation)
          .truth("bestInterestsShown", Detention::bestInterestsShown,
              Detention.Builder::bestInterestsShown)
          .truth("noAlternativeShown", Detention::noAlternativeShown,
              Detention.Builder::noAlternativeShown)
          .truth("periodSpecified", Detention::periodSpecified, Detention.Builder::periodSpecified),

      EventForm.of(ReflectionPeriod.class, ReflectionPeriod.KIND, ReflectionPeriod::builder,
              ReflectionPeriod.Builder::build, ReflectionPeriod.Builder::person,
              ReflectionPeriod.Builder::when)
          .facts("conditions", AssistanceCondition.class, ReflectionPeriod::conditions,
              ReflectionPeriod.Builder::conditions),

      EventForm.of(ResidencePermit.class, ResidencePermit.KIND, ResidencePermit::builder,
              ResidencePermit.Builder::build, ResidencePermit.Builder::person,
              ResidencePermit.Builder::when)
          .facts("conditions", AssistanceCondition.class, ResidencePermit::conditions,
              ResidencePermit.Builder::conditions),

      EventForm.of(Charge.class, Charge.KIND, Charge::builder, Charge.Builder::build,
              Charge.Builder::person, Charge.Builder::when)
          .code("offence", OffenceCategory.class, Charge::offence, Charge.Builder::offence)
          .code("stage", ChargeStage.class, Charge::stage, Charge.Builder::stage)
          .code("link", LinkToTrafficking.class, Charge::link, Charge.Builder::link),

      EventForm.of(ReturnDecision.class, ReturnDecision.KIND, ReturnDecision::builder,
              ReturnDecision.Builder::build, ReturnDecision.Builder::person,
              ReturnDecision.Builder::when)
          .code("type", ReturnKind.class, ReturnDecision::type, ReturnDecision.Builder::type)
          .optional("destination", EventForm.ShapeKind.COUNTRY, ReturnDecision::destination,
              (g, c) -> g.writeString(c.code()),
              d -> d::country, ReturnDecision.Builder::destination)
          .truth("voluntary", ReturnDecision::voluntary, ReturnDecision.Builder::voluntary)
          .truth("safetyConsidered", ReturnDecision::safetyConsidered,
              ReturnDecision.Builder::safetyConsidered)
          .truth("riskAssessment", ReturnDecision::riskAssessment,
              ReturnDecision.Builder::riskAssessment)
          .facts("risks", ReturnRisk.class, ReturnDecision::risks, ReturnDecision.Builder::risks)
          .optionalCode("asylumClaim", AsylumClaim.class, ReturnDecision::asylumClaim,
              ReturnDecision.Builder::asylumClaim)
          .truth("asylumInformation", ReturnDecision::asylumInformation,
              ReturnDecision.Builder::asylumInformation)
          .truth("pendingProceedings", ReturnDecision::pendingProceedings,
              ReturnDecision.Builder::pendingProceedings)
          .truth("dueRegardToProceedings", ReturnDecision::dueRegardToProceedings,
              ReturnDecision.Builder::dueRegardToProceedings)
          .truth("individual", ReturnDecision::individual, ReturnDecision.Builder::individual)
          .truth("bestInterestsAssessed", ReturnDecision::bestInterestsAssessed,
              ReturnDecision.Builder::bestInterestsAssessed)
          .truth("childViewsHeard", ReturnDecision::childViewsHeard,
              ReturnDecision.Builder::childViewsHeard)
          .truth("requestedByPerson", ReturnDecision::requestedByPerson,
              ReturnDecision.Builder::requestedByPerson)
          .truth("bestInterestsSubordinated", ReturnDecision::bestInterestsSubordinated,
              ReturnDecision.Builder::bestInterestsSubordinated),

      EventForm.of(Participation.class, Participation.KIND, Participation::builder,
              Participation.Builder::build, Participation.Builder::person,
              Participation.Builder::when)
          .truth("informedInLanguageUnderstood", Participation::informedInLanguageUnderstood,
              Participation.Builder::informedInLanguageUnderstood)
          .truth("interpreter", Participation::interpreter, Participation.Builder::interpreter)
          .truth("legalAssistance", Participation::legalAssistance,
              Participation.Builder::legalAssistance)
          .truth("viewsConsidered", Participation::viewsConsidered,
              Participation.Builder::viewsConsidered)
          .codes("protectiveMeasures", ProtectiveMeasure.class,
              Participation::protectiveMeasures, Participation.Builder::protectiveMeasures)
          .optionalCode("identityDisclosure", IdentityDisclosure.class,
              Participation::identityDisclosure, Participation.Builder::identityDisclosure)
          .optionalCode("compensation", CompensationStatus.class, Participation::compensation,
              Participation.Builder::compensation)
          .optionalCode("compensationRefusal", CompensationRefusal.class,
              Participation::compensationRefusal, Participation.Builder::compensationRefusal)
          .truth("childProceduresAdapted", Participation::childProceduresAdapted,
              Participation.Builder::childProceduresAdapted)
          .truth("childInformed", Participation::childInformed,
              Participation.Builder::childInformed)
          .truth("childViewsHeard", Participation::childViewsHeard,
              Participation.Builder::childViewsHeard)
          .truth("childSupportServices", Participation::childSupportServices,
              Participation.Builder::childSupportServices)
          .truth("childPrivacyProtected", Participation::childPrivacyProtected,
              Participation.Builder::childPrivacyProtected)
          .truth("childSafetyProtected", Participation::childSafetyProtected,
              Participation.Builder::childSafetyProtected)
          .truth("childNoUndueDelay", Participation::childNoUndueDelay,
              Participation.Builder::childNoUndueDelay)
          .truth("bestInterestsSubordinated", Participation::bestInterestsSubordinated,
              Participation.Builder::bestInterestsSubordinated),

      EventForm.of(Interview.class, Interview.KIND, Interview::builder, Interview.Builder::build,
              Interview.Builder::person, Interview.Builder::when)
          .truth("consent", Interview::consent, Interview.Builder::consent)
          .truth("interpreterNeeded", Interview::interpreterNeeded,
              Interview.Builder::interpreterNeeded)
          .truth("interpreterProvided", Interview::interpreterProvided,
              Interview.Builder::interpreterProvided)
          .truth("interviewerSexPreferenceRespected",
              Interview::interviewerSexPreferenceRespected,
              Interview.Builder::interviewerSexPreferenceRespected)
          .truth("privatePlace", Interview::privatePlace, Interview.Builder::privatePlace)
          .truth("guardianPresent", Interview::guardianPresent,
              Interview.Builder::guardianPresent)
          .truth("suspectPresent", Interview::suspectPresent, Interview.Builder::suspectPresent)
          .truth("guardianExcludedForCause", Interview::guardianExcludedForCause,
              Interview.Builder::guardianExcludedForCause),

      EventForm.of(Prosecution.class, Prosecution.KIND, Prosecution::builder,
              Prosecution.Builder::build, Prosecution.Builder::person,
              Prosecution.Builder::when)
          .optional("offence", EventForm.ShapeKind.STRING, Prosecution::offence,
              JsonGenerator::writeString, d -> d::string, Prosecution.Builder::offence)
          .truth("legalPerson", Prosecution::legalPerson,
              Prosecution.Builder::legalPerson)
          .truth("pretrialDetention", Prosecution::pretrialDetention,
              Prosecution.Builder::pretrialDetention)
          .truth("judicialReviewOfDetention", Prosecution::judicialReviewOfDetention,
              Prosecution.Builder::judicialReviewOfDetention)
          .truth("informedOfCharges", Prosecution::informedOfCharges,
              Prosecution.Builder::informedOfCharges)
          .truth("adequateTimeAndFacilities", Prosecution::adequateTimeAndFacilities,
              Prosecution.Builder::adequateTimeAndFacilities)
          .truth("counselOrLegalAid", Prosecution::counselOrLegalAid,
              Prosecution.Builder::counselOrLegalAid)
          .truth("interpreter", Prosecution::interpreter,
              Prosecution.Builder::interpreter)
          .truth("examineWitnesses", Prosecution::examineWitnesses,
              Prosecution.Builder::examineWitnesses)
          .truth("notCompelledToTestify", Prosecution::notCompelledToTestify,
              Prosecution.Builder::notCompelledToTestify)
          .truth("publicHearing", Prosecution::publicHearing,
              Prosecution.Builder::publicHearing)
          .truth("appeal", Prosecution::appeal,
              Prosecution.Builder::appeal)
          .truth("priorFinalJudgment", Prosecution::priorFinalJudgment,
              Prosecution.Builder::priorFinalJudgment)
          .truth("withoutUndueDelay", Prosecution::withoutUndueDelay,
              Prosecution.Builder::withoutUndueDelay)
          .truth("evidenceObtainedByTorture", Prosecution::evidenceObtainedByTorture,
              Prosecution.Builder::evidenceObtainedByTorture)
          .truth("evidenceUsed", Prosecution::evidenceUsed,
              Prosecution.Builder::evidenceUsed)
          .truth("victimProtectiveMeasures", Prosecution::victimProtectiveMeasures,
              Prosecution.Builder::victimProtectiveMeasures)
          .truth("defenceCouldTestEvidence", Prosecution::defenceCouldTestEvidence,
              Prosecution.Builder::defenceCouldTestEvidence),

      EventForm.of(Sentence.class, Sentence.KIND, Sentence::builder, Sentence.Builder::build,
              Sentence.Builder::person, Sentence.Builder::when)
          .optional("offence", EventForm.ShapeKind.STRING, Sentence::offence,
              JsonGenerator::writeString, d -> d::string, Sentence.Builder::offence)
          .optionalCode("penalty", PenaltyKind.class, Sentence::penalty,
              Sentence.Builder::penalty)
          .optional("custodyMonths", EventForm.ShapeKind.INTEGER, Sentence::custodyMonths,
              JsonGenerator::writeNumber, d -> d::integer,
              Sentence.Builder::custodyMonths)
          .optional("statutoryMaximumCustodyMonths", EventForm.ShapeKind.INTEGER,
              Sentence::statutoryMaximumCustodyMonths, JsonGenerator::writeNumber,
              d -> d::integer, Sentence.Builder::statutoryMaximumCustodyMonths)
          .facts("aggravations", AggravatingCircumstance.class, Sentence::aggravations,
              Sentence.Builder::aggravations)
          .truth("mandatoryMinimumApplied", Sentence::mandatoryMinimumApplied,
              Sentence.Builder::mandatoryMinimumApplied)
          .truth("mostSeriousCrime", Sentence::mostSeriousCrime,
              Sentence.Builder::mostSeriousCrime)
          .truth("offenderUnder18AtOffence", Sentence::offenderUnder18AtOffence,
              Sentence.Builder::offenderUnder18AtOffence)
          .truth("pregnant", Sentence::pregnant,
              Sentence.Builder::pregnant)
          .truth("aggravationsConsidered", Sentence::aggravationsConsidered,
              Sentence.Builder::aggravationsConsidered)
          .truth("formerVictimConsidered", Sentence::formerVictimConsidered,
              Sentence.Builder::formerVictimConsidered)
          .truth("legalPersonInvolved", Sentence::legalPersonInvolved,
              Sentence.Builder::legalPersonInvolved)
          .truth("legalPersonSanctionable", Sentence::legalPersonSanctionable,
              Sentence.Builder::legalPersonSanctionable),

      EventForm.of(CooperationRequest.class, CooperationRequest.KIND,
              CooperationRequest::builder, CooperationRequest.Builder::build,
              CooperationRequest.Builder::person, CooperationRequest.Builder::when)
          .code("type", CooperationType.class, CooperationRequest::type,
              CooperationRequest.Builder::type)
          .optional("requestingState", EventForm.ShapeKind.COUNTRY, CooperationRequest::requestingState,
              (g, c) -> g.writeString(c.code()),
              d -> d::country, CooperationRequest.Builder::requestingState)
          .optional("requestedState", EventForm.ShapeKind.COUNTRY, CooperationRequest::requestedState,
              (g, c) -> g.writeString(c.code()),
              d -> d::country, CooperationRequest.Builder::requestedState)
          .optional("requestingJurisdiction", EventForm.ShapeKind.STRING, CooperationRequest::requestingJurisdiction,
              JsonGenerator::writeString, d -> d::string, CooperationRequest.Builder::requestingJurisdiction)
          .optional("requestedJurisdiction", EventForm.ShapeKind.STRING, CooperationRequest::requestedJurisdiction,
              JsonGenerator::writeString, d -> d::string, CooperationRequest.Builder::requestedJurisdiction)
          .truth("deathPenaltyRisk", CooperationRequest::deathPenaltyRisk,
              CooperationRequest.Builder::deathPenaltyRisk)
          .truth("deathPenaltyAssurance", CooperationRequest::deathPenaltyAssurance,
              CooperationRequest.Builder::deathPenaltyAssurance)
          .truth("tortureRisk", CooperationRequest::tortureRisk,
              CooperationRequest.Builder::tortureRisk)
          .facts("discriminationGrounds", DiscriminationGround.class,
              CooperationRequest::discriminationGrounds,
              CooperationRequest.Builder::discriminationGrounds)
          .truth("priorFinalJudgment", CooperationRequest::priorFinalJudgment,
              CooperationRequest.Builder::priorFinalJudgment)
          .truth("fairTrialAssurance", CooperationRequest::fairTrialAssurance,
              CooperationRequest.Builder::fairTrialAssurance)
          .truth("personIsNationalOfRequested", CooperationRequest::personIsNationalOfRequested,
              CooperationRequest.Builder::personIsNationalOfRequested)
          .truth("refused", CooperationRequest::refused,
              CooperationRequest.Builder::refused)
          .truth("prosecutedInstead", CooperationRequest::prosecutedInstead,
              CooperationRequest.Builder::prosecutedInstead)
          .truth("victimIdentityOrDataShared", CooperationRequest::victimIdentityOrDataShared,
              CooperationRequest.Builder::victimIdentityOrDataShared)
          .truth("dataSafeguards", CooperationRequest::dataSafeguards,
              CooperationRequest.Builder::dataSafeguards)
          .truth("victimAtRisk", CooperationRequest::victimAtRisk,
              CooperationRequest.Builder::victimAtRisk)
          .truth("victimSafetyPlan", CooperationRequest::victimSafetyPlan,
              CooperationRequest.Builder::victimSafetyPlan)
          .truth("forumChoiceTransparent", CooperationRequest::forumChoiceTransparent,
              CooperationRequest.Builder::forumChoiceTransparent)
          .truth("appearanceInPersonUnsuitable", CooperationRequest::appearanceInPersonUnsuitable,
              CooperationRequest.Builder::appearanceInPersonUnsuitable)
          .truth("videoLinkOffered", CooperationRequest::videoLinkOffered,
              CooperationRequest.Builder::videoLinkOffered),

      EventForm.of(AssetRecovery.class, AssetRecovery.KIND, AssetRecovery::builder,
              AssetRecovery.Builder::build, AssetRecovery.Builder::person,
              AssetRecovery.Builder::when)
          .code("step", AssetRecoveryStep.class, AssetRecovery::step,
              AssetRecovery.Builder::step)
          .truth("onRequestOfAnotherState", AssetRecovery::onRequestOfAnotherState,
              AssetRecovery.Builder::onRequestOfAnotherState)
          .optional("requestingState", EventForm.ShapeKind.COUNTRY, AssetRecovery::requestingState,
              (g, c) -> g.writeString(c.code()),
              d -> d::country, AssetRecovery.Builder::requestingState)
          .truth("proceedsConsideredForCompensation", AssetRecovery::proceedsConsideredForCompensation,
              AssetRecovery.Builder::proceedsConsideredForCompensation),

      EventForm.of(DataDisclosure.class, DataDisclosure.KIND, DataDisclosure::builder,
              DataDisclosure.Builder::build, DataDisclosure.Builder::person,
              DataDisclosure.Builder::when)
          .code("recipient", DisclosureRecipient.class, DataDisclosure::recipient,
              DataDisclosure.Builder::recipient)
          .truth("identifying", DataDisclosure::identifying, DataDisclosure.Builder::identifying)
          .truth("consent", DataDisclosure::consent, DataDisclosure.Builder::consent));

  private static final Map<String, EventForm<?, ?>> BY_KIND = index();

  private static Map<String, EventForm<?, ?>> index() {
    Map<String, EventForm<?, ?>> map = new LinkedHashMap<>();
    for (EventForm<?, ?> f : ALL) {
      if (map.put(f.kind(), f) != null) {
        throw new IllegalStateException("two event forms of kind " + f.kind());
      }
    }
    return map;
  }

  /**
   * The form of a kind.
   *
   * @param kind the discriminator
   * @return the form, or empty if the kind is not defined
   */
  static Optional<EventForm<?, ?>> byKind(String kind) {
    return Optional.ofNullable(BY_KIND.get(kind));
  }

  /**
   * The form of an event.
   *
   * @param event the event
   * @return its form, or empty for an event type the SDK does not define
   */
  static Optional<EventForm<?, ?>> of(CaseEvent event) {
    return byKind(event.kind()).filter(f -> f.type().isInstance(event));
  }

  /** @return the kinds, in order, for messages */
  static List<String> kinds() {
    return List.copyOf(BY_KIND.keySet());
  }
}
