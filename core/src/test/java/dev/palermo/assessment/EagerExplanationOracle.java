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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The eager assessment as it stood before the explanation became lazy (issue 8), frozen as the
 * oracle of {@link LazyExplanationEquivalenceTest}: it builds every step on every call and
 * assembles the result through the builder. The production code must give the same attributes and
 * the same steps, byte for byte, for every input. Do not change its text: change the production
 * code and this oracle together only when the explanation is meant to change.
 */
final class EagerExplanationOracle {
  /** CoE Convention art. 10(3): presumption of minority, for profiles bound by it. */
  private static final Provision COE_PRESUMPTION = Provision.of(Instrument.COE_CONVENTION,
      "10(3)");
  /** The same presumption as guidance: "treated as a child until an age determination". */
  private static final Provision GUIDANCE_PRESUMPTION = Provision.of(Instrument.SEED_004, "282");
  /** Whether children recruited to work without a listed form of exploitation are victims. */
  private static final Provision CHILD_WORK_OPEN_QUESTION = Provision.of(Instrument.SEED_003,
      "224");
  private static final Set<ExploitationPurpose> CHILD_LABOUR = EnumSet.of(
      ExploitationPurpose.WORST_FORMS_OF_CHILD_LABOUR,
      ExploitationPurpose.EMPLOYMENT_BELOW_MINIMUM_AGE);

  private EagerExplanationOracle() {}

  /**
   * Assesses every conduct of a case under a jurisdiction. A conduct whose victim is not among
   * the case's persons is assessed with the age unknown.
   *
   * @param c the case
   * @param jurisdiction the jurisdiction
   * @return one assessment per conduct, in the case's order
   */
  static List<DefinitionAssessment> assess(Case c, Jurisdiction jurisdiction) {
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
  static DefinitionAssessment assess(Conduct conduct, Person victim,
      Jurisdiction jurisdiction) {
    Optional<LocalDate> day = conduct.when().map(DateSpan::start);
    if (day.isPresent()) {
      Optional<JurisdictionProfile> version = jurisdiction.versionAt(day.get());
      if (version.isPresent()) {
        return assess(conduct, victim, version.get());
      }
      JurisdictionProfile first = jurisdiction.versions().get(0);
      DefinitionAssessment a = assess(conduct, victim, first);
      return withVersionStep(a, ExplanationStep.of("version", "The conduct began on " + day.get()
          + ", before this law took effect on " + first.effectiveFrom()
          + "; it is assessed under the first version.", first.definition()));
    }
    List<JurisdictionProfile> versions = jurisdiction.versions();
    DefinitionAssessment latest = assess(conduct, victim, versions.get(versions.size() - 1));
    if (versions.size() == 1) {
      return latest;
    }
    List<DefinitionAssessment> all = new ArrayList<>(versions.size());
    Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
    for (JurisdictionProfile v : versions) {
      DefinitionAssessment a = v == versions.get(versions.size() - 1) ? latest
          : assess(conduct, victim, v);
      all.add(a);
      outcomes.add(a.outcome());
    }
    if (outcomes.size() == 1) {
      return withVersionStep(latest, ExplanationStep.of("version", "The date of the conduct is "
          + "not recorded; every version of this law gives the same outcome.",
          definitionCitation(latest)));
    }
    // The versions disagree: the outcome, the age branches and the closing step must all say so,
    // not repeat what the latest version alone gives.
    Optional<Outcome> ifChild = combined(all, DefinitionAssessment::ifChild);
    Optional<Outcome> ifAdult = combined(all, DefinitionAssessment::ifAdult);
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
        + "the conduct began.", definitionCitation(latest)));
    return DefinitionAssessment.builder().from(latest)
        .outcome(Outcome.INDETERMINATE)
        .ifChild(ifChild)
        .ifAdult(ifAdult)
        .steps(steps)
        .build();
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
  static DefinitionAssessment assess(Conduct conduct, Person victim,
      JurisdictionProfile profile) {
    Optional<LocalDate> day = conduct.when().map(DateSpan::start);
    AgeRange age = day.map(d -> victim.ageEvidence().ageOn(d)).orElse(AgeRange.unknown());
    Truth child = age.isUnder(profile.childAge());
    Evaluation e = evaluate(conduct, victim, profile, child);

    DefinitionAssessment.Builder b = DefinitionAssessment.builder()
        .jurisdictionId(profile.id())
        .profileVersion(profile.version())
        .outcome(Outcome.of(e.result))
        .elements(e.elements)
        .consent(conduct.consent())
        .consentRule(e.consentRule)
        .conductDate(day)
        .ageAtConduct(age)
        .child(child)
        .presumedChild(child == Truth.UNKNOWN);
    if (e.result == Truth.UNKNOWN) {
      b.undecided(e.undecided());
    }
    Optional<Outcome> ifChild = Optional.empty();
    Optional<Outcome> ifAdult = Optional.empty();
    if (child == Truth.UNKNOWN) {
      ifChild = Optional.of(Outcome.of(evaluate(conduct, victim, profile, Truth.TRUE).result));
      ifAdult = Optional.of(Outcome.of(evaluate(conduct, victim, profile, Truth.FALSE).result));
    }
    return b.ifChild(ifChild).ifAdult(ifAdult)
        .steps(explain(conduct, profile, day, age, child, e, ifChild, ifAdult))
        .build();
  }

