package dev.palermo.testkit;

import dev.palermo.assessment.ConsentRule;
import dev.palermo.assessment.ElementStatus;
import dev.palermo.assessment.Outcome;
import dev.palermo.assessment.SmugglingElement;
import dev.palermo.casefile.Consent;
import dev.palermo.casefile.Movement;
import dev.palermo.comparison.ShortfallKind;
import dev.palermo.concepts.ForcedLabourIndicator;
import dev.palermo.concepts.RelatedConcept;
import dev.palermo.definition.Act;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.ChildRule;
import dev.palermo.jurisdiction.EuAmendmentDate;
import dev.palermo.jurisdiction.MovementRequirement;
import dev.palermo.jurisdiction.NonPunishment;
import dev.palermo.jurisdiction.PersonScope;
import dev.palermo.jurisdiction.Verification;
import dev.palermo.law.InstrumentKind;
import dev.palermo.law.NormativeStrength;
import dev.palermo.person.AgeAssessmentMethod;
import dev.palermo.person.AgeEvidenceKind;
import dev.palermo.person.Gender;
import dev.palermo.smuggling.AssistanceMotive;
import dev.palermo.vocabulary.Code;
import dev.palermo.vocabulary.Tier;
import java.util.List;

/**
 * Enumerates the code systems of the core module and their values, for exhaustive tests: every
 * value of every code system, and the Protocol's baseline values of the element code systems.
 *
 * <p>Stateless and thread-safe; has no instances.
 */
public final class CodeSystems {
  private static final List<Class<? extends Code>> ALL = List.of(
      Truth.class, Act.class, Means.class, ExploitationPurpose.class, DefinitionElement.class,
      ElementStatus.class, Outcome.class, ConsentRule.class, SmugglingElement.class,
      Consent.class, Movement.class, ShortfallKind.class, ForcedLabourIndicator.class,
      RelatedConcept.class, ChildRule.class, EuAmendmentDate.class, MovementRequirement.class,
      NonPunishment.class, PersonScope.class, Verification.class, InstrumentKind.class,
      NormativeStrength.class, AgeAssessmentMethod.class, AgeEvidenceKind.class, Gender.class,
      AssistanceMotive.class, Tier.class);

  private CodeSystems() {}

  /**
   * Every code system of the core module (each an enum implementing {@link Code}).
   *
   * @return the enum classes; unmodifiable
   */
  public static List<Class<? extends Code>> all() {
    return ALL;
  }

  /**
   * Every value of a code system, in declaration order.
   *
   * @param <C> the code system
   * @param type its enum class
   * @return the values; unmodifiable
   */
  public static <C extends Enum<C> & Code> List<C> values(Class<C> type) {
    return List.of(type.getEnumConstants());
  }

  /**
   * The values of a code system that are in the Trafficking Protocol's own text: the five acts
   * and seven purposes of art. 3(a) marked {@link Tier#BASELINE}, and all nine means; for other
   * code systems, every value.
   *
   * @param <C> the code system
   * @param type its enum class
   * @return the baseline values, in declaration order; unmodifiable
   */
  public static <C extends Enum<C> & Code> List<C> baseline(Class<C> type) {
    return values(type).stream().filter(c -> {
      if (c instanceof Act) {
        return ((Act) c).tier() == Tier.BASELINE;
      }
      if (c instanceof ExploitationPurpose) {
        return ((ExploitationPurpose) c).tier() == Tier.BASELINE;
      }
      return true;
    }).toList();
  }

  /**
   * The values of a code system that are not baseline (see {@link #baseline(Class)}).
   *
   * @param <C> the code system
   * @param type its enum class
   * @return the extension values, in declaration order; unmodifiable
   */
  public static <C extends Enum<C> & Code> List<C> extensions(Class<C> type) {
    List<C> baseline = baseline(type);
    return values(type).stream().filter(c -> !baseline.contains(c)).toList();
  }
}
