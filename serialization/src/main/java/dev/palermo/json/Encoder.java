package dev.palermo.json;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.ExplanationStep;
import dev.palermo.assessment.SmugglingAssessment;
import dev.palermo.casefile.ActRecord;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.casefile.Conduct;
import dev.palermo.casefile.Consent;
import dev.palermo.casefile.Movement;
import dev.palermo.comparison.Comparison;
import dev.palermo.comparison.ConformityReport;
import dev.palermo.comparison.DualCriminality;
import dev.palermo.comparison.Shortfall;
import dev.palermo.facts.CountryCode;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.ChildRule;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.jurisdiction.MovementRequirement;
import dev.palermo.jurisdiction.NonPunishment;
import dev.palermo.jurisdiction.PersonScope;
import dev.palermo.jurisdiction.SourceNote;
import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.person.AgeAssessment;
import dev.palermo.person.AgeEvidence;
import dev.palermo.person.AgeRange;
import dev.palermo.person.DateOfBirth;
import dev.palermo.person.Gender;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import dev.palermo.smuggling.SmugglingFacts;
import dev.palermo.vocabulary.Code;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Writes model values in the documented JSON form (README, "JSON form") straight to a
 * {@link JsonGenerator}, with no tree in between: property names are the accessor names, codes
 * their stable strings, dates ISO-8601; absent optional values, empty collections and values
 * equal to their documented default are left out, so no {@code null} is ever written. Properties
 * are written in a fixed order per type. Stateless and thread-safe; internal.
 */
final class Encoder {
  /** Writes one value of a type to a generator. */
  @FunctionalInterface
  interface Writer<T> {
    void write(JsonGenerator g, T value);
  }

  private Encoder() {}

  /**
   * Whether a value has a JSON form (the types {@link #write(JsonGenerator, Object)} accepts).
   *
   * @param value the value, not null
   * @return true when it can be written
   */
  static boolean hasForm(Object value) {
    return value instanceof Case || value instanceof Person || value instanceof Conduct
        || value instanceof ActRecord || value instanceof SmugglingFacts
        || value instanceof FactSet || value instanceof DateSpan || value instanceof AgeEvidence
        || value instanceof AgeRange || value instanceof Provision || value instanceof Instrument
        || value instanceof DefinitionAssessment || value instanceof SmugglingAssessment
        || value instanceof ExplanationStep || value instanceof JurisdictionProfile
        || value instanceof Jurisdiction || value instanceof SourceNote
        || value instanceof ConformityReport || value instanceof Shortfall
        || value instanceof Comparison || value instanceof DualCriminality
        || value instanceof Problem || value instanceof Report
        || (value instanceof CaseEvent && EventForms.of((CaseEvent) value).isPresent())
        || value instanceof PersonId || value instanceof CountryCode || value instanceof Code;
  }

  /**
   * Fails unless a value has a JSON form.
   *
   * @param value the value
   * @throws IllegalArgumentException if the type has no JSON form
   * @throws NullPointerException if the value is null
   */
  static void requireForm(Object value) {
    if (!hasForm(value)) {
      throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }
  }

