package dev.palermo.vocabulary;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lookup of code-system values by their stable code strings. The lookup tables are built once per
 * code system and shared. Thread-safe; has no instances.
 */
public final class Codes {
  private static final Map<Class<?>, Map<String, ? extends Code>> TABLES =
      new ConcurrentHashMap<>();

  private static final List<Class<? extends Code>> SYSTEMS = List.of(
      dev.palermo.definition.Act.class, dev.palermo.definition.Means.class,
      dev.palermo.definition.ExploitationPurpose.class, Tier.class,
      dev.palermo.law.NormativeStrength.class, dev.palermo.law.InstrumentKind.class,
      dev.palermo.facts.Truth.class, dev.palermo.casefile.Consent.class,
      dev.palermo.casefile.Movement.class, dev.palermo.person.Gender.class,
      dev.palermo.person.AgeEvidenceKind.class, dev.palermo.person.AgeAssessmentMethod.class,
      dev.palermo.jurisdiction.ChildRule.class, dev.palermo.jurisdiction.PersonScope.class,
      dev.palermo.jurisdiction.MovementRequirement.class,
      dev.palermo.jurisdiction.NonPunishment.class, dev.palermo.jurisdiction.Verification.class,
      dev.palermo.jurisdiction.EuAmendmentDate.class,
      dev.palermo.definition.DefinitionElement.class, dev.palermo.assessment.Outcome.class,
      dev.palermo.assessment.ElementStatus.class, dev.palermo.assessment.ConsentRule.class,
      dev.palermo.assessment.SmugglingElement.class, dev.palermo.comparison.ShortfallKind.class,
      dev.palermo.concepts.RelatedConcept.class, dev.palermo.concepts.ForcedLabourIndicator.class,
      dev.palermo.smuggling.AssistanceMotive.class, dev.palermo.report.Severity.class,
      dev.palermo.rights.Stage.class, dev.palermo.rights.Beneficiary.class,
      dev.palermo.events.AssistanceCondition.class,
      dev.palermo.events.AssistanceStatus.class,
      dev.palermo.events.AssistanceType.class,
      dev.palermo.events.AsylumClaim.class,
      dev.palermo.events.ChargeStage.class,
      dev.palermo.events.CompensationRefusal.class,
      dev.palermo.events.CompensationStatus.class,
      dev.palermo.events.DetentionKind.class,
      dev.palermo.events.DetentionReason.class,
      dev.palermo.events.DisclosureRecipient.class,
      dev.palermo.events.IdentificationStatus.class,
      dev.palermo.events.IdentifyingActor.class,
      dev.palermo.events.IdentityDisclosure.class,
      dev.palermo.events.LegalBasis.class,
      dev.palermo.events.LinkToTrafficking.class,
      dev.palermo.events.OffenceCategory.class,
      dev.palermo.events.ProfilingGround.class,
      dev.palermo.events.ProtectiveMeasure.class,
      dev.palermo.events.ReturnKind.class,
      dev.palermo.events.ReturnRisk.class,
      dev.palermo.events.PenaltyKind.class,
      dev.palermo.events.AggravatingCircumstance.class,
      dev.palermo.state.CorruptionOffence.class,
      dev.palermo.events.CooperationType.class, dev.palermo.events.DiscriminationGround.class,
      dev.palermo.events.AssetRecoveryStep.class);

  private Codes() {}

  /**
   * Every code system of the core module: the registry that serializers, schemas and test
   * generators enumerate. A test checks it against the enums actually compiled.
   *
   * @return the enum classes implementing {@link Code}; unmodifiable
   */
  public static List<Class<? extends Code>> systems() {
    return SYSTEMS;
  }

  /**
   * Finds the value of a code system by its code.
   *
   * @param <C> the code system
   * @param type the enum class of the code system
   * @param code the stable code
   * @return the value, or empty when no value has that code (null gives empty)
   */
  public static <C extends Enum<C> & Code> Optional<C> find(Class<C> type, String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(table(type).get(code));
  }

  /**
   * Parses a code, failing when it is unknown.
   *
   * @param <C> the code system
   * @param type the enum class of the code system
   * @param code the stable code
   * @return the value
   * @throws UnknownCodeException if no value of the system has that code
   */
  public static <C extends Enum<C> & Code> C parse(Class<C> type, String code) {
    return find(type, code)
        .orElseThrow(() -> new UnknownCodeException(type.getSimpleName(), code));
  }

  @SuppressWarnings("unchecked")
  private static <C extends Enum<C> & Code> Map<String, C> table(Class<C> type) {
    Objects.requireNonNull(type, "type");
    // Looked up first: computeIfAbsent would take a new capturing lambda on every call.
    Map<String, ? extends Code> table = TABLES.get(type);
    if (table != null) {
      return (Map<String, C>) table;
    }
    return (Map<String, C>) TABLES.computeIfAbsent(type, t -> {
      Map<String, C> m = new LinkedHashMap<>();
      Arrays.stream(type.getEnumConstants()).forEach(c -> {
        if (m.put(c.code(), c) != null) {
          throw new IllegalStateException("duplicate code " + c.code() + " in " + type);
        }
      });
      return Map.copyOf(m);
    });
  }
}
