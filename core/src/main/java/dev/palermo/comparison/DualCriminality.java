package dev.palermo.comparison;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Conduct;
import dev.palermo.facts.Truth;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.person.Person;
import org.immutables.value.Value;

/**
 * Dual criminality: is the conduct an offence under the law of both the requesting and the
 * requested State? Extradition under UNTOC art. 16(1) applies where the offence "is punishable
 * under the domestic law of both the requesting State Party and the requested State Party"; that
 * the conduct is "not an offence in the requested State" is a ground to refuse
 * ({@code seeds/000_4ef45050c65d0a55.txt:533}). Each State's definition is taken from its
 * jurisdiction profile, in the version in force at the date of the conduct.
 *
 * <p>The result is three-valued: satisfied when the conduct meets both definitions, not
 * satisfied when it fails either, otherwise unknown. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class DualCriminality {
  /** UNTOC art. 16(1): the dual criminality condition for extradition. */
  public static final Provision CITATION = Provision.of(Instrument.UNTOC, "16(1)");

  DualCriminality() {}

  /** @return the assessment under the requesting State's law */
  public abstract DefinitionAssessment requesting();

  /** @return the assessment under the requested State's law */
  public abstract DefinitionAssessment requested();

  /** @return whether the conduct is an offence under both laws */
  @Value.Derived
  public Truth satisfied() {
    return requesting().outcome().truth().and(requested().outcome().truth());
  }

  /** @return the provision the condition comes from: UNTOC art. 16(1) */
  public Provision citation() {
    return CITATION;
  }

  /** @return a sentence a person can read, without personal data */
  public String explanation() {
    return "Dual criminality " + (satisfied().isTrue() ? "is satisfied" : satisfied().isFalse()
        ? "is not satisfied" : "cannot be decided on the facts known") + ": under "
        + requesting().jurisdictionId() + " the conduct " + requesting().outcome().label()
        .toLowerCase(java.util.Locale.ROOT) + "; under " + requested().jurisdictionId()
        + " it " + requested().outcome().label().toLowerCase(java.util.Locale.ROOT) + ".";
  }

  /**
   * Checks dual criminality for conduct between two jurisdictions.
   *
   * @param conduct the facts
   * @param victim the person the conduct was directed at
   * @param requesting the State asking for extradition or assistance
   * @param requested the State asked
   * @return the result with both assessments
   */
  public static DualCriminality check(Conduct conduct, Person victim, Jurisdiction requesting,
      Jurisdiction requested) {
    return builder()
        .requesting(TraffickingDefinition.assess(conduct, victim, requesting))
        .requested(TraffickingDefinition.assess(conduct, victim, requested))
        .build();
  }

  /**
   * A builder, for reading a result back (JSON) or for tests; {@link #check} is the usual way in.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DualCriminality}; not thread-safe, use once. */
  public static final class Builder extends ImmutableDualCriminality.Builder {}
}