  /**
   * Writes any supported value.
   *
   * @param g the generator
   * @param value the value
   * @throws IllegalArgumentException if the type has no JSON form
   */
  static void write(JsonGenerator g, Object value) {
    if (value instanceof Case) {
      caseFile(g, (Case) value);
    } else if (value instanceof Person) {
      person(g, (Person) value);
    } else if (value instanceof Conduct) {
      conduct(g, (Conduct) value);
    } else if (value instanceof ActRecord) {
      actRecord(g, (ActRecord) value);
    } else if (value instanceof SmugglingFacts) {
      smuggling(g, (SmugglingFacts) value);
    } else if (value instanceof FactSet) {
      factSet(g, (FactSet<?>) value);
    } else if (value instanceof DateSpan) {
      dateSpan(g, (DateSpan) value);
    } else if (value instanceof AgeEvidence) {
      ageEvidence(g, (AgeEvidence) value);
    } else if (value instanceof AgeRange) {
      ageRange(g, (AgeRange) value);
    } else if (value instanceof Provision) {
      provision(g, (Provision) value);
    } else if (value instanceof Instrument) {
      instrument(g, (Instrument) value);
    } else if (value instanceof DefinitionAssessment) {
      assessment(g, (DefinitionAssessment) value);
    } else if (value instanceof SmugglingAssessment) {
      smugglingAssessment(g, (SmugglingAssessment) value);
    } else if (value instanceof ExplanationStep) {
      step(g, (ExplanationStep) value);
    } else if (value instanceof JurisdictionProfile) {
      profile(g, (JurisdictionProfile) value);
    } else if (value instanceof Jurisdiction) {
      jurisdiction(g, (Jurisdiction) value);
    } else if (value instanceof SourceNote) {
      sourceNote(g, (SourceNote) value);
    } else if (value instanceof ConformityReport) {
      conformity(g, (ConformityReport) value);
    } else if (value instanceof Shortfall) {
      shortfall(g, (Shortfall) value);
    } else if (value instanceof Comparison) {
      comparison(g, (Comparison) value);
    } else if (value instanceof DualCriminality) {
      dualCriminality(g, (DualCriminality) value);
    } else if (value instanceof Problem) {
      problem(g, (Problem) value);
    } else if (value instanceof Report) {
      report(g, (Report) value);
    } else if (value instanceof CaseEvent) {
      event(g, (CaseEvent) value);
    } else if (value instanceof PersonId || value instanceof CountryCode) {
      g.writeString(value.toString());
    } else if (value instanceof Code) {
      g.writeString(((Code) value).code());
    } else {
      throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }
  }

  static void caseFile(JsonGenerator g, Case c) {
    g.writeStartObject();
    g.writeStringProperty("id", c.id());
    list(g, "persons", c.persons(), Encoder::person);
    list(g, "conducts", c.conducts(), Encoder::conduct);
    list(g, "events", c.events(), Encoder::event);
    g.writeEndObject();
  }

  /** A case event in the form of its kind ({@link EventForms}). */
  static void event(JsonGenerator g, CaseEvent e) {
    EventForm<?, ?> form = EventForms.of(e).orElseThrow(() -> new IllegalArgumentException(
        "no JSON form for the case event type " + e.getClass().getName()));
    form.write(g, e);
  }

  static void person(JsonGenerator g, Person p) {
    g.writeStartObject();
    g.writeStringProperty("id", p.id().value());
    AgeEvidence age = p.ageEvidence();
    if (age.kind() != dev.palermo.person.AgeEvidenceKind.UNKNOWN) {
      g.writeName("ageEvidence");
      ageEvidence(g, age);
    }
    Optional<Gender> gender = p.gender();
    if (gender.isPresent()) {
      g.writeStringProperty("gender", gender.get().code());
    }
    list(g, "nationalities", p.nationalities(), (gen, c) -> gen.writeString(c.code()));
    g.writeEndObject();
  }

  static void ageEvidence(JsonGenerator g, AgeEvidence e) {
    g.writeStartObject();
    g.writeStringProperty("kind", e.kind().code());
    if (e instanceof DateOfBirth) {
      g.writeStringProperty("date", ((DateOfBirth) e).date().toString());
    } else if (e instanceof AgeAssessment) {
      AgeAssessment a = (AgeAssessment) e;
      g.writeNumberProperty("minAge", a.minAge());
      g.writeNumberProperty("maxAge", a.maxAge());
      g.writeStringProperty("method", a.method().code());
      g.writeName("assessedOn");
      date(g, a.assessedOn());
    }
    g.writeEndObject();
  }