  /** Adds a step on the choice of version right after the "profile" step, which stays first. */
  private static DefinitionAssessment withVersionStep(DefinitionAssessment a,
      ExplanationStep step) {
    List<ExplanationStep> steps = new ArrayList<>(a.steps().size() + 1);
    steps.addAll(a.steps());
    steps.add(Math.min(1, steps.size()), step);
    return a.withSteps(steps);
  }

  /** The three-valued evaluation of every element for one assumption about the child status. */
  private static final class Evaluation {
    Truth act;
    Truth means;
    Truth purpose;
    Truth childRule;
    Truth childWaiver;
    Truth scope;
    Truth movement;
    Truth result;
    ConsentRule consentRule;
    final Map<DefinitionElement, ElementStatus> elements = new EnumMap<>(DefinitionElement.class);

    Set<DefinitionElement> undecided() {
      Set<DefinitionElement> open = EnumSet.noneOf(DefinitionElement.class);
      elements.forEach((k, v) -> {
        if (v == ElementStatus.UNKNOWN) {
          open.add(k);
        }
      });
      if (open.isEmpty()) {
        open.add(DefinitionElement.PURPOSE);
      }
      return open;
    }
  }

  private static Evaluation evaluate(Conduct conduct, Person victim, JurisdictionProfile p,
      Truth child) {
    Evaluation e = new Evaluation();
    FactSet<ExploitationPurpose> purposes = conduct.purposes();
    e.act = conduct.actFacts().anyOf(p.acts());
    e.means = p.adultMeansRequired() ? conduct.means().anyOf(p.means()) : Truth.TRUE;

    Truth purpose = Truth.FALSE;
    Truth purposeWithMeans = Truth.FALSE;
    Truth waiver = Truth.FALSE;
    Truth childRulePurposes = Truth.FALSE;
    for (ExploitationPurpose candidate : ExploitationPurpose.values()) {
      if (!p.covers(candidate)) {
        continue;
      }
      Truth known = purposes.status(candidate);
      purpose = purpose.or(known);
      Truth childCovers = child.and(Truth.of(p.childRuleCovers(candidate)));
      waiver = waiver.or(known.and(childCovers));
      purposeWithMeans = purposeWithMeans.or(known.and(e.means.or(childCovers)));
      if (p.childRuleCovers(candidate)) {
        childRulePurposes = childRulePurposes.or(known);
      }
    }
    e.purpose = purpose;
    e.childWaiver = waiver;
    e.childRule = p.childRule() == ChildRule.NONE ? Truth.FALSE
        : p.childRule() == ChildRule.ALL_PURPOSES ? child : child.and(childRulePurposes);

    Truth female = victim.gender().map(g -> Truth.of(g == Gender.FEMALE)).orElse(Truth.UNKNOWN);
    e.scope = p.personScope() == PersonScope.ALL_PERSONS ? Truth.TRUE
        : p.personScope() == PersonScope.CHILDREN_ONLY ? child : child.or(female);
    // Travel that was arranged or facilitated satisfies a travel requirement whether or not the
    // person has yet been moved (Modern Slavery Act 2015 s. 2(1): "arranges or facilitates the
    // travel of another person with a view to" exploitation).
    e.movement = p.movementRequirement() == MovementRequirement.NOT_REQUIRED ? Truth.TRUE
        : p.movementRequirement() == MovementRequirement.ANY_MOVEMENT
            ? conduct.movement().anyMovement()
                .or(conduct.actFacts().status(Act.ARRANGING_OR_FACILITATING_TRAVEL))
            : conduct.movement().crossedBorder();
    e.result = e.act.and(e.scope).and(e.movement).and(purposeWithMeans);

    e.elements.put(DefinitionElement.ACT, ElementStatus.of(e.act));
    // Art. 3(c): for a child, the means are not required, whatever the purpose; a child rule
    // limited to some purposes dispenses with them only once such a purpose is established.
    boolean childDispenses = child.isTrue()
        && (p.childRule() == ChildRule.ALL_PURPOSES || waiver.isTrue());
    ElementStatus meansStatus;
    if (!p.adultMeansRequired() || (!e.means.isTrue() && childDispenses)) {
      meansStatus = ElementStatus.NOT_REQUIRED;
    } else {
      meansStatus = ElementStatus.of(e.means);
    }
    e.elements.put(DefinitionElement.MEANS, meansStatus);
    e.elements.put(DefinitionElement.PURPOSE, ElementStatus.of(e.purpose));
    e.elements.put(DefinitionElement.CHILD_RULE,
        !p.adultMeansRequired() || e.means.isTrue() ? ElementStatus.NOT_REQUIRED
            : ElementStatus.of(e.childRule));
    e.elements.put(DefinitionElement.PERSON_SCOPE,
        p.personScope() == PersonScope.ALL_PERSONS ? ElementStatus.NOT_REQUIRED
            : ElementStatus.of(e.scope));
    e.elements.put(DefinitionElement.MOVEMENT,
        p.movementRequirement() == MovementRequirement.NOT_REQUIRED ? ElementStatus.NOT_REQUIRED
            : ElementStatus.of(e.movement));

    if (!p.adultMeansRequired()) {
      e.consentRule = ConsentRule.IRRELEVANT_NO_MEANS_ELEMENT;
    } else if (e.means.isTrue()) {
      e.consentRule = ConsentRule.IRRELEVANT_MEANS_USED;
    } else if (child.isTrue()) {
      e.consentRule = ConsentRule.IRRELEVANT_CHILD;
    } else {
      e.consentRule = ConsentRule.NOT_DECISIVE;
    }
    return e;
  }

  private static List<ExplanationStep> explain(Conduct conduct, JurisdictionProfile p,
      Optional<LocalDate> day, AgeRange age, Truth child, Evaluation e,
      Optional<Outcome> ifChild, Optional<Outcome> ifAdult) {
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
      Truth child, Evaluation e) {
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

  private static String outcomeText(Evaluation e, JurisdictionProfile p) {
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
    for (ExploitationPurpose candidate : ExploitationPurpose.values()) {
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

  /** The citation of the last step: the provision stating the definition. */
  private static Provision definitionCitation(DefinitionAssessment a) {
    return a.steps().get(a.steps().size() - 1).citation();
  }

  private static String yesNo(Truth t) {
    return t.isTrue() ? "yes" : t.isFalse() ? "no" : "unknown";
  }
}
