package dev.palermo.jurisdiction;

import dev.palermo.definition.Act;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One version of a jurisdiction's law on trafficking in persons, in force from
 * {@link #effectiveFrom()}: its own definition (acts, means, purposes, child rule and age, whom it
 * protects, whether movement is required), the instruments that bind it, its procedural options,
 * and the sources and verification of each point (DOMAIN.md §3). A {@link Jurisdiction} holds the
 * versions over time.
 *
 * <p>Built-in profiles come from {@link Jurisdictions}; users build their own with
 * {@link #builder()} or change a built-in one with the {@code with*} methods, for example
 * {@code Jurisdictions.PROTOCOL.latest().withId("xx").withPurposes(...)}. Nullness: every accessor
 * returns non-null. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class JurisdictionProfile implements WithJurisdictionProfile {
  JurisdictionProfile() {}

  /** @return the stable id of the jurisdiction, e.g. {@code tip-protocol}, {@code eu} */
  public abstract String id();

  /** @return the jurisdiction's name, e.g. "European Union" */
  public abstract String name();

  /** @return the version label, e.g. {@code 2011} or {@code 2024} */
  public abstract String version();

  /** @return the first day this version is in force */
  public abstract LocalDate effectiveFrom();

  /** @return the provision that states the definition, cited by every step of an assessment */
  public abstract Provision definition();

  /** @return the provisions of particular elements, where they differ from the definition's */
  public abstract Map<DefinitionElement, Provision> elementProvisions();

  /** @return the acts the definition names */
  public abstract Set<Act> acts();

  /** @return the means the definition names */
  public abstract Set<Means> means();

  /**
   * Whether the definition requires means for an adult. The Protocol does (art. 3(a)); the UK
   * Modern Slavery Act 2015 s. 2 does not (DOMAIN.md §3).
   *
   * @return true by default
   */
  @Value.Default
  public boolean adultMeansRequired() {
    return true;
  }

  /**
   * The purposes the definition names. A purpose that {@linkplain
   * ExploitationPurpose#refines() refines} a named one is covered too.
   *
   * @return the named purposes
   */
  public abstract Set<ExploitationPurpose> purposes();

  /** @return how far means are dispensed with for a child; all purposes by default */
  @Value.Default
  public ChildRule childRule() {
    return ChildRule.ALL_PURPOSES;
  }

  /** @return the purposes the child rule covers, when it is {@link ChildRule#LISTED_PURPOSES} */
  public abstract Set<ExploitationPurpose> childRulePurposes();

  /** @return the age under which a person is a child; 18 by default (TIP Protocol art. 3(d)) */
  @Value.Default
  public int childAge() {
    return 18;
  }

  /** @return the provision that sets the child age (TIP Protocol art. 3(d)), if any */
  public abstract Optional<Provision> childAgeProvision();

  /** @return whom the definition protects; everyone by default */
  @Value.Default
  public PersonScope personScope() {
    return PersonScope.ALL_PERSONS;
  }

  /** @return whether the definition requires movement; not by default */
  @Value.Default
  public MovementRequirement movementRequirement() {
    return MovementRequirement.NOT_REQUIRED;
  }

  /**
   * Whether the smuggling of migrants offence keeps the financial or other material benefit
   * element (Smuggling Protocol art. 3(a); DOMAIN.md §2). A domestic offence that drops it is
   * flagged by the conformity check.
   *
   * @return true by default
   */
  @Value.Default
  public boolean smugglingRequiresMaterialBenefit() {
    return true;
  }

  /**
   * The provision that makes consent irrelevant (TIP Protocol art. 3(b)), if the definition has
   * one; the assessment cites it when it reports the consent rule.
   *
   * @return the provision, or empty
   */
  public abstract Optional<Provision> consentProvision();

  /** @return the instruments that bind the jurisdiction (ratifications, or its own law) */
  public abstract Set<Instrument> boundBy();

  /** @return how the jurisdiction words non-punishment of victims; none by default */
  @Value.Default
  public NonPunishment nonPunishment() {
    return NonPunishment.NONE;
  }

  /** @return the provision of the non-punishment clause, if any */
  public abstract Optional<Provision> nonPunishmentProvision();

  /** @return the minimum length of the recovery and reflection period in days, if any */
  public abstract OptionalInt reflectionPeriodDays();

  /**
   * The sanctions floor: the shortest maximum custodial penalty, in months, that the law must
   * provide for trafficking. The CoE Convention requires "effective, proportionate and
   * dissuasive sanctions" including custodial penalties that can give rise to extradition (art.
   * 23(1)), which its Explanatory Report, para. 252, reads as custodial penalties of at least one
   * year (seeds/000_4ef45050c65d0a55.txt:383, 393). Empty when the profile sets no floor.
   *
   * @return the floor in months, if any
   */
  public abstract OptionalInt minimumCustodyMonths();

  /** @return each encoded point with its source and how far it was verified */
  public abstract List<SourceNote> sourceNotes();

  /**
   * The provision to cite for an element: the element's own provision, or the definition's.
   *
   * @param element the element
   * @return the provision
   */
  public Provision citation(DefinitionElement element) {
    return elementProvisions().getOrDefault(element, definition());
  }

  /**
   * Whether the definition covers a purpose: it names it, or names a broader form it refines.
   *
   * @param purpose the purpose
   * @return true if covered
   */
  public boolean covers(ExploitationPurpose purpose) {
    for (ExploitationPurpose listed : purposes()) {
      if (purpose.fallsUnder(listed)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the child rule dispenses with means for a purpose.
   *
   * @param purpose the purpose
   * @return true if a child subjected to the act for this purpose needs no means
   */
  public boolean childRuleCovers(ExploitationPurpose purpose) {
    switch (childRule()) {
      case ALL_PURPOSES:
        return covers(purpose);
      case LISTED_PURPOSES:
        return childRulePurposes().stream().anyMatch(purpose::fallsUnder);
      default:
        return false;
    }
  }

  /** @return e.g. {@code eu@2024 (from 2024-07-14)} */
  @Override
  public String toString() {
    return id() + "@" + version() + " (from " + effectiveFrom() + ")";
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link JurisdictionProfile}; not thread-safe, use once. */
  public static final class Builder extends ImmutableJurisdictionProfile.Builder {}
}
