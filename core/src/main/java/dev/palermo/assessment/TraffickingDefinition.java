package dev.palermo.assessment;

import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.casefile.Consent;
import dev.palermo.casefile.Movement;
import dev.palermo.definition.Act;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.ChildRule;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.jurisdiction.MovementRequirement;
import dev.palermo.jurisdiction.PersonScope;
import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.person.AgeRange;
import dev.palermo.person.Gender;
import dev.palermo.person.Person;
import dev.palermo.vocabulary.Code;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Assesses conduct against the definition of trafficking in persons of a jurisdiction: the
 * Trafficking Protocol, art. 3, or a profile's own definition. The rules (DOMAIN.md §1 items 1-6):
 *
 * <ol>
 *   <li>An adult: act, means and purpose, all three (art. 3(a)).
 *   <li>A child, under 18 at the time of the conduct: act and purpose suffice (art. 3(c), (d)).
 *       Age is taken on the first day of the conduct.
 *   <li>Consent is irrelevant once any means is used (art. 3(b)), and for a child; it never turns
 *       a case with means into a non-case.
 *   <li>The purpose suffices; exploitation need not have happened.
 *   <li>Movement, a border crossing and an organized criminal group are not elements (UNTOC art.
 *       34(2)), unless a profile requires movement.
 *   <li>Each fact is true, false or unknown; the outcome is computed in Kleene's three-valued
 *       logic, so it is {@link Outcome#INDETERMINATE} exactly when the unknown facts could still
 *       decide it either way. When the age is uncertain, both branches are reported.
 * </ol>
 *
 * <p>In formula form, for a profile with acts A, means M and purposes P: MEETS iff some act of A
 * is true, the person is within the profile's scope, any required movement happened, and some
 * purpose p of P is true with (a means of M is true, or the person was a child and the child rule
 * covers p, or the profile requires no means).
 *
 * <p>Performance (issue 8): each profile is compiled once into bit sets of the acts, means and
 * purposes it counts (kept in a small cache keyed by the profile's identity), the elements are
 * evaluated in a branch-free form of Kleene's logic ({@link Kleene}), and the result is a compact
 * {@link DefinitionAssessment} whose explanation is rendered only when read. Assessing conduct
 * allocates the result and nothing else.
 *
 * <p>Thread-safe; has no instances.
 */
public final class TraffickingDefinition {
  /** CoE Convention art. 10(3): presumption of minority, for profiles bound by it. */
  private static final Provision COE_PRESUMPTION = Provision.of(Instrument.COE_CONVENTION,
      "10(3)");
  /** The same presumption as guidance: "treated as a child until an age determination". */
  private static final Provision GUIDANCE_PRESUMPTION = Provision.of(Instrument.SEED_004, "282");
  /** Whether children recruited to work without a listed form of exploitation are victims. */
  private static final Provision CHILD_WORK_OPEN_QUESTION = Provision.of(Instrument.SEED_003,
      "224");
  private static final ExploitationPurpose[] PURPOSES = ExploitationPurpose.values();
  private static final Set<ExploitationPurpose> CHILD_LABOUR = EnumSet.of(
      ExploitationPurpose.WORST_FORMS_OF_CHILD_LABOUR,
      ExploitationPurpose.EMPLOYMENT_BELOW_MINIMUM_AGE);

  private TraffickingDefinition() {}

  /**
   * Assesses every conduct of a case under a jurisdiction. A conduct whose victim is not among
   * the case's persons is assessed with the age unknown.
   *
   * @param c the case
   * @param jurisdiction the jurisdiction
   * @return one assessment per conduct, in the case's order
   */
  public static List<DefinitionAssessment> assess(Case c, Jurisdiction jurisdiction) {
    List<DefinitionAssessment> out = new ArrayList<>(c.conducts().size());
    for (Conduct conduct : c.conducts()) {
      Person victim = c.person(conduct.victim()).orElseGet(() -> Person.of(conduct.victim()));
      out.add(assess(conduct, victim, jurisdiction));
    }
    return out;
  }

  /**
   * Assesses conduct under a jurisdiction, with the version of its law in force on the first day
   * of the conduct. When the date is not recorded and the versions disagree, the outcome is
   * {@link Outcome#INDETERMINATE}. Conduct before the first version is assessed under the first
   * version, and a step says so.
   *
   * @param conduct the facts
   * @param victim the person the conduct was directed at (for the age and, where a profile is
   *     limited by sex, the gender)
   * @param jurisdiction the jurisdiction
   * @return the assessment
   */
  public static DefinitionAssessment assess(Conduct conduct, Person victim,
      Jurisdiction jurisdiction) {
    LocalDate day = firstDay(conduct);
    List<JurisdictionProfile> versions = jurisdiction.versions();
    if (day != null) {
      JurisdictionProfile version = versionAt(versions, day);
      if (version != null) {
        return assess(conduct, victim, version, day);
      }
      JurisdictionProfile first = versions.get(0);
      DefinitionAssessment a = assess(conduct, victim, first, day);
      return withVersionStep(a, () -> ExplanationStep.of("version", "The conduct began on "
          + day + ", before this law took effect on " + first.effectiveFrom()
          + "; it is assessed under the first version.", first.definition()));
    }
    JurisdictionProfile newest = versions.get(versions.size() - 1);
    DefinitionAssessment latest = assess(conduct, victim, newest, null);
    if (versions.size() == 1) {
      return latest;
    }
    List<DefinitionAssessment> all = new ArrayList<>(versions.size());
    Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
    for (JurisdictionProfile v : versions) {
      DefinitionAssessment a = v == newest ? latest : assess(conduct, victim, v, null);
      all.add(a);
      outcomes.add(a.outcome());
    }
    if (outcomes.size() == 1) {
      return withVersionStep(latest, () -> ExplanationStep.of("version", "The date of the "
          + "conduct is not recorded; every version of this law gives the same outcome.",
          newest.definition()));
    }
    // The versions disagree: the outcome, the age branches and the closing step must all say so,
    // not repeat what the latest version alone gives.
    Optional<Outcome> ifChild = combined(all, DefinitionAssessment::ifChild);
    Optional<Outcome> ifAdult = combined(all, DefinitionAssessment::ifAdult);
    return latest.withDerivedSteps(Outcome.INDETERMINATE, ifChild.orElse(null),
        ifAdult.orElse(null), () -> versionsDisagree(latest, all, ifChild, ifAdult,
            newest.definition()));
  }

  /** The explanation of the latest version, rewritten to say that the versions disagree. */
  private static List<ExplanationStep> versionsDisagree(DefinitionAssessment latest,
      List<DefinitionAssessment> all, Optional<Outcome> ifChild, Optional<Outcome> ifAdult,
      Provision definition) {
    String perVersion = all.stream().map(a -> a.profileVersion() + ": "
        + a.outcome().label().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.joining("; "));
    List<ExplanationStep> steps = new ArrayList<>(latest.steps().size() + 1);
    for (ExplanationStep step : latest.steps()) {
      if (step.rule().equals("age-branches") && ifChild.isPresent() && ifAdult.isPresent()) {
        steps.add(ExplanationStep.of("age-branches", ageBranchesText(ifChild.get(),
            ifAdult.get()), step.citation()));
      } else if (step.rule().equals("outcome")) {
        steps.add(ExplanationStep.of("outcome", "Outcome: indeterminate; the versions of this "
            + "law give different outcomes (" + perVersion + ") and the date of the conduct, "
            + "which decides the version, is not recorded.", step.citation()));
      } else {
        steps.add(step);
      }
    }
    steps.add(Math.min(1, steps.size()), ExplanationStep.of("version", "The date of the conduct "
        + "is not recorded and the versions of this law give different outcomes: record when "
        + "the conduct began.", definition));
    return steps;
  }

  /**
   * The version in force on a day, as {@link Jurisdiction#versionAt(LocalDate)} picks it (the
   * last version whose effective date is not after the day), without an {@link Optional}.
   *
   * @param versions the versions, oldest first
   * @param day the day
   * @return the version, or null before the first
   */
  private static JurisdictionProfile versionAt(List<JurisdictionProfile> versions,
      LocalDate day) {
    JurisdictionProfile found = null;
    for (int i = 0, n = versions.size(); i < n; i++) {
      JurisdictionProfile v = versions.get(i);
      if (!v.effectiveFrom().isAfter(day)) {
        found = v;
      }
    }
    return found;
  }

  /** The outcome every assessment agrees on, INDETERMINATE if they differ, empty if one lacks it. */
  private static Optional<Outcome> combined(List<DefinitionAssessment> all,
      java.util.function.Function<DefinitionAssessment, Optional<Outcome>> branch) {
    Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
    for (DefinitionAssessment a : all) {
      Optional<Outcome> o = branch.apply(a);
      if (o.isEmpty()) {
        return Optional.empty();
      }
      seen.add(o.get());
    }
    return Optional.of(seen.size() == 1 ? seen.iterator().next() : Outcome.INDETERMINATE);
  }

  /**
   * Assesses conduct under one version of a jurisdiction's law.
   *
   * @param conduct the facts
   * @param victim the person the conduct was directed at
   * @param profile the version of the law
   * @return the assessment
   */
  public static DefinitionAssessment assess(Conduct conduct, Person victim,
      JurisdictionProfile profile) {
    return assess(conduct, victim, profile, firstDay(conduct));
  }

  private static DefinitionAssessment assess(Conduct conduct, Person victim,
      JurisdictionProfile profile, LocalDate day) {
    Definition d = Definition.of(profile);
    AgeRange age = day == null ? AgeRange.unknown() : victim.ageEvidence().ageOn(day);
    int child = Kleene.of(age.isUnder(d.childAge));
    int e = evaluate(d, conduct, victim, child);
    int ifChild = 0;
    int ifAdult = 0;
    if (child == Kleene.UNKNOWN) {
      ifChild = result(evaluate(d, conduct, victim, Kleene.TRUE));
      ifAdult = result(evaluate(d, conduct, victim, Kleene.FALSE));
    }
    return DefinitionAssessment.computed(profile, conduct, age, e, child, ifChild, ifAdult);
  }

  /** The first day of the conduct ({@link Conduct#when()}), or null when it is not recorded. */
  private static LocalDate firstDay(Conduct conduct) {
    Optional<DateSpan> when = conduct.when();
    return when.isPresent() ? when.get().start() : null;
  }

  /**
   * Adds a step on the choice of version right after the "profile" step, which stays first; the
   * step and the explanation it joins are rendered on first access.
   */
  private static DefinitionAssessment withVersionStep(DefinitionAssessment a,
      Supplier<ExplanationStep> step) {
    return a.withDerivedSteps(a.outcome(), a.ifChild().orElse(null), a.ifAdult().orElse(null),
        () -> {
          List<ExplanationStep> steps = new ArrayList<>(a.steps().size() + 1);
          steps.addAll(a.steps());
          steps.add(Math.min(1, steps.size()), step.get());
          return steps;
        });
  }

  /**
   * A version of the law compiled for assessment: the acts, means and purposes it counts as
   * {@link FactSet.Selection}s, so that each element is a few bit operations on the conduct's
   * fact sets. Compiled once per profile instance and kept in a small cache keyed by identity
   * (a profile is immutable, so what is compiled from it never goes stale); a profile that loses
   * its slot to another is compiled again. Immutable and thread-safe.
   */
  private static final class Definition {
    /** Direct-mapped by identity hash; a race at worst compiles a profile twice. */
    private static final Definition[] CACHE = new Definition[64];

    final JurisdictionProfile profile;
    final FactSet.Selection<Act> acts;
    final FactSet.Selection<Means> means;
    /** The purposes the definition covers (named, or refining a named one). */
    final FactSet.Selection<ExploitationPurpose> covered;
    /** The covered purposes for which the child rule dispenses with the means. */
    final FactSet.Selection<ExploitationPurpose> childCovered;
    final boolean adultMeansRequired;
    final ChildRule childRule;
    final int childAge;
    final PersonScope personScope;
    final MovementRequirement movementRequirement;

    private Definition(JurisdictionProfile p) {
      profile = p;
      acts = FactSet.Selection.of(Act.class, p.acts());
      means = FactSet.Selection.of(Means.class, p.means());
      Set<ExploitationPurpose> coveredPurposes = coveredPurposes(p);
      Set<ExploitationPurpose> childPurposes = EnumSet.noneOf(ExploitationPurpose.class);
      for (ExploitationPurpose purpose : coveredPurposes) {
        if (p.childRuleCovers(purpose)) {
          childPurposes.add(purpose);
        }
      }
      covered = FactSet.Selection.of(ExploitationPurpose.class, coveredPurposes);
      childCovered = FactSet.Selection.of(ExploitationPurpose.class, childPurposes);
      adultMeansRequired = p.adultMeansRequired();
      childRule = p.childRule();
      childAge = p.childAge();
      personScope = p.personScope();
      movementRequirement = p.movementRequirement();
    }

    static Definition of(JurisdictionProfile p) {
      int slot = System.identityHashCode(p) & (CACHE.length - 1);
      Definition d = CACHE[slot];
      if (d == null || d.profile != p) {
        d = new Definition(p);
        CACHE[slot] = d;
      }
      return d;
    }
  }

  /** @return the outcome, as a {@link Kleene} truth, of a packed evaluation */
  private static int result(int evaluation) {
    return (evaluation >>> DefinitionAssessment.OUTCOME_AT) & 3;
  }

  private static final int NOT_REQUIRED = ElementStatus.NOT_REQUIRED.ordinal();
  private static final int ACT_AT = 2 * DefinitionElement.ACT.ordinal();
  private static final int MEANS_AT = 2 * DefinitionElement.MEANS.ordinal();
  private static final int PURPOSE_AT = 2 * DefinitionElement.PURPOSE.ordinal();
  private static final int CHILD_RULE_AT = 2 * DefinitionElement.CHILD_RULE.ordinal();
  private static final int PERSON_SCOPE_AT = 2 * DefinitionElement.PERSON_SCOPE.ordinal();
  private static final int MOVEMENT_AT = 2 * DefinitionElement.MOVEMENT.ordinal();

  /**
   * Evaluates every element, in {@link Kleene} truths, for one assumption about the child status.
   *
   * @param d the definition
   * @param conduct the facts
   * @param victim the person (for the gender, where the profile is limited to women)
   * @param child whether the person was a child, as a {@link Kleene} truth
   * @return the element statuses (bits 0-11, as {@link ElementStatuses} packs them), the outcome
   *     (a {@link Kleene} truth at {@link DefinitionAssessment#OUTCOME_AT}) and the ordinal of the
   *     consent rule (at {@link DefinitionAssessment#CONSENT_RULE_AT}), packed
   */
  private static int evaluate(Definition d, Conduct conduct, Person victim, int child) {
    int act = Kleene.of(conduct.actFacts().anyOf(d.acts));
    int means = d.adultMeansRequired ? Kleene.of(conduct.means().anyOf(d.means)) : Kleene.TRUE;

    // Over the covered purposes p, with k(p) what is known of p and c(p) whether the child rule
    // covers p: purpose = OR k(p); the child waiver = OR (k(p) AND child AND c(p)); the purpose
    // with its means = OR (k(p) AND (means OR (child AND c(p)))). Kleene's logic is distributive,
    // so these are the two disjunctions below, each a few bit operations.
    FactSet<ExploitationPurpose> purposes = conduct.purposes();
    int purpose = Kleene.of(purposes.anyOf(d.covered));
    int waiver = Kleene.and(child, Kleene.of(purposes.anyOf(d.childCovered)));
    int scope = d.personScope == PersonScope.ALL_PERSONS ? Kleene.TRUE
        : scope(d, victim, child);
    int movement = d.movementRequirement == MovementRequirement.NOT_REQUIRED ? Kleene.TRUE
        : movement(d, conduct);
    return pack(d, child, act, means, purpose, waiver, scope, movement);
  }

  /**
   * Combines the truths of the elements into the outcome, and packs it with the element
   * statuses and the consent rule (see {@link #evaluate}).
   */
  private static int pack(Definition d, int child, int act, int means, int purpose, int waiver,
      int scope, int movement) {
    int purposeWithMeans = Kleene.or(Kleene.and(means, purpose), waiver);
    int result = Kleene.and(Kleene.and(act, scope), Kleene.and(movement, purposeWithMeans));
    int childRule = d.childRule == ChildRule.NONE ? Kleene.FALSE
        : d.childRule == ChildRule.ALL_PURPOSES ? child : waiver;

    // Art. 3(c): for a child, the means are not required, whatever the purpose; a child rule
    // limited to some purposes dispenses with them only once such a purpose is established.
    boolean childDispenses = child == Kleene.TRUE
        && (d.childRule == ChildRule.ALL_PURPOSES || waiver == Kleene.TRUE);
    int statuses = Kleene.status(act) << ACT_AT
        | (!d.adultMeansRequired || (means != Kleene.TRUE && childDispenses) ? NOT_REQUIRED
            : Kleene.status(means)) << MEANS_AT
        | Kleene.status(purpose) << PURPOSE_AT
        | (!d.adultMeansRequired || means == Kleene.TRUE ? NOT_REQUIRED
            : Kleene.status(childRule)) << CHILD_RULE_AT
        | (d.personScope == PersonScope.ALL_PERSONS ? NOT_REQUIRED
            : Kleene.status(scope)) << PERSON_SCOPE_AT
        | (d.movementRequirement == MovementRequirement.NOT_REQUIRED ? NOT_REQUIRED
            : Kleene.status(movement)) << MOVEMENT_AT;

    return statuses | result << DefinitionAssessment.OUTCOME_AT
        | consentRule(d, means, child).ordinal() << DefinitionAssessment.CONSENT_RULE_AT;
  }

  /** Whether the person is within a profile limited to some persons, in {@link Kleene} truth. */
  private static int scope(Definition d, Person victim, int child) {
    return d.personScope == PersonScope.CHILDREN_ONLY ? child
        : Kleene.or(child, Kleene.of(female(victim)));
  }

  /** Whether a profile's movement requirement is met, in {@link Kleene} truth. */
  private static int movement(Definition d, Conduct conduct) {
    // Travel that was arranged or facilitated satisfies a travel requirement whether or not the
    // person has yet been moved (Modern Slavery Act 2015 s. 2(1): "arranges or facilitates the
    // travel of another person with a view to" exploitation).
    return d.movementRequirement == MovementRequirement.ANY_MOVEMENT
        ? Kleene.or(Kleene.of(conduct.movement().anyMovement()),
            Kleene.of(conduct.actFacts().status(Act.ARRANGING_OR_FACILITATING_TRAVEL)))
        : Kleene.of(conduct.movement().crossedBorder());
  }

  /** The rule on consent, from the means (art. 3(b)) and the child status (art. 3(c)). */
  private static ConsentRule consentRule(Definition d, int means, int child) {
    if (!d.adultMeansRequired) {
      return ConsentRule.IRRELEVANT_NO_MEANS_ELEMENT;
    } else if (means == Kleene.TRUE) {
      return ConsentRule.IRRELEVANT_MEANS_USED;
    } else if (child == Kleene.TRUE) {
      return ConsentRule.IRRELEVANT_CHILD;
    }
    return ConsentRule.NOT_DECISIVE;
  }

  /** Whether the person is female, as far as known (for profiles limited to women). */
  private static Truth female(Person victim) {
    Optional<Gender> gender = victim.gender();
    return gender.isPresent() ? Truth.of(gender.get() == Gender.FEMALE) : Truth.UNKNOWN;
  }

  /** What the explanation reads of an assessment, under the names the evaluation gave them. */
  private static final class Explained {
    final Truth act;
    final Truth means;
    final Truth purpose;
    final Truth scope;
    final Truth result;
    final ConsentRule consentRule;
    final Map<DefinitionElement, ElementStatus> elements;

    Explained(DefinitionAssessment a) {
      elements = a.elements();
      act = truth(a.element(DefinitionElement.ACT));
      means = truth(a.element(DefinitionElement.MEANS));
      purpose = truth(a.element(DefinitionElement.PURPOSE));
      scope = truth(a.element(DefinitionElement.PERSON_SCOPE));
      result = a.outcome().truth();
      consentRule = a.consentRule();
    }

    /** The truth an element status was made from by {@link ElementStatus#of(Truth)}. */
    private static Truth truth(ElementStatus status) {
      return status == ElementStatus.ESTABLISHED ? Truth.TRUE
          : status == ElementStatus.NOT_ESTABLISHED ? Truth.FALSE : Truth.UNKNOWN;
    }
  }

  /**
   * Renders the explanation of an assessment computed by {@link #assess(Conduct, Person,
   * JurisdictionProfile)}, from its attributes, the conduct and the profile; called by
   * {@link DefinitionAssessment#steps()} on first access. The truths of the act, means, purpose
   * and scope are read back from the element statuses they were stored as.
   *
   * @param a the assessment
   * @param conduct the conduct assessed
   * @param p the version of the law applied
   * @return a new list of the steps
   */
  static List<ExplanationStep> explain(DefinitionAssessment a, Conduct conduct,
      JurisdictionProfile p) {
    Optional<LocalDate> day = a.conductDate();
    AgeRange age = a.ageAtConduct();
    Truth child = a.child();
    Explained e = new Explained(a);
    Optional<Outcome> ifChild = a.ifChild();
    Optional<Outcome> ifAdult = a.ifAdult();
    List<ExplanationStep> steps = new ArrayList<>(10);
    steps.add(ExplanationStep.of("profile", "Assessed under " + p.name() + ", version "
        + p.version() + ", in force from " + p.effectiveFrom() + ".", p.definition()));

    Provision ageCitation = p.childAgeProvision().orElse(p.definition());
    if (day.isEmpty()) {
      steps.add(ExplanationStep.of("age", "The date of the conduct is not recorded, so the "
          + "person's age at the time is unknown.", ageCitation));
    } else {
      steps.add(ExplanationStep.of("age", "Age when the conduct began (" + day.get() + "): "
          + (age.isUnknown() ? "unknown" : age + " years") + "; a child is a person under "
          + p.childAge() + ": " + yesNo(child) + ".", ageCitation));
    }

    Collection<Act> trueActs = conduct.actFacts().knownTrue();
    steps.add(ExplanationStep.of("act", elementText("Act", e.act, p.acts(), trueActs,
        "was done"), p.citation(DefinitionElement.ACT)));

    ElementStatus means = e.elements.get(DefinitionElement.MEANS);
    String meansText;
    if (!p.adultMeansRequired()) {
      meansText = "This definition has no means element.";
    } else if (means == ElementStatus.NOT_REQUIRED) {
      meansText = "Means are not required: the person was a child at the time"
          + (p.childRule() == ChildRule.LISTED_PURPOSES ? " and the child rule covers the purpose."
              : ".");
    } else {
      meansText = elementText("Means", e.means, p.means(), conduct.means().knownTrue(),
          "was used");
    }
    steps.add(ExplanationStep.of("means", meansText, p.citation(DefinitionElement.MEANS)));

    ElementStatus childRule = e.elements.get(DefinitionElement.CHILD_RULE);
    String childText;
    if (childRule == ElementStatus.NOT_REQUIRED) {
      childText = p.adultMeansRequired() ? "The child rule is not needed: means were used."
          : "The child rule is not needed: the definition requires no means.";
    } else if (p.childRule() == ChildRule.NONE) {
      childText = "This definition has no child rule: a child must also be shown to have been "
          + "subjected to means.";
    } else if (childRule == ElementStatus.ESTABLISHED) {
      childText = "The child rule applies: the person was under " + p.childAge()
          + (p.childRule() == ChildRule.LISTED_PURPOSES ? " and a purpose it covers ("
          + labels(p.childRulePurposes()) + ") is established" : "")
          + ", so no means are required.";
    } else if (childRule == ElementStatus.NOT_ESTABLISHED) {
      childText = child.isFalse() ? "The child rule does not apply: the person was not under "
          + p.childAge() + " when the conduct began."
          : "The child rule does not apply: it covers only " + labels(p.childRulePurposes())
              + ", and no such purpose is established.";
    } else {
      childText = "Whether the child rule applies is unknown: "
          + (child == Truth.UNKNOWN ? "the person's age at the time is not established."
              : "it covers only " + labels(p.childRulePurposes())
                  + ", and whether such a purpose was intended is unknown.");
    }
    steps.add(ExplanationStep.of("child-rule", childText,
        p.citation(DefinitionElement.CHILD_RULE)));

    String purposeText = elementText("Purpose", e.purpose, coveredPurposes(p),
        conduct.purposes().knownTrue(), "was intended");
    if (e.purpose.isTrue() && !conduct.exploitationOccurred().isTrue()) {
      purposeText += " The purpose suffices: exploitation need not have taken place.";
    }
    steps.add(ExplanationStep.of("purpose", purposeText, p.citation(DefinitionElement.PURPOSE)));

    if (p.personScope() != PersonScope.ALL_PERSONS) {
      steps.add(ExplanationStep.of("person-scope", "This definition covers "
          + p.personScope().label().toLowerCase(java.util.Locale.ROOT) + ": "
          + (e.scope.isTrue() ? "the person is covered." : e.scope.isFalse()
              ? "the person is not covered." : "whether the person is covered is unknown "
              + "(age or gender not established)."),
          p.citation(DefinitionElement.PERSON_SCOPE)));
    }
    if (p.movementRequirement() != MovementRequirement.NOT_REQUIRED) {
      steps.add(ExplanationStep.of("movement", "This definition requires "
          + p.movementRequirement().label().toLowerCase(java.util.Locale.ROOT)
          + "; movement recorded: " + conduct.movement().label().toLowerCase(java.util.Locale.ROOT)
          + ".", p.citation(DefinitionElement.MOVEMENT)));
    } else if (conduct.movement() != Movement.UNKNOWN || conduct.organizedCriminalGroup()
        .isKnown()) {
      steps.add(ExplanationStep.of("not-elements", "Movement, a border crossing and the "
          + "involvement of an organized criminal group are recorded but are not elements of "
          + "the definition.", p.citation(DefinitionElement.MOVEMENT)));
    }

    Provision consentCitation = p.consentProvision().orElse(p.definition());
    steps.add(ExplanationStep.of("consent", consentText(conduct.consent(), e.consentRule),
        e.consentRule == ConsentRule.IRRELEVANT_CHILD
            ? p.citation(DefinitionElement.CHILD_RULE) : consentCitation));

    if (ifChild.isPresent() && ifAdult.isPresent()) {
      steps.add(ExplanationStep.of("age-branches", ageBranchesText(ifChild.get(),
          ifAdult.get()), presumptionOfMinority(p)));
    }
    openQuestion(conduct, p, child, e).ifPresent(steps::add);
    steps.add(ExplanationStep.of("outcome", outcomeText(e, p), p.definition()));
    return steps;
  }

  private static String ageBranchesText(Outcome ifChild, Outcome ifAdult) {
    return "The age at the time is uncertain: if the person was a child, the outcome is '"
        + ifChild.label() + "'; if an adult, '" + ifAdult.label() + "'. Until the age is "
        + "determined, protection presumes a child.";
  }

  /**
   * The presumption of minority: CoE Convention art. 10(3) where the profile is bound by it,
   * otherwise the guidance at {@code seeds/004_a416d8ba61ae2dbe.txt:282}.
   */
  private static Provision presumptionOfMinority(JurisdictionProfile p) {
    return p.boundBy().contains(Instrument.COE_CONVENTION) ? COE_PRESUMPTION
        : GUIDANCE_PRESUMPTION;
  }

  /**
   * Flags the open question of {@code seeds/003_d1561a5ed447703d.txt:224}: whether children
   * recruited to work, but not subjected to a form of exploitation the definition names, are
   * victims of trafficking. The outcome follows the text of the profile; the step says that the
   * point is debated and that a profile adding child-labour forms decides it.
   */
  private static Optional<ExplanationStep> openQuestion(Conduct conduct, JurisdictionProfile p,
      Truth child, Explained e) {
    if (child.isFalse() || e.result.isTrue()) {
      return Optional.empty();
    }
    for (ExploitationPurpose purpose : CHILD_LABOUR) {
      if (!p.covers(purpose) && conduct.purposes().status(purpose).isTrue()) {
        return Optional.of(ExplanationStep.of("open-question", "The purpose recorded ("
            + purpose.label().toLowerCase(java.util.Locale.ROOT) + ") is not a form this "
            + "definition names. Whether children recruited to work without a named form of "
            + "exploitation are victims of trafficking is an open question; a profile that adds "
            + "child-labour forms decides it.", CHILD_WORK_OPEN_QUESTION));
      }
    }
    return Optional.empty();
  }

  private static String outcomeText(Explained e, JurisdictionProfile p) {
    if (e.result.isTrue()) {
      return "Outcome: meets the definition.";
    }
    List<String> parts = new ArrayList<>();
    ElementStatus wanted = e.result.isFalse() ? ElementStatus.NOT_ESTABLISHED
        : ElementStatus.UNKNOWN;
    e.elements.forEach((element, status) -> {
      if (status == wanted) {
        parts.add(element.label().toLowerCase(java.util.Locale.ROOT));
      }
    });
    if (e.result.isFalse()) {
      if (parts.isEmpty() || (e.purpose.isTrue() && parts.contains("means"))) {
        // The element-by-element view can hide the pairing of purpose and means.
        parts.remove("means");
        parts.add("means or child rule for an established purpose");
      }
      return "Outcome: does not meet the definition; not established: "
          + String.join(", ", parts) + ".";
    }
    return "Outcome: indeterminate; the facts that would decide it concern: "
        + (parts.isEmpty() ? "the purpose and the means" : String.join(", ", parts)) + ".";
  }

  private static String consentText(Consent consent, ConsentRule rule) {
    String recorded = "Consent recorded: " + consent.label().toLowerCase(java.util.Locale.ROOT)
        + ". ";
    switch (rule) {
      case IRRELEVANT_MEANS_USED:
        return recorded + "Consent to the intended exploitation is irrelevant where any of the "
            + "means has been used.";
      case IRRELEVANT_CHILD:
        return recorded + "Consent is irrelevant for a child: no means are required.";
      case IRRELEVANT_NO_MEANS_ELEMENT:
        return recorded + "Consent is irrelevant under this definition, which has no means "
            + "element.";
      default:
        return recorded + "Consent is not an element: the outcome turns on whether means were "
            + "used, never on consent.";
    }
  }

  private static <C extends Enum<C> & Code> String elementText(String name, Truth status,
      Collection<C> counted, Collection<C> knownTrue, String verb) {
    List<C> established = knownTrue.stream().filter(counted::contains).toList();
    List<C> ignored = knownTrue.stream().filter(c -> !counted.contains(c)).toList();
    String text;
    if (status.isTrue()) {
      text = name + " established: " + labels(established) + ".";
    } else if (status.isFalse()) {
      text = name + " not established: none of those this definition names (" + labels(counted)
          + ") " + verb + ".";
    } else {
      text = name + " unknown: not known whether any of those this definition names "
          + verb + ".";
    }
    if (!ignored.isEmpty()) {
      text += " Recorded but not named by this definition: " + labels(ignored) + ".";
    }
    return text;
  }

  private static Set<ExploitationPurpose> coveredPurposes(JurisdictionProfile p) {
    Set<ExploitationPurpose> covered = EnumSet.noneOf(ExploitationPurpose.class);
    for (ExploitationPurpose candidate : PURPOSES) {
      if (p.covers(candidate)) {
        covered.add(candidate);
      }
    }
    return covered;
  }

  private static String labels(Collection<? extends Code> codes) {
    return codes.stream().map(c -> c.label().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  private static String yesNo(Truth t) {
    return t.isTrue() ? "yes" : t.isFalse() ? "no" : "unknown";
  }
}