  static void conduct(JsonGenerator g, Conduct c) {
    g.writeStartObject();
    g.writeStringProperty("victim", c.victim().value());
    list(g, "perpetrators", c.perpetrators(), (gen, id) -> gen.writeString(id.value()));
    factSetUnlessUnknown(g, "acts", c.acts());
    list(g, "actRecords", c.actRecords(), Encoder::actRecord);
    factSetUnlessUnknown(g, "means", c.means());
    factSetUnlessUnknown(g, "purposes", c.purposes());
    codeUnless(g, "exploitationOccurred", c.exploitationOccurred(), Truth.UNKNOWN);
    codeUnless(g, "consent", c.consent(), Consent.UNKNOWN);
    codeUnless(g, "movement", c.movement(), Movement.UNKNOWN);
    codeUnless(g, "organizedCriminalGroup", c.organizedCriminalGroup(), Truth.UNKNOWN);
    Optional<DateSpan> period = c.period();
    if (period.isPresent()) {
      g.writeName("period");
      dateSpan(g, period.get());
    }
    Optional<SmugglingFacts> smuggling = c.smuggling();
    if (smuggling.isPresent()) {
      g.writeName("smuggling");
      smuggling(g, smuggling.get());
    }
    g.writeEndObject();
  }

  static void actRecord(JsonGenerator g, ActRecord r) {
    g.writeStartObject();
    g.writeStringProperty("act", r.act().code());
    Optional<DateSpan> when = r.when();
    if (when.isPresent()) {
      g.writeName("when");
      dateSpan(g, when.get());
    }
    Optional<CountryCode> place = r.place();
    if (place.isPresent()) {
      g.writeStringProperty("place", place.get().code());
    }
    list(g, "by", r.by(), (gen, id) -> gen.writeString(id.value()));
    g.writeEndObject();
  }

  static void smuggling(JsonGenerator g, SmugglingFacts s) {
    g.writeStartObject();
    codeUnless(g, "entryProcured", s.entryProcured(), Truth.UNKNOWN);
    codeUnless(g, "illegalEntry", s.illegalEntry(), Truth.UNKNOWN);
    if (s.receivingState().isPresent()) {
      g.writeStringProperty("receivingState", s.receivingState().get().code());
    }
    codeUnless(g, "notNationalOrPermanentResident", s.notNationalOrPermanentResident(),
        Truth.UNKNOWN);
    codeUnless(g, "materialBenefit", s.materialBenefit(), Truth.UNKNOWN);
    if (s.motive().isPresent()) {
      g.writeStringProperty("motive", s.motive().get().code());
    }
    codeUnless(g, "lifeOrSafetyEndangered", s.lifeOrSafetyEndangered(), Truth.UNKNOWN);
    codeUnless(g, "inhumanOrDegradingTreatment", s.inhumanOrDegradingTreatment(),
        Truth.UNKNOWN);
    g.writeEndObject();
  }

  /**
   * A fact set: the codes known true, then false, then unknown (each in the order of the code
   * system, each list left out when empty), then the default for the others. The first pass
   * writes the true codes and notes whether a second or third is needed; most fact sets list
   * true codes only.
   */
  static void factSet(JsonGenerator g, FactSet<?> facts) {
    g.writeStartObject();
    Map<? extends Code, Truth> map = facts.facts();
    if (!map.isEmpty()) {
      boolean anyFalse = false;
      boolean anyUnknown = false;
      boolean started = false;
      for (Code c : map.keySet()) {
        Truth truth = map.get(c);
        if (truth == Truth.TRUE) {
          if (!started) {
            g.writeArrayPropertyStart(Truth.TRUE.code());
            started = true;
          }
          g.writeString(c.code());
        } else if (truth == Truth.FALSE) {
          anyFalse = true;
        } else {
          anyUnknown = true;
        }
      }
      if (started) {
        g.writeEndArray();
      }
      if (anyFalse) {
        codesWith(g, map, Truth.FALSE);
      }
      if (anyUnknown) {
        codesWith(g, map, Truth.UNKNOWN);
      }
    }
    codeUnless(g, "others", facts.unlisted(), Truth.UNKNOWN);
    g.writeEndObject();
  }

