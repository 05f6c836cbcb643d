package dev.palermo.assessment;

import dev.palermo.casefile.Consent;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.facts.Truth;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.person.AgeRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The result of assessing one course of conduct against a jurisdiction's definition of
 * trafficking in persons (TIP Protocol art. 3, or the profile's own): the
 * {@linkplain #outcome() outcome}; the status of each {@linkplain #elements() element} (act,
 * means, purpose, child rule, and the profile's scope and movement conditions); the consent rule
 * applied; the person's age at the time of the conduct; when the age is uncertain, the outcome
 * under both branches (child and adult) and whether protection presumes a child; and an ordered
 * explanation whose every step carries its citation.
 *
 * <p>Produced by {@link TraffickingDefinition}. Nullness: every accessor returns non-null.
 * Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class DefinitionAssessment implements WithDefinitionAssessment {
  DefinitionAssessment() {}

  /** @return the id of the jurisdiction assessed under */
  public abstract String jurisdictionId();

  /** @return the version of the jurisdiction's law applied */
  public abstract String profileVersion();

  /** @return whether the facts meet the definition */
  public abstract Outcome outcome();

  /** @return the status of each element, in the order of {@link DefinitionElement} */
  public abstract Map<DefinitionElement, ElementStatus> elements();

  /**
   * The elements whose unknown facts leave the outcome open. Empty unless the outcome is
   * indeterminate; empty too when it is open only because the date of the conduct, and so the
   * version of the law, is unknown (the explanation then says so).
   *
   * @return the open elements
   */
  public abstract Set<DefinitionElement> undecided();

  /** @return the consent recorded */
  public abstract Consent consent();

  /** @return the rule on consent that applied */
  public abstract ConsentRule consentRule();

  /** @return the day the conduct began, used for the age and the version, if recorded */
  public abstract Optional<LocalDate> conductDate();

  /** @return the person's possible age at the time of the conduct */
  public abstract AgeRange ageAtConduct();

  /** @return whether the person was a child at the time, as far as known */
  public abstract Truth child();

  /**
   * Whether the age is uncertain and may be under the child age, so that protection must presume
   * a child until the age is determined ({@code seeds/004_a416d8ba61ae2dbe.txt:282}; CoE
   * Convention art. 10(3) for States bound by it).
   *
   * @return true when the person may be a child
   */
  public abstract boolean presumedChild();

  /** @return the outcome if the person was a child; present only when the age is uncertain */
  public abstract Optional<Outcome> ifChild();

  /** @return the outcome if the person was an adult; present only when the age is uncertain */
  public abstract Optional<Outcome> ifAdult();

  /** @return the explanation, in order; every step carries a citation */
  public abstract List<ExplanationStep> steps();

  /**
   * The status of one element.
   *
   * @param element the element
   * @return its status
   */
  public ElementStatus element(DefinitionElement element) {
    return elements().getOrDefault(element, ElementStatus.NOT_REQUIRED);
  }

  /** @return the status of the act element */
  public ElementStatus act() {
    return element(DefinitionElement.ACT);
  }

  /** @return the status of the means element */
  public ElementStatus means() {
    return element(DefinitionElement.MEANS);
  }

  /** @return the status of the purpose element */
  public ElementStatus purpose() {
    return element(DefinitionElement.PURPOSE);
  }

  /** @return the status of the child rule */
  public ElementStatus childRule() {
    return element(DefinitionElement.CHILD_RULE);
  }

  /** @return the provision stating the definition (the citation of the first step) */
  Provision definitionCitation() {
    return steps().isEmpty() ? Provision.of(Instrument.TIP_PROTOCOL, "3(a)")
        : steps().get(steps().size() - 1).citation();
  }

  /** @return a short summary: outcome and element statuses, no personal data */
  @Override
  public String toString() {
    return "DefinitionAssessment{" + jurisdictionId() + "@" + profileVersion() + ": "
        + outcome().code() + ", " + elements() + "}";
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DefinitionAssessment}; not thread-safe, use once. */
  public static final class Builder extends ImmutableDefinitionAssessment.Builder {}
}
