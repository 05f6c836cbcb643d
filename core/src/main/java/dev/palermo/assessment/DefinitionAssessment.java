package dev.palermo.assessment;

import dev.palermo.casefile.Conduct;
import dev.palermo.casefile.Consent;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.person.AgeRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The result of assessing one course of conduct against a jurisdiction's definition of
 * trafficking in persons (TIP Protocol art. 3, or the profile's own): the
 * {@linkplain #outcome() outcome}; the status of each {@linkplain #elements() element} (act,
 * means, purpose, child rule, and the profile's scope and movement conditions); the consent rule
 * applied; the person's age at the time of the conduct; when the age is uncertain, the outcome
 * under both branches (child and adult) and whether protection presumes a child; and an ordered
 * explanation whose every step carries its citation.
 *
 * <p>Produced by {@link TraffickingDefinition}, or built with {@link #builder()} (for example when
 * read back from JSON). An assessment produced by {@link TraffickingDefinition} is compact: it
 * holds the profile and the conduct it was computed from (it never prints them), the age, and its
 * statuses packed in one number, and reads the other attributes from them on access; it renders
 * its {@linkplain #steps() explanation} on first access and then keeps it, since most callers
 * read the outcome and never the text (issue 8). The text is the same as if it had been built at
 * once.
 *
 * <p>Equality: two assessments are equal when every attribute is equal, the
 * {@linkplain #steps() explanation} included, however they were made, so {@link #equals(Object)}
 * and {@link #hashCode()} render it when it has not been yet. The steps are a function of the
 * other attributes and of facts that no other attribute records (which acts, means and purposes
 * were recorded, the profile's names and citations), so leaving them out would make equal two
 * assessments that explain different facts, and an assessment read back from JSON with a
 * different explanation equal to the original.
 *
 * <p>Nullness: every accessor returns non-null. Immutable and thread-safe: the rendered
 * explanation is an unmodifiable list published through a benign race (two threads may both
 * render it, with equal results).
 */
public abstract class DefinitionAssessment {
  /** The bits of a packed evaluation that hold the element statuses ({@link ElementStatuses}). */
  static final int STATUSES = (1 << 12) - 1;
  /** Where a packed evaluation holds the outcome, as a {@link Kleene} truth (2 bits). */
  static final int OUTCOME_AT = 12;
  /** Where a packed evaluation holds the ordinal of the consent rule (2 bits). */
  static final int CONSENT_RULE_AT = 14;
  private static final int CHILD_AT = 16;
  private static final int IF_CHILD_AT = 18;
  private static final int IF_ADULT_AT = 20;

  private static final Optional<Outcome> NO_OUTCOME = Optional.empty();
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Optional<Outcome>[] OUTCOMES = new Optional[Outcome.values().length];
  private static final ConsentRule[] CONSENT_RULES = ConsentRule.values();

  static {
    for (Outcome o : Outcome.values()) {
      OUTCOMES[o.ordinal()] = Optional.of(o);
    }
  }

  /**
   * The explanation once rendered, or as given: unmodifiable. Not volatile: a benign race, as for
   * {@link String#hashCode()}; the list is safely published through its final fields.
   */
  private List<ExplanationStep> steps;

  private DefinitionAssessment(List<ExplanationStep> steps) {
    this.steps = steps;
  }

  /**
   * An assessment computed by {@link TraffickingDefinition}: its attributes are read from the
   * profile, the conduct and the packed evaluation, and its explanation is rendered on first
   * access by {@link TraffickingDefinition#explain}.
   *
   * @param profile the version of the law applied
   * @param conduct the conduct assessed, whose first day is the date of the conduct
   * @param age the person's age at the time of the conduct
   * @param evaluation the element statuses, the outcome and the consent rule, packed (bits 0-15,
   *     see {@link #OUTCOME_AT})
   * @param child whether the person was a child, as a {@link Kleene} truth
   * @param ifChild the outcome for a child as a {@link Kleene} truth, or 0 when the age is certain
   * @param ifAdult the outcome for an adult likewise
   * @return the assessment
   */
  static DefinitionAssessment computed(JurisdictionProfile profile, Conduct conduct,
      AgeRange age, int evaluation, int child, int ifChild, int ifAdult) {
    return new Computed(profile, conduct, age, evaluation | child << CHILD_AT
        | ifChild << IF_CHILD_AT | ifAdult << IF_ADULT_AT);
  }

  /**
   * A copy whose explanation is derived from others on first access; used when the choice of
   * the version of the law adds to, or changes, the explanation of one version.
   *
   * @param outcome the outcome
   * @param ifChild the outcome for a child, or null
   * @param ifAdult the outcome for an adult, or null
   * @param explanation renders the steps; returns a new list nobody else holds
   * @return the copy
   */
  DefinitionAssessment withDerivedSteps(Outcome outcome, Outcome ifChild, Outcome ifAdult,
      Supplier<List<ExplanationStep>> explanation) {
    return new Built(jurisdictionId(), profileVersion(), outcome, elements(), undecided(),
        consent(), consentRule(), conductDate().orElse(null), ageAtConduct(), child(),
        presumedChild(), ifChild, ifAdult, Objects.requireNonNull(explanation, "explanation"),
        null);
  }

  /** @return the id of the jurisdiction assessed under */
  public abstract String jurisdictionId();

  /** @return the version of the jurisdiction's law applied */
  public abstract String profileVersion();

  /** @return whether the facts meet the definition */
  public abstract Outcome outcome();

  /** @return the status of each element, in the order of {@link DefinitionElement}; unmodifiable */
  public abstract Map<DefinitionElement, ElementStatus> elements();

  /**
   * The elements whose unknown facts leave the outcome open. Empty unless the outcome is
   * indeterminate; empty too when it is open only because the date of the conduct, and so the
   * version of the law, is unknown (the explanation then says so).
   *
   * @return the open elements; unmodifiable
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

  /**
   * The explanation, in order; every step carries a citation. Rendered on the first call when
   * the assessment was computed by {@link TraffickingDefinition}, then kept.
   *
   * @return the steps; unmodifiable
   */
  public final List<ExplanationStep> steps() {
    List<ExplanationStep> s = steps;
    if (s == null) {
      s = Collections.unmodifiableList(render());
      steps = s;
    }
    return s;
  }

  /** @return the steps, in a new list nobody else holds; called once unless threads race */
  abstract List<ExplanationStep> render();

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

  private static Optional<Outcome> optional(Outcome o) {
    return o == null ? NO_OUTCOME : OUTCOMES[o.ordinal()];
  }

  // --- the two forms ----------------------------------------------------------------------------

  /**
   * An assessment computed by {@link TraffickingDefinition}, in 32 bytes: the profile and the
   * conduct (for the ids, the consent, the date and the explanation), the age, and the rest
   * packed in an {@code int}: bits 0-15 as {@link TraffickingDefinition} evaluated them, then the
   * child status and the outcomes of the age branches as {@link Kleene} truths (0 when absent).
   * The maps and sets it hands out are shared ({@link ElementStatuses}).
   */
  private static final class Computed extends DefinitionAssessment {
    private final JurisdictionProfile profile;
    private final Conduct conduct;
    private final AgeRange ageAtConduct;
    private final int packed;

    Computed(JurisdictionProfile profile, Conduct conduct, AgeRange ageAtConduct, int packed) {
      super(null);
      this.profile = profile;
      this.conduct = conduct;
      this.ageAtConduct = ageAtConduct;
      this.packed = packed;
    }

    private int bits(int at) {
      return (packed >>> at) & 3;
    }

    @Override
    public String jurisdictionId() {
      return profile.id();
    }

    @Override
    public String profileVersion() {
      return profile.version();
    }

    @Override
    public Outcome outcome() {
      return Kleene.outcome(bits(OUTCOME_AT));
    }

    @Override
    public Map<DefinitionElement, ElementStatus> elements() {
      return ElementStatuses.map(packed & STATUSES);
    }

    @Override
    public Set<DefinitionElement> undecided() {
      if (bits(OUTCOME_AT) != Kleene.UNKNOWN) {
        return ElementStatuses.set(0);
      }
      // The unknown elements; when none is, the outcome hangs on the pairing of purpose and
      // means, and the purpose is reported.
      int open = ElementStatuses.unknownMask(packed & STATUSES);
      return ElementStatuses.set(open != 0 ? open : 1 << DefinitionElement.PURPOSE.ordinal());
    }

    @Override
    public Consent consent() {
      return conduct.consent();
    }

    @Override
    public ConsentRule consentRule() {
      return CONSENT_RULES[bits(CONSENT_RULE_AT)];
    }

    @Override
    public Optional<LocalDate> conductDate() {
      return conduct.when().map(DateSpan::start);
    }

    @Override
    public AgeRange ageAtConduct() {
      return ageAtConduct;
    }

    @Override
    public Truth child() {
      return Kleene.truth(bits(CHILD_AT));
    }

    @Override
    public boolean presumedChild() {
      return bits(CHILD_AT) == Kleene.UNKNOWN;
    }

    @Override
    public Optional<Outcome> ifChild() {
      int k = bits(IF_CHILD_AT);
      return k == 0 ? NO_OUTCOME : optional(Kleene.outcome(k));
    }

    @Override
    public Optional<Outcome> ifAdult() {
      int k = bits(IF_ADULT_AT);
      return k == 0 ? NO_OUTCOME : optional(Kleene.outcome(k));
    }

    @Override
    List<ExplanationStep> render() {
      return TraffickingDefinition.explain(this, conduct, profile);
    }
  }

  /**
   * An assessment built from its attributes: by the {@link Builder}, by a {@code with*} copy, or
   * by {@link TraffickingDefinition} when the choice of version changes an explanation. Its steps
   * are given, or derived on first access from another explanation.
   */
  private static final class Built extends DefinitionAssessment {
    private final String jurisdictionId;
    private final String profileVersion;
    private final Outcome outcome;
    private final Map<DefinitionElement, ElementStatus> elements;
    private final Set<DefinitionElement> undecided;
    private final Consent consent;
    private final ConsentRule consentRule;
    /** Null when not recorded. */
    private final LocalDate conductDate;
    private final AgeRange ageAtConduct;
    private final Truth child;
    private final boolean presumedChild;
    /** Null when the age is certain. */
    private final Outcome ifChild;
    /** Null when the age is certain. */
    private final Outcome ifAdult;
    /** Renders the steps when they are not given. */
    private final Supplier<List<ExplanationStep>> derived;

    Built(String jurisdictionId, String profileVersion, Outcome outcome,
        Map<DefinitionElement, ElementStatus> elements, Set<DefinitionElement> undecided,
        Consent consent, ConsentRule consentRule, LocalDate conductDate, AgeRange ageAtConduct,
        Truth child, boolean presumedChild, Outcome ifChild, Outcome ifAdult,
        Supplier<List<ExplanationStep>> derived, List<ExplanationStep> steps) {
      super(steps);
      this.jurisdictionId = jurisdictionId;
      this.profileVersion = profileVersion;
      this.outcome = outcome;
      this.elements = elements;
      this.undecided = undecided;
      this.consent = consent;
      this.consentRule = consentRule;
      this.conductDate = conductDate;
      this.ageAtConduct = ageAtConduct;
      this.child = child;
      this.presumedChild = presumedChild;
      this.ifChild = ifChild;
      this.ifAdult = ifAdult;
      this.derived = derived;
    }

    @Override
    public String jurisdictionId() {
      return jurisdictionId;
    }

    @Override
    public String profileVersion() {
      return profileVersion;
    }

    @Override
    public Outcome outcome() {
      return outcome;
    }

    @Override
    public Map<DefinitionElement, ElementStatus> elements() {
      return elements;
    }

    @Override
    public Set<DefinitionElement> undecided() {
      return undecided;
    }

    @Override
    public Consent consent() {
      return consent;
    }

    @Override
    public ConsentRule consentRule() {
      return consentRule;
    }

    @Override
    public Optional<LocalDate> conductDate() {
      return Optional.ofNullable(conductDate);
    }

    @Override
    public AgeRange ageAtConduct() {
      return ageAtConduct;
    }

    @Override
    public Truth child() {
      return child;
    }

    @Override
    public boolean presumedChild() {
      return presumedChild;
    }

    @Override
    public Optional<Outcome> ifChild() {
      return optional(ifChild);
    }

    @Override
    public Optional<Outcome> ifAdult() {
      return optional(ifAdult);
    }

    @Override
    List<ExplanationStep> render() {
      return derived.get();
    }
  }

  // --- copies -----------------------------------------------------------------------------------

  /**
   * A copy with other attributes and the explanation of this assessment (rendered lazily if it
   * has not been yet), never one rendered from the copy's changed attributes.
   */
  private DefinitionAssessment copy(String jurisdictionId, String profileVersion, Outcome outcome,
      Map<DefinitionElement, ElementStatus> elements, Set<DefinitionElement> undecided,
      Consent consent, ConsentRule consentRule, Optional<LocalDate> conductDate,
      AgeRange ageAtConduct, Truth child, boolean presumedChild, Optional<Outcome> ifChild,
      Optional<Outcome> ifAdult) {
    List<ExplanationStep> s = steps;
    return new Built(jurisdictionId, profileVersion, outcome, elements, undecided, consent,
        consentRule, conductDate.orElse(null), ageAtConduct, child, presumedChild,
        ifChild.orElse(null), ifAdult.orElse(null), s == null ? this::steps : null, s);
  }

  /**
   * Copy with a different {@link #jurisdictionId()}.
   *
   * @param value the new value
   * @return the changed copy, or this assessment if the value is equal
   */
  public DefinitionAssessment withJurisdictionId(String value) {
    String v = Objects.requireNonNull(value, "jurisdictionId");
    return jurisdictionId().equals(v) ? this : copy(v, profileVersion(), outcome(), elements(),
        undecided(), consent(), consentRule(), conductDate(), ageAtConduct(), child(),
        presumedChild(), ifChild(), ifAdult());
  }

  /**
   * Copy with a different {@link #profileVersion()}.
   *
   * @param value the new value
   * @return the changed copy, or this assessment if the value is equal
   */
  public DefinitionAssessment withProfileVersion(String value) {
    String v = Objects.requireNonNull(value, "profileVersion");
    return profileVersion().equals(v) ? this : copy(jurisdictionId(), v, outcome(), elements(),
        undecided(), consent(), consentRule(), conductDate(), ageAtConduct(), child(),
        presumedChild(), ifChild(), ifAdult());
  }

  /**
   * Copy with a different {@link #outcome()}.
   *
   * @param value the new value
   * @return the changed copy, or this assessment if the value is the same
   */
  public DefinitionAssessment withOutcome(Outcome value) {
    Outcome v = Objects.requireNonNull(value, "outcome");
    return outcome() == v ? this : copy(jurisdictionId(), profileVersion(), v, elements(),
        undecided(), consent(), consentRule(), conductDate(), ageAtConduct(), child(),
        presumedChild(), ifChild(), ifAdult());
  }

  /**
   * Copy with different {@link #elements()}.
   *
   * @param entries the new statuses; copied
   * @return the changed copy, or this assessment if given its own map
   */
  public DefinitionAssessment withElements(
      Map<DefinitionElement, ? extends ElementStatus> entries) {
    if (elements() == entries) {
      return this;
    }
    return copy(jurisdictionId(), profileVersion(), outcome(), elementsOf(entries), undecided(),
        consent(), consentRule(), conductDate(), ageAtConduct(), child(), presumedChild(),
        ifChild(), ifAdult());
  }

  /**
   * Copy with different {@link #undecided()} elements.
   *
   * @param values the new elements
   * @return the changed copy
   */
  public DefinitionAssessment withUndecided(DefinitionElement... values) {
    return copy(jurisdictionId(), profileVersion(), outcome(), elements(),
        undecidedOf(Arrays.asList(values)), consent(), consentRule(), conductDate(),
        ageAtConduct(), child(), presumedChild(), ifChild(), ifAdult());
  }

  /**
   * Copy with different {@link #undecided()} elements.
   *
   * @param values the new elements; copied
   * @return the changed copy, or this assessment if given its own set
   */
  public DefinitionAssessment withUndecided(Iterable<DefinitionElement> values) {
    if (undecided() == values) {
      return this;
    }
    return copy(jurisdictionId(), profileVersion(), outcome(), elements(), undecidedOf(values),
        consent(), consentRule(), conductDate(), ageAtConduct(), child(), presumedChild(),
        ifChild(), ifAdult());
  }

  /**
   * Copy with a different {@link #consent()}.
   *
   * @param value the new value
   * @return the changed copy, or this assessment if the value is the same
   */
  public DefinitionAssessment withConsent(Consent value) {
    Consent v = Objects.requireNonNull(value, "consent");
    return consent() == v ? this : copy(jurisdictionId(), profileVersion(), outcome(),
        elements(), undecided(), v, consentRule(), conductDate(), ageAtConduct(), child(),
        presumedChild(), ifChild(), ifAdult());
  }

  /**
   * Copy with a different {@link #consentRule()}.
   *
   * @param value the new value
   * @return the changed copy, or this assessment if the value is the same
   */
  public DefinitionAssessment withConsentRule(ConsentRule value) {
    ConsentRule v = Objects.requireNonNull(value, "consentRule");
    return consentRule() == v ? this : copy(jurisdictionId(), profileVersion(), outcome(),
        elements(), undecided(), consent(), v, conductDate(), ageAtConduct(), child(),
        presumedChild(), ifChild(), ifAdult());
  }

  /**
   * Copy with a {@link #conductDate()}.
   *
   * @param value the new value
   * @return the changed copy, or this assessment if the value is equal
   */
  public DefinitionAssessment withConductDate(LocalDate value) {
    return withConductDate(Optional.of(Objects.requireNonNull(value, "conductDate")));
  }

  /**
   * Copy with a {@link #conductDate()}, or none.
   *
   * @param optional the new value, or empty
   * @return the changed copy, or this assessment if the value is equal
   */
  public DefinitionAssessment withConductDate(Optional<? extends LocalDate> optional) {
    Optional<LocalDate> v = Optional.ofNullable(optional.orElse(null));
    return conductDate().equals(v) ? this : copy(jurisdictionId(), profileVersion(), outcome(),
        elements(), undecided(), consent(), consentRule(), v, ageAtConduct(), child(),
        presumedChild(), ifChild(), ifAdult());
  }

  /**
   * Copy with a different {@link #ageAtConduct()}.
   *
   * @param value the new value
   * @return the changed copy, or this assessment if the value is equal
   */
  public DefinitionAssessment withAgeAtConduct(AgeRange value) {
    AgeRange v = Objects.requireNonNull(value, "ageAtConduct");
    return ageAtConduct().equals(v) ? this : copy(jurisdictionId(), profileVersion(), outcome(),
        elements(), undecided(), consent(), consentRule(), conductDate(), v, child(),
        presumedChild(), ifChild(), ifAdult());
  }

  /**
   * Copy with a different {@link #child()}.
   *
   * @param value the new value
   * @return the changed copy, or this assessment if the value is the same
   */
  public DefinitionAssessment withChild(Truth value) {
    Truth v = Objects.requireNonNull(value, "child");
    return child() == v ? this : copy(jurisdictionId(), profileVersion(), outcome(), elements(),
        undecided(), consent(), consentRule(), conductDate(), ageAtConduct(), v,
        presumedChild(), ifChild(), ifAdult());
  }

  /**
   * Copy with a different {@link #presumedChild()}.
   *
   * @param value the new value
   * @return the changed copy, or this assessment if the value is the same
   */
  public DefinitionAssessment withPresumedChild(boolean value) {
    return presumedChild() == value ? this : copy(jurisdictionId(), profileVersion(),
        outcome(), elements(), undecided(), consent(), consentRule(), conductDate(),
        ageAtConduct(), child(), value, ifChild(), ifAdult());
  }

  /**
   * Copy with an {@link #ifChild()} outcome.
   *
   * @param value the new value
   * @return the changed copy, or this assessment if the value is the same
   */
  public DefinitionAssessment withIfChild(Outcome value) {
    return withIfChild(Optional.of(Objects.requireNonNull(value, "ifChild")));
  }

  /**
   * Copy with an {@link #ifChild()} outcome, or none.
   *
   * @param optional the new value, or empty
   * @return the changed copy, or this assessment if the value is the same
   */
  public DefinitionAssessment withIfChild(Optional<? extends Outcome> optional) {
    Optional<Outcome> v = optional(optional.orElse(null));
    return ifChild().equals(v) ? this : copy(jurisdictionId(), profileVersion(), outcome(),
        elements(), undecided(), consent(), consentRule(), conductDate(), ageAtConduct(),
        child(), presumedChild(), v, ifAdult());
  }

  /**
   * Copy with an {@link #ifAdult()} outcome.
   *
   * @param value the new value
   * @return the changed copy, or this assessment if the value is the same
   */
  public DefinitionAssessment withIfAdult(Outcome value) {
    return withIfAdult(Optional.of(Objects.requireNonNull(value, "ifAdult")));
  }

  /**
   * Copy with an {@link #ifAdult()} outcome, or none.
   *
   * @param optional the new value, or empty
   * @return the changed copy, or this assessment if the value is the same
   */
  public DefinitionAssessment withIfAdult(Optional<? extends Outcome> optional) {
    Optional<Outcome> v = optional(optional.orElse(null));
    return ifAdult().equals(v) ? this : copy(jurisdictionId(), profileVersion(), outcome(),
        elements(), undecided(), consent(), consentRule(), conductDate(), ageAtConduct(),
        child(), presumedChild(), ifChild(), v);
  }

  /**
   * Copy with a different explanation.
   *
   * @param values the new steps
   * @return the changed copy
   */
  public DefinitionAssessment withSteps(ExplanationStep... values) {
    return withGivenSteps(stepsOf(Arrays.asList(values)));
  }

  /**
   * Copy with a different explanation.
   *
   * @param values the new steps; copied
   * @return the changed copy, or this assessment if given its own list
   */
  public DefinitionAssessment withSteps(Iterable<? extends ExplanationStep> values) {
    if (steps != null && steps == values) {
      return this;
    }
    return withGivenSteps(stepsOf(values));
  }

  private DefinitionAssessment withGivenSteps(List<ExplanationStep> given) {
    return new Built(jurisdictionId(), profileVersion(), outcome(), elements(), undecided(),
        consent(), consentRule(), conductDate().orElse(null), ageAtConduct(), child(),
        presumedChild(), ifChild().orElse(null), ifAdult().orElse(null), null, given);
  }

  // --- value ------------------------------------------------------------------------------------

  /**
   * Equal when every attribute is equal, the explanation included (rendered if need be).
   *
   * @param another the other object
   * @return true if it is an equal assessment
   */
  @Override
  public final boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof DefinitionAssessment)) {
      return false;
    }
    DefinitionAssessment a = (DefinitionAssessment) another;
    return jurisdictionId().equals(a.jurisdictionId())
        && profileVersion().equals(a.profileVersion())
        && outcome() == a.outcome()
        && elements().equals(a.elements())
        && undecided().equals(a.undecided())
        && consent() == a.consent()
        && consentRule() == a.consentRule()
        && conductDate().equals(a.conductDate())
        && ageAtConduct().equals(a.ageAtConduct())
        && child() == a.child()
        && presumedChild() == a.presumedChild()
        && ifChild().equals(a.ifChild())
        && ifAdult().equals(a.ifAdult())
        && steps().equals(a.steps());
  }

  /** @return a hash of every attribute, the explanation included (rendered if need be) */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + jurisdictionId().hashCode();
    h += (h << 5) + profileVersion().hashCode();
    h += (h << 5) + outcome().hashCode();
    h += (h << 5) + elements().hashCode();
    h += (h << 5) + undecided().hashCode();
    h += (h << 5) + consent().hashCode();
    h += (h << 5) + consentRule().hashCode();
    h += (h << 5) + Objects.hashCode(conductDate().orElse(null));
    h += (h << 5) + ageAtConduct().hashCode();
    h += (h << 5) + child().hashCode();
    h += (h << 5) + Boolean.hashCode(presumedChild());
    h += (h << 5) + Objects.hashCode(ifChild().orElse(null));
    h += (h << 5) + Objects.hashCode(ifAdult().orElse(null));
    h += (h << 5) + steps().hashCode();
    return h;
  }

  /** @return a short summary: outcome and element statuses, no personal data */
  @Override
  public final String toString() {
    return "DefinitionAssessment{" + jurisdictionId() + "@" + profileVersion() + ": "
        + outcome().code() + ", " + elements() + "}";
  }

  // --- building ---------------------------------------------------------------------------------

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  private static Map<DefinitionElement, ElementStatus> elementsOf(
      Map<DefinitionElement, ? extends ElementStatus> entries) {
    if (entries.isEmpty()) {
      return Collections.emptyMap();
    }
    EnumMap<DefinitionElement, ElementStatus> map = new EnumMap<>(DefinitionElement.class);
    for (Map.Entry<DefinitionElement, ? extends ElementStatus> e : entries.entrySet()) {
      DefinitionElement k = Objects.requireNonNull(e.getKey(), "elements key");
      map.put(k, Objects.requireNonNull(e.getValue(), () -> "elements value for key: " + k));
    }
    return Collections.unmodifiableMap(map);
  }

  private static Set<DefinitionElement> undecidedOf(Iterable<DefinitionElement> values) {
    EnumSet<DefinitionElement> set = EnumSet.noneOf(DefinitionElement.class);
    for (DefinitionElement e : values) {
      set.add(Objects.requireNonNull(e, "undecided element"));
    }
    return Collections.unmodifiableSet(set);
  }

  private static List<ExplanationStep> stepsOf(Iterable<? extends ExplanationStep> values) {
    List<ExplanationStep> list = values instanceof Collection
        ? new ArrayList<>(((Collection<?>) values).size()) : new ArrayList<>();
    for (ExplanationStep s : values) {
      list.add(Objects.requireNonNull(s, "steps element"));
    }
    switch (list.size()) {
      case 0:
        return Collections.emptyList();
      case 1:
        return Collections.singletonList(list.get(0));
      default:
        return Collections.unmodifiableList(list);
    }
  }

  /**
   * Builds a {@link DefinitionAssessment} from its attributes, with the explanation given; not
   * thread-safe, use once. Required: {@code jurisdictionId}, {@code profileVersion},
   * {@code outcome}, {@code consent}, {@code consentRule}, {@code ageAtConduct}, {@code child},
   * {@code presumedChild}; the collections default to empty and the optional values to absent.
   */
  public static final class Builder {
    private static final String[] REQUIRED = {"jurisdictionId", "profileVersion", "outcome",
        "consent", "consentRule", "ageAtConduct", "child", "presumedChild"};
    private int missing = (1 << REQUIRED.length) - 1;

    private String jurisdictionId;
    private String profileVersion;
    private Outcome outcome;
    private final EnumMap<DefinitionElement, ElementStatus> elements =
        new EnumMap<>(DefinitionElement.class);
    private final EnumSet<DefinitionElement> undecided = EnumSet.noneOf(DefinitionElement.class);
    private Consent consent;
    private ConsentRule consentRule;
    private LocalDate conductDate;
    private AgeRange ageAtConduct;
    private Truth child;
    private boolean presumedChild;
    private Outcome ifChild;
    private Outcome ifAdult;
    private final List<ExplanationStep> steps = new ArrayList<>();

    /** A new, empty builder; {@link DefinitionAssessment#builder()} gives one too. */
    public Builder() {}

    private Builder set(int required) {
      missing &= ~(1 << required);
      return this;
    }

    /**
     * Fills the builder from an assessment: its values replace those set, its collections are
     * added to those set, its absent optional values leave those set. Renders its explanation
     * if it has not been yet.
     *
     * @param instance the assessment to copy
     * @return this builder
     */
    public Builder from(DefinitionAssessment instance) {
      Objects.requireNonNull(instance, "instance");
      jurisdictionId(instance.jurisdictionId());
      profileVersion(instance.profileVersion());
      outcome(instance.outcome());
      putAllElements(instance.elements());
      addAllUndecided(instance.undecided());
      consent(instance.consent());
      consentRule(instance.consentRule());
      instance.conductDate().ifPresent(this::conductDate);
      ageAtConduct(instance.ageAtConduct());
      child(instance.child());
      presumedChild(instance.presumedChild());
      instance.ifChild().ifPresent(this::ifChild);
      instance.ifAdult().ifPresent(this::ifAdult);
      addAllSteps(instance.steps());
      return this;
    }

    /**
     * Sets {@link DefinitionAssessment#jurisdictionId()}.
     *
     * @param jurisdictionId the value
     * @return this builder
     */
    public Builder jurisdictionId(String jurisdictionId) {
      this.jurisdictionId = Objects.requireNonNull(jurisdictionId, "jurisdictionId");
      return set(0);
    }

    /**
     * Sets {@link DefinitionAssessment#profileVersion()}.
     *
     * @param profileVersion the value
     * @return this builder
     */
    public Builder profileVersion(String profileVersion) {
      this.profileVersion = Objects.requireNonNull(profileVersion, "profileVersion");
      return set(1);
    }

    /**
     * Sets {@link DefinitionAssessment#outcome()}.
     *
     * @param outcome the value
     * @return this builder
     */
    public Builder outcome(Outcome outcome) {
      this.outcome = Objects.requireNonNull(outcome, "outcome");
      return set(2);
    }

    /**
     * Puts one status into {@link DefinitionAssessment#elements()}.
     *
     * @param key the element
     * @param value its status
     * @return this builder
     */
    public Builder putElements(DefinitionElement key, ElementStatus value) {
      elements.put(Objects.requireNonNull(key, "elements key"),
          Objects.requireNonNull(value, () -> "elements value for key: " + key));
      return this;
    }

    /**
     * Puts one status into {@link DefinitionAssessment#elements()}.
     *
     * @param entry the element and its status
     * @return this builder
     */
    public Builder putElements(Map.Entry<DefinitionElement, ? extends ElementStatus> entry) {
      return putElements(entry.getKey(), entry.getValue());
    }

    /**
     * Replaces {@link DefinitionAssessment#elements()}.
     *
     * @param entries the statuses
     * @return this builder
     */
    public Builder elements(Map<DefinitionElement, ? extends ElementStatus> entries) {
      elements.clear();
      return putAllElements(entries);
    }

    /**
     * Puts statuses into {@link DefinitionAssessment#elements()}.
     *
     * @param entries the statuses
     * @return this builder
     */
    public Builder putAllElements(Map<DefinitionElement, ? extends ElementStatus> entries) {
      for (Map.Entry<DefinitionElement, ? extends ElementStatus> e : entries.entrySet()) {
        putElements(e.getKey(), e.getValue());
      }
      return this;
    }

    /**
     * Adds to {@link DefinitionAssessment#undecided()}.
     *
     * @param element the element
     * @return this builder
     */
    public Builder addUndecided(DefinitionElement element) {
      undecided.add(Objects.requireNonNull(element, "undecided element"));
      return this;
    }

    /**
     * Adds to {@link DefinitionAssessment#undecided()}.
     *
     * @param values the elements
     * @return this builder
     */
    public Builder addUndecided(DefinitionElement... values) {
      for (DefinitionElement e : values) {
        addUndecided(e);
      }
      return this;
    }

    /**
     * Replaces {@link DefinitionAssessment#undecided()}.
     *
     * @param values the elements
     * @return this builder
     */
    public Builder undecided(Iterable<DefinitionElement> values) {
      undecided.clear();
      return addAllUndecided(values);
    }

    /**
     * Adds to {@link DefinitionAssessment#undecided()}.
     *
     * @param values the elements
     * @return this builder
     */
    public Builder addAllUndecided(Iterable<DefinitionElement> values) {
      for (DefinitionElement e : values) {
        addUndecided(e);
      }
      return this;
    }

    /**
     * Sets {@link DefinitionAssessment#consent()}.
     *
     * @param consent the value
     * @return this builder
     */
    public Builder consent(Consent consent) {
      this.consent = Objects.requireNonNull(consent, "consent");
      return set(3);
    }

    /**
     * Sets {@link DefinitionAssessment#consentRule()}.
     *
     * @param consentRule the value
     * @return this builder
     */
    public Builder consentRule(ConsentRule consentRule) {
      this.consentRule = Objects.requireNonNull(consentRule, "consentRule");
      return set(4);
    }

    /**
     * Sets {@link DefinitionAssessment#conductDate()}.
     *
     * @param conductDate the value
     * @return this builder
     */
    public Builder conductDate(LocalDate conductDate) {
      this.conductDate = Objects.requireNonNull(conductDate, "conductDate");
      return this;
    }

    /**
     * Sets or clears {@link DefinitionAssessment#conductDate()}.
     *
     * @param conductDate the value, or empty
     * @return this builder
     */
    public Builder conductDate(Optional<? extends LocalDate> conductDate) {
      this.conductDate = conductDate.orElse(null);
      return this;
    }

    /**
     * Sets {@link DefinitionAssessment#ageAtConduct()}.
     *
     * @param ageAtConduct the value
     * @return this builder
     */
    public Builder ageAtConduct(AgeRange ageAtConduct) {
      this.ageAtConduct = Objects.requireNonNull(ageAtConduct, "ageAtConduct");
      return set(5);
    }

    /**
     * Sets {@link DefinitionAssessment#child()}.
     *
     * @param child the value
     * @return this builder
     */
    public Builder child(Truth child) {
      this.child = Objects.requireNonNull(child, "child");
      return set(6);
    }

    /**
     * Sets {@link DefinitionAssessment#presumedChild()}.
     *
     * @param presumedChild the value
     * @return this builder
     */
    public Builder presumedChild(boolean presumedChild) {
      this.presumedChild = presumedChild;
      return set(7);
    }

    /**
     * Sets {@link DefinitionAssessment#ifChild()}.
     *
     * @param ifChild the value
     * @return this builder
     */
    public Builder ifChild(Outcome ifChild) {
      this.ifChild = Objects.requireNonNull(ifChild, "ifChild");
      return this;
    }

    /**
     * Sets or clears {@link DefinitionAssessment#ifChild()}.
     *
     * @param ifChild the value, or empty
     * @return this builder
     */
    public Builder ifChild(Optional<? extends Outcome> ifChild) {
      this.ifChild = ifChild.orElse(null);
      return this;
    }

    /**
     * Sets {@link DefinitionAssessment#ifAdult()}.
     *
     * @param ifAdult the value
     * @return this builder
     */
    public Builder ifAdult(Outcome ifAdult) {
      this.ifAdult = Objects.requireNonNull(ifAdult, "ifAdult");
      return this;
    }

    /**
     * Sets or clears {@link DefinitionAssessment#ifAdult()}.
     *
     * @param ifAdult the value, or empty
     * @return this builder
     */
    public Builder ifAdult(Optional<? extends Outcome> ifAdult) {
      this.ifAdult = ifAdult.orElse(null);
      return this;
    }

    /**
     * Adds a step to {@link DefinitionAssessment#steps()}.
     *
     * @param element the step
     * @return this builder
     */
    public Builder addSteps(ExplanationStep element) {
      steps.add(Objects.requireNonNull(element, "steps element"));
      return this;
    }

    /**
     * Adds steps to {@link DefinitionAssessment#steps()}.
     *
     * @param values the steps
     * @return this builder
     */
    public Builder addSteps(ExplanationStep... values) {
      for (ExplanationStep s : values) {
        addSteps(s);
      }
      return this;
    }

    /**
     * Replaces {@link DefinitionAssessment#steps()}.
     *
     * @param values the steps
     * @return this builder
     */
    public Builder steps(Iterable<? extends ExplanationStep> values) {
      steps.clear();
      return addAllSteps(values);
    }

    /**
     * Adds steps to {@link DefinitionAssessment#steps()}.
     *
     * @param values the steps
     * @return this builder
     */
    public Builder addAllSteps(Iterable<? extends ExplanationStep> values) {
      for (ExplanationStep s : values) {
        addSteps(s);
      }
      return this;
    }

    /**
     * Builds the assessment; the collections are copied.
     *
     * @return the assessment
     * @throws IllegalStateException if a required attribute is not set
     */
    public DefinitionAssessment build() {
      if (missing != 0) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < REQUIRED.length; i++) {
          if ((missing & (1 << i)) != 0) {
            names.add(REQUIRED[i]);
          }
        }
        throw new IllegalStateException(
            "Cannot build DefinitionAssessment, some of required attributes are not set "
                + names);
      }
      return new Built(jurisdictionId, profileVersion, outcome, elementsOf(elements),
          Collections.unmodifiableSet(EnumSet.copyOf(undecided)), consent, consentRule,
          conductDate, ageAtConduct, child, presumedChild, ifChild, ifAdult, null,
          stepsOf(steps));
    }
  }
}