  /** The array of the codes of a fact set with a truth, named after it; there is at least one. */
  private static void codesWith(JsonGenerator g, Map<? extends Code, Truth> map, Truth truth) {
    g.writeArrayPropertyStart(truth.code());
    for (Code c : map.keySet()) {
      if (map.get(c) == truth) {
        g.writeString(c.code());
      }
    }
    g.writeEndArray();
  }

  static void dateSpan(JsonGenerator g, DateSpan s) {
    g.writeStartObject();
    g.writeName("start");
    date(g, s.start());
    Optional<LocalDate> end = s.end();
    if (end.isPresent()) {
      g.writeName("end");
      date(g, end.get());
    }
    g.writeEndObject();
  }

  /**
   * Writes a date as {@link LocalDate#toString()} does, yyyy-MM-dd, without building a string
   * for the years 0 to 9999 (other years through {@code toString}: a sign, more digits).
   */
  static void date(JsonGenerator g, LocalDate d) {
    int year = d.getYear();
    if (year < 0 || year > 9999) {
      g.writeString(d.toString());
      return;
    }
    char[] c = new char[10];
    digits(c, 0, year, 4);
    c[4] = '-';
    digits(c, 5, d.getMonthValue(), 2);
    c[7] = '-';
    digits(c, 8, d.getDayOfMonth(), 2);
    g.writeString(c, 0, 10);
  }

  private static void digits(char[] c, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  static void ageRange(JsonGenerator g, AgeRange r) {
    g.writeStartObject();
    g.writeNumberProperty("min", r.min());
    if (r.max().isPresent()) {
      g.writeNumberProperty("max", r.max().getAsInt());
    }
    g.writeEndObject();
  }

  static void provision(JsonGenerator g, Provision p) {
    g.writeStartObject();
    g.writeName("instrument");
    instrument(g, p.instrument());
    g.writeStringProperty("pinpoint", p.pinpoint());
    g.writeStringProperty("text", p.toString());
    g.writeEndObject();
  }

  /** A built-in instrument is its code; a user-defined one is written out in full. */
  static void instrument(JsonGenerator g, Instrument i) {
    if (Instrument.byCode(i.code()).isPresent()) {
      g.writeString(i.code());
      return;
    }
    g.writeStartObject();
    g.writeStringProperty("code", i.code());
    g.writeStringProperty("shortName", i.shortName());
    g.writeStringProperty("title", i.title());
    if (i.year().isPresent()) {
      g.writeNumberProperty("year", i.year().getAsInt());
    }
    g.writeStringProperty("kind", i.kind().code());
    g.writeStringProperty("pinpointPrefix", i.pinpointPrefix());
    g.writeEndObject();
  }

  static void assessment(JsonGenerator g, DefinitionAssessment a) {
    g.writeStartObject();
    g.writeStringProperty("jurisdictionId", a.jurisdictionId());
    g.writeStringProperty("profileVersion", a.profileVersion());
    g.writeStringProperty("outcome", a.outcome().code());
    codeMap(g, "elements", a.elements(), Encoder::code);
    list(g, "undecided", a.undecided(), Encoder::code);
    g.writeStringProperty("consent", a.consent().code());
    g.writeStringProperty("consentRule", a.consentRule().code());
    if (a.conductDate().isPresent()) {
      g.writeStringProperty("conductDate", a.conductDate().get().toString());
    }
    g.writeName("ageAtConduct");
    ageRange(g, a.ageAtConduct());
    g.writeStringProperty("child", a.child().code());
    g.writeBooleanProperty("presumedChild", a.presumedChild());
    if (a.ifChild().isPresent()) {
      g.writeStringProperty("ifChild", a.ifChild().get().code());
    }
    if (a.ifAdult().isPresent()) {
      g.writeStringProperty("ifAdult", a.ifAdult().get().code());
    }
    list(g, "steps", a.steps(), Encoder::step);
    g.writeEndObject();
  }

  static void smugglingAssessment(JsonGenerator g, SmugglingAssessment a) {
    g.writeStartObject();
    g.writeStringProperty("outcome", a.outcome().code());
    codeMap(g, "elements", a.elements(), Encoder::code);
    g.writeStringProperty("lifeOrSafetyEndangered", a.lifeOrSafetyEndangered().code());
    g.writeStringProperty("inhumanOrDegradingTreatment",
        a.inhumanOrDegradingTreatment().code());
    list(g, "steps", a.steps(), Encoder::step);
    g.writeEndObject();
  }

  static void step(JsonGenerator g, ExplanationStep s) {
    g.writeStartObject();
    g.writeStringProperty("rule", s.rule());
    g.writeStringProperty("text", s.text());
    g.writeName("citation");
    provision(g, s.citation());
    g.writeEndObject();
  }

  static void profile(JsonGenerator g, JurisdictionProfile p) {
    g.writeStartObject();
    g.writeStringProperty("id", p.id());
    g.writeStringProperty("name", p.name());
    g.writeStringProperty("version", p.version());
    g.writeStringProperty("effectiveFrom", p.effectiveFrom().toString());
    g.writeName("definition");
    provision(g, p.definition());
    codeMap(g, "elementProvisions", p.elementProvisions(), Encoder::provision);
    list(g, "acts", p.acts(), Encoder::code);
    list(g, "means", p.means(), Encoder::code);
    if (!p.adultMeansRequired()) {
      g.writeBooleanProperty("adultMeansRequired", false);
    }
    list(g, "purposes", p.purposes(), Encoder::code);
    codeUnless(g, "childRule", p.childRule(), ChildRule.ALL_PURPOSES);
    list(g, "childRulePurposes", p.childRulePurposes(), Encoder::code);
    if (p.childAge() != 18) {
      g.writeNumberProperty("childAge", p.childAge());
    }
    if (p.childAgeProvision().isPresent()) {
      g.writeName("childAgeProvision");
      provision(g, p.childAgeProvision().get());
    }
    codeUnless(g, "personScope", p.personScope(), PersonScope.ALL_PERSONS);
    codeUnless(g, "movementRequirement", p.movementRequirement(),
        MovementRequirement.NOT_REQUIRED);
    if (!p.smugglingRequiresMaterialBenefit()) {
      g.writeBooleanProperty("smugglingRequiresMaterialBenefit", false);
    }
    if (p.consentProvision().isPresent()) {
      g.writeName("consentProvision");
      provision(g, p.consentProvision().get());
    }
    list(g, "boundBy", p.boundBy(), Encoder::instrument);
    codeUnless(g, "nonPunishment", p.nonPunishment(), NonPunishment.NONE);
    if (p.nonPunishmentProvision().isPresent()) {
      g.writeName("nonPunishmentProvision");
      provision(g, p.nonPunishmentProvision().get());
    }
    if (p.reflectionPeriodDays().isPresent()) {
      g.writeNumberProperty("reflectionPeriodDays", p.reflectionPeriodDays().getAsInt());
    }
    if (p.minimumCustodyMonths().isPresent()) {
      g.writeNumberProperty("minimumCustodyMonths", p.minimumCustodyMonths().getAsInt());
    }
    list(g, "sourceNotes", p.sourceNotes(), Encoder::sourceNote);
    g.writeEndObject();
  }

  static void jurisdiction(JsonGenerator g, Jurisdiction j) {
    g.writeStartObject();
    g.writeStringProperty("id", j.id());
    g.writeStringProperty("name", j.name());
    list(g, "versions", j.versions(), Encoder::profile);
    g.writeEndObject();
  }

  static void sourceNote(JsonGenerator g, SourceNote n) {
    g.writeStartObject();
    g.writeStringProperty("point", n.point());
    g.writeStringProperty("source", n.source());
    g.writeStringProperty("verification", n.verification().code());
    g.writeEndObject();
  }

  static void conformity(JsonGenerator g, ConformityReport r) {
    g.writeStartObject();
    g.writeStringProperty("jurisdictionId", r.jurisdictionId());
    g.writeStringProperty("profileVersion", r.profileVersion());
    list(g, "shortfalls", r.shortfalls(), Encoder::shortfall);
    g.writeBooleanProperty("conforms", r.conforms());
    g.writeEndObject();
  }

  static void shortfall(JsonGenerator g, Shortfall s) {
    g.writeStartObject();
    g.writeStringProperty("kind", s.kind().code());
    if (s.subject().isPresent()) {
      g.writeStringProperty("subject", s.subject().get());
    }
    g.writeStringProperty("message", s.message());
    g.writeName("citation");
    provision(g, s.citation());
    g.writeStringProperty("strength", s.strength().code());
    g.writeEndObject();
  }

  static void comparison(JsonGenerator g, Comparison c) {
    g.writeStartObject();
    Map<String, DefinitionAssessment> map = c.assessments();
    if (!map.isEmpty()) {
      g.writeObjectPropertyStart("assessments");
      for (Map.Entry<String, DefinitionAssessment> e : map.entrySet()) {
        g.writeName(e.getKey());
        assessment(g, e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  static void dualCriminality(JsonGenerator g, DualCriminality d) {
    g.writeStartObject();
    g.writeName("requesting");
    assessment(g, d.requesting());
    g.writeName("requested");
    assessment(g, d.requested());
    g.writeStringProperty("satisfied", d.satisfied().code());
    g.writeName("citation");
    provision(g, d.citation());
    g.writeEndObject();
  }

  static void problem(JsonGenerator g, Problem p) {
    g.writeStartObject();
    g.writeStringProperty("code", p.code());
    g.writeStringProperty("severity", p.severity().code());
    g.writeStringProperty("path", p.path().toString());
    g.writeStringProperty("message", p.message());
    if (p.citation().isPresent()) {
      g.writeName("citation");
      provision(g, p.citation().get());
    }
    if (p.remedy().isPresent()) {
      g.writeStringProperty("remedy", p.remedy().get());
    }
    g.writeEndObject();
  }

  static void report(JsonGenerator g, Report r) {
    g.writeStartObject();
    list(g, "problems", r.problems(), Encoder::problem);
    g.writeEndObject();
  }

  // ---------------------------------------------------------------------------------------------

  /** Writes a code as its string. */
  static void code(JsonGenerator g, Code c) {
    g.writeString(c.code());
  }

  /** Writes a non-empty collection as an array property; leaves an empty one out. */
  static <T> void list(JsonGenerator g, String name, Collection<T> values,
      Writer<? super T> each) {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart(name);
    for (T v : values) {
      each.write(g, v);
    }
    g.writeEndArray();
  }

  private static <K extends Code, V> void codeMap(JsonGenerator g, String name,
      Map<K, V> values, Writer<? super V> each) {
    if (values.isEmpty()) {
      return;
    }
    g.writeObjectPropertyStart(name);
    for (Map.Entry<K, V> e : values.entrySet()) {
      g.writeName(e.getKey().code());
      each.write(g, e.getValue());
    }
    g.writeEndObject();
  }

  static void codeUnless(JsonGenerator g, String name, Code value, Code byDefault) {
    if (value != byDefault) {
      g.writeStringProperty(name, value.code());
    }
  }

  private static void factSetUnlessUnknown(JsonGenerator g, String name, FactSet<?> facts) {
    if (!facts.equals(FactSet.unknown())) {
      g.writeName(name);
      factSet(g, facts);
    }
  }
}
