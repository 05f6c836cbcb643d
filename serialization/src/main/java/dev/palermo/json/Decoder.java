package dev.palermo.json;

import dev.palermo.assessment.ConsentRule;
import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.ElementStatus;
import dev.palermo.assessment.ExplanationStep;
import dev.palermo.assessment.Outcome;
import dev.palermo.assessment.SmugglingAssessment;
import dev.palermo.assessment.SmugglingElement;
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
import dev.palermo.comparison.ShortfallKind;
import dev.palermo.definition.Act;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
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
import dev.palermo.jurisdiction.Verification;
import dev.palermo.law.Instrument;
import dev.palermo.law.InstrumentKind;
import dev.palermo.law.Provision;
import dev.palermo.person.AgeAssessment;
import dev.palermo.person.AgeAssessmentMethod;
import dev.palermo.person.AgeEvidence;
import dev.palermo.person.AgeEvidenceKind;
import dev.palermo.person.AgeRange;
import dev.palermo.person.DateOfBirth;
import dev.palermo.person.Gender;
import dev.palermo.person.PartialDate;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import dev.palermo.report.Severity;
import dev.palermo.smuggling.AssistanceMotive;
import dev.palermo.smuggling.SmugglingFacts;
import dev.palermo.vocabulary.Code;
import dev.palermo.vocabulary.Codes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Binds a JSON tree to model values, walking it with the JSON pointer of every value and
 * collecting every problem instead of stopping at the first: each reader returns null when its
 * value is absent or wrong, and a value is built only when nothing inside it was wrong. Messages
 * name types, codes systems and pointers, never a value of the document. Not thread-safe: one
 * instance per document; internal.
 */
final class Decoder {
  /** Reads one value at a place. */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonNode node, JsonPointer at);
  }

  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private final boolean lenient;
  private final List<Problem> problems;

  Decoder(boolean lenient, List<Problem> problems) {
    this.lenient = lenient;
    this.problems = problems;
  }

  /** The types that can be read as a whole document, in the order of the README. */
  static final List<Class<?>> DOCUMENT_TYPES = List.of(Case.class, Person.class, Conduct.class,
      CaseEvent.class, ActRecord.class, SmugglingFacts.class, DateSpan.class, AgeEvidence.class,
      AgeRange.class, Provision.class, Instrument.class, DefinitionAssessment.class,
      SmugglingAssessment.class, ExplanationStep.class, JurisdictionProfile.class,
      Jurisdiction.class, SourceNote.class,
      ConformityReport.class, Shortfall.class, Comparison.class, DualCriminality.class,
      Problem.class, Report.class);

  /**
   * Binds a whole document.
   *
   * @param <T> the type
   * @param node the tree
   * @param type the type, one of {@link #documentTypes()}
   * @return the value, or null when something is wrong (problems added)
   */
  @SuppressWarnings("unchecked")
  <T> T document(JsonNode node, Class<T> type) {
    Reader<?> r = readerFor(type);
    if (r == null) {
      throw new IllegalArgumentException("no JSON form for " + type.getName());
    }
    return (T) r.read(node, JsonPointer.root());
  }

  private Reader<?> readerFor(Class<?> c) {
    if (c == Case.class) {
      return this::caseFile;
    } else if (c == Person.class) {
      return this::person;
    } else if (c == Conduct.class) {
      return this::conduct;
    } else if (c == CaseEvent.class) {
      return this::event;
    } else if (c == ActRecord.class) {
      return this::actRecord;
    } else if (c == SmugglingFacts.class) {
      return this::smuggling;
    } else if (c == DateSpan.class) {
      return this::dateSpan;
    } else if (c == AgeEvidence.class) {
      return this::ageEvidence;
    } else if (c == AgeRange.class) {
      return this::ageRange;
    } else if (c == Provision.class) {
      return this::provision;
    } else if (c == Instrument.class) {
      return this::instrument;
    } else if (c == DefinitionAssessment.class) {
      return this::assessment;
    } else if (c == SmugglingAssessment.class) {
      return this::smugglingAssessment;
    } else if (c == ExplanationStep.class) {
      return this::step;
    } else if (c == JurisdictionProfile.class) {
      return this::profile;
    } else if (c == Jurisdiction.class) {
      return this::jurisdiction;
    } else if (c == SourceNote.class) {
      return this::sourceNote;
    } else if (c == ConformityReport.class) {
      return this::conformity;
    } else if (c == Shortfall.class) {
      return this::shortfall;
    } else if (c == Comparison.class) {
      return this::comparison;
    } else if (c == DualCriminality.class) {
      return this::dualCriminality;
    } else if (c == Problem.class) {
      return this::problem;
    } else if (c == Report.class) {
      return this::report;
    }
    return null;
  }

  // --- the model ---------------------------------------------------------------------------------

  Case caseFile(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "id", "persons", "conducts", "events");
    if (o == null) {
      return null;
    }
    String id = o.get("id", true, this::string);
    List<Person> persons = o.list("persons", this::person);
    List<Conduct> conducts = o.list("conducts", this::conduct);
    List<CaseEvent> events = o.list("events", this::event);
    return ok(mark, at, () -> Case.builder().id(id).persons(persons).conducts(conducts)
        .events(events).build());
  }

  /** A case event: its discriminator {@code event} chooses the form ({@link EventForms}). */
  CaseEvent event(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    if (!isObject(n, at)) {
      return null;
    }
    JsonPointer kindAt = at.child("event");
    JsonNode kindNode = n.get("event");
    if (kindNode == null) {
      problems.add(JsonProblemCode.MISSING_PROPERTY.at(kindAt, "a case event needs its kind, "
          + "the property event").withRemedy("use one of: "
          + String.join(", ", EventForms.kinds())));
      return null;
    }
    String kind = string(kindNode, kindAt);
    if (kind == null) {
      return null;
    }
    EventForm<?, ?> form = EventForms.byKind(kind).orElse(null);
    if (form == null) {
      problems.add(JsonProblemCode.UNKNOWN_EVENT_KIND.at(kindAt, "not a kind of case event "
          + "of this version of the SDK").withRemedy("use one of: "
          + String.join(", ", EventForms.kinds())));
      return null;
    }
    return form.read(this, n, at, mark);
  }

  /** Age evidence that must be an age assessment. */
  AgeAssessment ageAssessment(JsonNode n, JsonPointer at) {
    AgeEvidence e = ageEvidence(n, at);
    if (e == null) {
      return null;
    }
    if (!(e instanceof AgeAssessment)) {
      problems.add(JsonProblemCode.INVALID_VALUE.at(at.child("kind"), "expected an age "
          + "assessment (kind assessment)"));
      return null;
    }
    return (AgeAssessment) e;
  }

  Person person(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "id", "ageEvidence", "gender", "nationalities");
    if (o == null) {
      return null;
    }
    PersonId id = o.get("id", true, this::personId);
    AgeEvidence age = o.get("ageEvidence", false, this::ageEvidence);
    Gender gender = o.get("gender", false, code(Gender.class));
    Set<CountryCode> nationalities = o.set("nationalities", this::country);
    return ok(mark, at, () -> {
      Person.Builder b = Person.builder().id(id).nationalities(nationalities);
      if (age != null) {
        b.ageEvidence(age);
      }
      if (gender != null) {
        b.gender(gender);
      }
      return b.build();
    });
  }

  AgeEvidence ageEvidence(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    if (!isObject(n, at)) {
      return null;
    }
    JsonNode kindNode = n.get("kind");
    if (kindNode == null) {
      problems.add(JsonProblemCode.MISSING_PROPERTY.at(at.child("kind"),
          "age evidence needs its kind"));
      return null;
    }
    AgeEvidenceKind kind = code(AgeEvidenceKind.class).read(kindNode, at.child("kind"));
    if (kind == null) {
      return null;
    }
    switch (kind) {
      case DATE_OF_BIRTH: {
        Obj o = obj(n, at, "kind", "date");
        PartialDate date = o.get("date", true, this::partialDate);
        return ok(mark, at, () -> DateOfBirth.of(date));
      }
      case ASSESSMENT: {
        Obj o = obj(n, at, "kind", "minAge", "maxAge", "method", "assessedOn");
        Integer min = o.get("minAge", true, this::integer);
        Integer max = o.get("maxAge", true, this::integer);
        AgeAssessmentMethod method = o.get("method", true, code(AgeAssessmentMethod.class));
        LocalDate on = o.get("assessedOn", true, this::date);
        return ok(mark, at, () -> AgeAssessment.of(min, max, method, on));
      }
      default:
        obj(n, at, "kind");
        return ok(mark, at, AgeEvidence::unknown);
    }
  }

  Conduct conduct(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "victim", "perpetrators", "acts", "actRecords", "means", "purposes",
        "exploitationOccurred", "consent", "movement", "organizedCriminalGroup", "period",
        "smuggling");
    if (o == null) {
      return null;
    }
    PersonId victim = o.get("victim", true, this::personId);
    Set<PersonId> perpetrators = o.set("perpetrators", this::personId);
    FactSet<Act> acts = o.get("acts", false, factSet(Act.class));
    List<ActRecord> records = o.list("actRecords", this::actRecord);
    FactSet<Means> means = o.get("means", false, factSet(Means.class));
    FactSet<ExploitationPurpose> purposes = o.get("purposes", false,
        factSet(ExploitationPurpose.class));
    Truth occurred = o.get("exploitationOccurred", false, code(Truth.class));
    Consent consent = o.get("consent", false, code(Consent.class));
    Movement movement = o.get("movement", false, code(Movement.class));
    Truth group = o.get("organizedCriminalGroup", false, code(Truth.class));
    DateSpan period = o.get("period", false, this::dateSpan);
    SmugglingFacts smuggling = o.get("smuggling", false, this::smuggling);
    return ok(mark, at, () -> {
      Conduct.Builder b = Conduct.builder().victim(victim).perpetrators(perpetrators)
          .actRecords(records);
      if (acts != null) {
        b.acts(acts);
      }
      if (means != null) {
        b.means(means);
      }
      if (purposes != null) {
        b.purposes(purposes);
      }
      if (occurred != null) {
        b.exploitationOccurred(occurred);
      }
      if (consent != null) {
        b.consent(consent);
      }
      if (movement != null) {
        b.movement(movement);
      }
      if (group != null) {
        b.organizedCriminalGroup(group);
      }
      if (period != null) {
        b.period(period);
      }
      if (smuggling != null) {
        b.smuggling(smuggling);
      }
      return b.build();
    });
  }

  ActRecord actRecord(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "act", "when", "place", "by");
    if (o == null) {
      return null;
    }
    Act act = o.get("act", true, code(Act.class));
    DateSpan when = o.get("when", false, this::dateSpan);
    CountryCode place = o.get("place", false, this::country);
    Set<PersonId> by = o.set("by", this::personId);
    return ok(mark, at, () -> {
      ActRecord.Builder b = ActRecord.builder().act(act).by(by);
      if (when != null) {
        b.when(when);
      }
      if (place != null) {
        b.place(place);
      }
      return b.build();
    });
  }

  SmugglingFacts smuggling(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "entryProcured", "illegalEntry", "receivingState",
        "notNationalOrPermanentResident", "materialBenefit", "motive", "lifeOrSafetyEndangered",
        "inhumanOrDegradingTreatment");
    if (o == null) {
      return null;
    }
    Truth procured = o.get("entryProcured", false, code(Truth.class));
    Truth illegal = o.get("illegalEntry", false, code(Truth.class));
    CountryCode state = o.get("receivingState", false, this::country);
    Truth notNational = o.get("notNationalOrPermanentResident", false, code(Truth.class));
    Truth benefit = o.get("materialBenefit", false, code(Truth.class));
    AssistanceMotive motive = o.get("motive", false, code(AssistanceMotive.class));
    Truth endangered = o.get("lifeOrSafetyEndangered", false, code(Truth.class));
    Truth inhuman = o.get("inhumanOrDegradingTreatment", false, code(Truth.class));
    return ok(mark, at, () -> {
      SmugglingFacts.Builder b = SmugglingFacts.builder();
      if (procured != null) {
        b.entryProcured(procured);
      }
      if (illegal != null) {
        b.illegalEntry(illegal);
      }
      if (state != null) {
        b.receivingState(state);
      }
      if (notNational != null) {
        b.notNationalOrPermanentResident(notNational);
      }
      if (benefit != null) {
        b.materialBenefit(benefit);
      }
      if (motive != null) {
        b.motive(motive);
      }
      if (endangered != null) {
        b.lifeOrSafetyEndangered(endangered);
      }
      if (inhuman != null) {
        b.inhumanOrDegradingTreatment(inhuman);
      }
      return b.build();
    });
  }

  <C extends Enum<C> & Code> Reader<FactSet<C>> factSet(Class<C> type) {
    return (n, at) -> {
      int mark = problems.size();
      Obj o = obj(n, at, "true", "false", "unknown", "others");
      if (o == null) {
        return null;
      }
      Map<C, Truth> facts = new EnumMap<>(type);
      Reader<C> codes = code(type);
      for (Truth truth : List.of(Truth.TRUE, Truth.FALSE, Truth.UNKNOWN)) {
        o.list(truth.code(), (item, itemAt) -> {
          C c = codes.read(item, itemAt);
          if (c != null && facts.putIfAbsent(c, truth) != null) {
            problems.add(JsonProblemCode.DUPLICATE_VALUE.at(itemAt, "the code is listed more "
                + "than once in the fact set"));
          }
          return c;
        });
      }
      Truth others = o.get("others", false, code(Truth.class));
      return ok(mark, at, () -> FactSet.of(facts, others == null ? Truth.UNKNOWN : others));
    };
  }

  DateSpan dateSpan(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "start", "end");
    if (o == null) {
      return null;
    }
    LocalDate start = o.get("start", true, this::date);
    LocalDate end = o.get("end", false, this::date);
    return ok(mark, at, () -> end == null ? DateSpan.since(start) : DateSpan.between(start, end));
  }

  AgeRange ageRange(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "min", "max");
    if (o == null) {
      return null;
    }
    Integer min = o.get("min", true, this::integer);
    Integer max = o.get("max", false, this::integer);
    if (problems.size() == mark && (max == null ? min != 0 : min < 0 || max < min)) {
      problems.add(JsonProblemCode.INVALID_VALUE.at(at, "an age range needs 0 <= min <= max, "
          + "or min 0 and no max when the age is unknown"));
    }
    return ok(mark, at, () -> max == null ? AgeRange.unknown() : AgeRange.of(min, max));
  }

  // --- law ---------------------------------------------------------------------------------------

  Provision provision(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "instrument", "pinpoint", "text");
    if (o == null) {
      return null;
    }
    Instrument instrument = o.get("instrument", true, this::instrument);
    String pinpoint = o.get("pinpoint", true, this::string);
    o.get("text", false, this::string);
    if (pinpoint != null) {
      try {
        Provision.of(Instrument.TIP_PROTOCOL, pinpoint);
      } catch (IllegalArgumentException e) {
        problems.add(JsonProblemCode.MALFORMED_PINPOINT.at(at.child("pinpoint"), "a pinpoint "
            + "is an article followed by bracketed sub-divisions, e.g. 3(a)"));
      }
    }
    return ok(mark, at, () -> Provision.of(instrument, pinpoint));
  }

  Instrument instrument(JsonNode n, JsonPointer at) {
    if (n.isString()) {
      Instrument i = Instrument.byCode(n.stringValue()).orElse(null);
      if (i == null) {
        problems.add(JsonProblemCode.UNKNOWN_INSTRUMENT.at(at, "not the code of a built-in "
            + "instrument; a user-defined instrument is written as an object")
            .withRemedy("use one of: " + Instrument.builtIns().stream().map(Instrument::code)
                .collect(Collectors.joining(", "))));
      }
      return i;
    }
    int mark = problems.size();
    if (n.isNull() || !n.isObject()) {
      wrongType(n, at, "an instrument code (string) or an instrument object");
      return null;
    }
    Obj o = obj(n, at, "code", "shortName", "title", "year", "kind", "pinpointPrefix");
    String code = o.get("code", true, this::string);
    String shortName = o.get("shortName", true, this::string);
    String title = o.get("title", true, this::string);
    Integer year = o.get("year", false, this::integer);
    InstrumentKind kind = o.get("kind", true, code(InstrumentKind.class));
    String prefix = o.get("pinpointPrefix", true, this::string);
    if (problems.size() == mark) {
      try {
        return Instrument.of(code, shortName, title, year == null ? 0 : year, kind, prefix);
      } catch (IllegalArgumentException e) {
        problems.add(JsonProblemCode.INVALID_VALUE.at(at, "a user-defined instrument needs a "
            + "code of lower-case words joined by hyphens that is not built in, a short name "
            + "and a title"));
      }
    }
    return null;
  }

  // --- assessments -------------------------------------------------------------------------------

  DefinitionAssessment assessment(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "jurisdictionId", "profileVersion", "outcome", "elements", "undecided",
        "consent", "consentRule", "conductDate", "ageAtConduct", "child", "presumedChild",
        "ifChild", "ifAdult", "steps");
    if (o == null) {
      return null;
    }
    String id = o.get("jurisdictionId", true, this::string);
    String version = o.get("profileVersion", true, this::string);
    Outcome outcome = o.get("outcome", true, code(Outcome.class));
    Map<DefinitionElement, ElementStatus> elements = o.codeMap("elements",
        DefinitionElement.class, code(ElementStatus.class));
    Set<DefinitionElement> undecided = o.set("undecided", code(DefinitionElement.class));
    Consent consent = o.get("consent", true, code(Consent.class));
    ConsentRule rule = o.get("consentRule", true, code(ConsentRule.class));
    LocalDate date = o.get("conductDate", false, this::date);
    AgeRange age = o.get("ageAtConduct", true, this::ageRange);
    Truth child = o.get("child", true, code(Truth.class));
    Boolean presumed = o.get("presumedChild", true, this::bool);
    Outcome ifChild = o.get("ifChild", false, code(Outcome.class));
    Outcome ifAdult = o.get("ifAdult", false, code(Outcome.class));
    List<ExplanationStep> steps = o.list("steps", this::step);
    return ok(mark, at, () -> {
      DefinitionAssessment.Builder b = DefinitionAssessment.builder().jurisdictionId(id)
          .profileVersion(version).outcome(outcome).elements(elements).undecided(undecided)
          .consent(consent).consentRule(rule).ageAtConduct(age).child(child)
          .presumedChild(presumed).steps(steps);
      if (date != null) {
        b.conductDate(date);
      }
      if (ifChild != null) {
        b.ifChild(ifChild);
      }
      if (ifAdult != null) {
        b.ifAdult(ifAdult);
      }
      return b.build();
    });
  }

  SmugglingAssessment smugglingAssessment(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "outcome", "elements", "lifeOrSafetyEndangered",
        "inhumanOrDegradingTreatment", "steps");
    if (o == null) {
      return null;
    }
    Outcome outcome = o.get("outcome", true, code(Outcome.class));
    Map<SmugglingElement, ElementStatus> elements = o.codeMap("elements",
        SmugglingElement.class, code(ElementStatus.class));
    Truth endangered = o.get("lifeOrSafetyEndangered", true, code(Truth.class));
    Truth inhuman = o.get("inhumanOrDegradingTreatment", true, code(Truth.class));
    List<ExplanationStep> steps = o.list("steps", this::step);
    return ok(mark, at, () -> SmugglingAssessment.builder().outcome(outcome).elements(elements)
        .lifeOrSafetyEndangered(endangered).inhumanOrDegradingTreatment(inhuman).steps(steps)
        .build());
  }

  ExplanationStep step(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "rule", "text", "citation");
    if (o == null) {
      return null;
    }
    String rule = o.get("rule", true, this::string);
    String text = o.get("text", true, this::string);
    Provision citation = o.get("citation", true, this::provision);
    return ok(mark, at, () -> ExplanationStep.of(rule, text, citation));
  }

  // --- jurisdictions -----------------------------------------------------------------------------

  JurisdictionProfile profile(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "id", "name", "version", "effectiveFrom", "definition",
        "elementProvisions", "acts", "means", "adultMeansRequired", "purposes", "childRule",
        "childRulePurposes", "childAge", "childAgeProvision", "personScope",
        "movementRequirement", "smugglingRequiresMaterialBenefit", "consentProvision", "boundBy",
        "nonPunishment", "nonPunishmentProvision", "reflectionPeriodDays",
        "minimumCustodyMonths", "sourceNotes");
    if (o == null) {
      return null;
    }
    String id = o.get("id", true, this::string);
    String name = o.get("name", true, this::string);
    String version = o.get("version", true, this::string);
    LocalDate from = o.get("effectiveFrom", true, this::date);
    Provision definition = o.get("definition", true, this::provision);
    Map<DefinitionElement, Provision> elementProvisions = o.codeMap("elementProvisions",
        DefinitionElement.class, this::provision);
    Set<Act> acts = o.set("acts", code(Act.class));
    Set<Means> means = o.set("means", code(Means.class));
    Boolean adultMeans = o.get("adultMeansRequired", false, this::bool);
    Set<ExploitationPurpose> purposes = o.set("purposes", code(ExploitationPurpose.class));
    ChildRule childRule = o.get("childRule", false, code(ChildRule.class));
    Set<ExploitationPurpose> childPurposes = o.set("childRulePurposes",
        code(ExploitationPurpose.class));
    Integer childAge = o.get("childAge", false, this::integer);
    Provision childAgeProvision = o.get("childAgeProvision", false, this::provision);
    PersonScope scope = o.get("personScope", false, code(PersonScope.class));
    MovementRequirement movement = o.get("movementRequirement", false,
        code(MovementRequirement.class));
    Boolean benefit = o.get("smugglingRequiresMaterialBenefit", false, this::bool);
    Provision consent = o.get("consentProvision", false, this::provision);
    Set<Instrument> boundBy = o.set("boundBy", this::instrument);
    NonPunishment nonPunishment = o.get("nonPunishment", false, code(NonPunishment.class));
    Provision nonPunishmentProvision = o.get("nonPunishmentProvision", false, this::provision);
    Integer reflection = o.get("reflectionPeriodDays", false, this::integer);
    Integer custody = o.get("minimumCustodyMonths", false, this::integer);
    List<SourceNote> notes = o.list("sourceNotes", this::sourceNote);
    return ok(mark, at, () -> {
      JurisdictionProfile.Builder b = JurisdictionProfile.builder().id(id).name(name)
          .version(version).effectiveFrom(from).definition(definition)
          .elementProvisions(elementProvisions).acts(acts).means(means).purposes(purposes)
          .childRulePurposes(childPurposes).boundBy(boundBy).sourceNotes(notes);
      if (adultMeans != null) {
        b.adultMeansRequired(adultMeans);
      }
      if (childRule != null) {
        b.childRule(childRule);
      }
      if (childAge != null) {
        b.childAge(childAge);
      }
      if (childAgeProvision != null) {
        b.childAgeProvision(childAgeProvision);
      }
      if (scope != null) {
        b.personScope(scope);
      }
      if (movement != null) {
        b.movementRequirement(movement);
      }
      if (benefit != null) {
        b.smugglingRequiresMaterialBenefit(benefit);
      }
      if (consent != null) {
        b.consentProvision(consent);
      }
      if (nonPunishment != null) {
        b.nonPunishment(nonPunishment);
      }
      if (nonPunishmentProvision != null) {
        b.nonPunishmentProvision(nonPunishmentProvision);
      }
      if (reflection != null) {
        b.reflectionPeriodDays(reflection);
      }
      if (custody != null) {
        b.minimumCustodyMonths(custody);
      }
      return b.build();
    });
  }

  Jurisdiction jurisdiction(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "id", "name", "versions");
    if (o == null) {
      return null;
    }
    o.get("id", false, this::string);
    o.get("name", false, this::string);
    List<JurisdictionProfile> versions = o.list("versions", this::profile);
    if (problems.size() == mark) {
      try {
        return Jurisdiction.of(versions);
      } catch (IllegalArgumentException e) {
        problems.add(JsonProblemCode.INVALID_VALUE.at(at.child("versions"), "a jurisdiction "
            + "needs at least one version, all with the same id and different effective dates"));
      }
    }
    return null;
  }

  SourceNote sourceNote(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "point", "source", "verification");
    if (o == null) {
      return null;
    }
    String point = o.get("point", true, this::string);
    String source = o.get("source", true, this::string);
    Verification verification = o.get("verification", true, code(Verification.class));
    return ok(mark, at, () -> SourceNote.of(point, source, verification));
  }

  // --- comparison --------------------------------------------------------------------------------

  ConformityReport conformity(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "jurisdictionId", "profileVersion", "shortfalls", "conforms");
    if (o == null) {
      return null;
    }
    String id = o.get("jurisdictionId", true, this::string);
    String version = o.get("profileVersion", true, this::string);
    List<Shortfall> shortfalls = o.list("shortfalls", this::shortfall);
    o.get("conforms", false, this::bool);
    return ok(mark, at, () -> ConformityReport.builder().jurisdictionId(id)
        .profileVersion(version).shortfalls(shortfalls).build());
  }

  Shortfall shortfall(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "kind", "subject", "message", "citation", "strength");
    if (o == null) {
      return null;
    }
    ShortfallKind kind = o.get("kind", true, code(ShortfallKind.class));
    String subject = o.get("subject", false, this::string);
    String message = o.get("message", true, this::string);
    o.get("citation", false, this::provision);
    o.get("strength", false, code(dev.palermo.law.NormativeStrength.class));
    return ok(mark, at, () -> Shortfall.of(kind, subject, message));
  }

  Comparison comparison(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "assessments");
    if (o == null) {
      return null;
    }
    Map<String, DefinitionAssessment> assessments = new LinkedHashMap<>();
    JsonNode map = o.node.get("assessments");
    if (map != null && isObject(map, at.child("assessments"))) {
      for (Map.Entry<String, JsonNode> e : map.properties()) {
        DefinitionAssessment a = assessment(e.getValue(), at.child("assessments")
            .child(e.getKey()));
        if (a != null) {
          assessments.put(e.getKey(), a);
        }
      }
    }
    return ok(mark, at, () -> Comparison.builder().assessments(assessments).build());
  }

  DualCriminality dualCriminality(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "requesting", "requested", "satisfied", "citation");
    if (o == null) {
      return null;
    }
    DefinitionAssessment requesting = o.get("requesting", true, this::assessment);
    DefinitionAssessment requested = o.get("requested", true, this::assessment);
    o.get("satisfied", false, code(Truth.class));
    o.get("citation", false, this::provision);
    return ok(mark, at, () -> DualCriminality.builder().requesting(requesting)
        .requested(requested).build());
  }

  // --- reports -----------------------------------------------------------------------------------

  Problem problem(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "code", "severity", "path", "message", "citation", "remedy");
    if (o == null) {
      return null;
    }
    String code = o.get("code", true, this::string);
    Severity severity = o.get("severity", true, code(Severity.class));
    JsonPointer path = o.get("path", true, this::pointer);
    String message = o.get("message", true, this::string);
    Provision citation = o.get("citation", false, this::provision);
    String remedy = o.get("remedy", false, this::string);
    return ok(mark, at, () -> {
      Problem p = Problem.of(code, severity, path, message);
      if (citation != null) {
        p = p.withCitation(citation);
      }
      return remedy == null ? p : p.withRemedy(remedy);
    });
  }

  Report report(JsonNode n, JsonPointer at) {
    int mark = problems.size();
    Obj o = obj(n, at, "problems");
    if (o == null) {
      return null;
    }
    List<Problem> list = o.list("problems", this::problem);
    return ok(mark, at, () -> Report.of(list));
  }

  // --- scalars -----------------------------------------------------------------------------------

  String string(JsonNode n, JsonPointer at) {
    if (!n.isString()) {
      wrongType(n, at, "a string");
      return null;
    }
    return n.stringValue();
  }

  Boolean bool(JsonNode n, JsonPointer at) {
    if (!n.isBoolean()) {
      wrongType(n, at, "true or false");
      return null;
    }
    return n.booleanValue();
  }

  Integer integer(JsonNode n, JsonPointer at) {
    if (!n.isNumber()) {
      wrongType(n, at, "an integer");
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      problems.add(JsonProblemCode.NUMBER_OUT_OF_RANGE.at(at, "expected an integer from "
          + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE));
      return null;
    }
    return n.intValue();
  }

  <C extends Enum<C> & Code> Reader<C> code(Class<C> type) {
    return (n, at) -> {
      if (!n.isString()) {
        wrongType(n, at, "a code of " + type.getSimpleName() + " (a string)");
        return null;
      }
      C c = Codes.find(type, n.stringValue()).orElse(null);
      if (c == null) {
        Problem p = JsonProblemCode.UNKNOWN_CODE.at(at, "not a code of "
            + type.getSimpleName());
        C[] all = type.getEnumConstants();
        if (all.length <= 40) {
          p = p.withRemedy("use one of: " + Arrays.stream(all).map(Code::code)
              .collect(Collectors.joining(", ")));
        }
        problems.add(p);
      }
      return c;
    };
  }

  LocalDate date(JsonNode n, JsonPointer at) {
    if (!n.isString()) {
      wrongType(n, at, "a date (a string yyyy-MM-dd)");
      return null;
    }
    String text = n.stringValue();
    if (ISO_DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    problems.add(JsonProblemCode.MALFORMED_DATE.at(at, "expected a real calendar date in the "
        + "ISO-8601 form yyyy-MM-dd"));
    return null;
  }

  PartialDate partialDate(JsonNode n, JsonPointer at) {
    if (!n.isString()) {
      wrongType(n, at, "a date (a string yyyy, yyyy-MM or yyyy-MM-dd)");
      return null;
    }
    try {
      return PartialDate.parse(n.stringValue());
    } catch (IllegalArgumentException e) {
      problems.add(JsonProblemCode.MALFORMED_DATE.at(at, "expected a real calendar date in an "
          + "ISO-8601 form yyyy, yyyy-MM or yyyy-MM-dd"));
      return null;
    }
  }

  PersonId personId(JsonNode n, JsonPointer at) {
    if (!n.isString()) {
      wrongType(n, at, "a person id (a string)");
      return null;
    }
    if (!PersonId.isValid(n.stringValue())) {
      problems.add(JsonProblemCode.MALFORMED_PERSON_ID.at(at, "a person id is 1-64 letters, "
          + "digits, '.', '_' or '-', starting with a letter or digit"));
      return null;
    }
    return PersonId.of(n.stringValue());
  }

  CountryCode country(JsonNode n, JsonPointer at) {
    if (!n.isString()) {
      wrongType(n, at, "a country code (a string)");
      return null;
    }
    if (!CountryCode.isValid(n.stringValue())) {
      problems.add(JsonProblemCode.MALFORMED_COUNTRY_CODE.at(at, "expected an assigned ISO "
          + "3166-1 alpha-2 country code in upper case, e.g. IT"));
      return null;
    }
    return CountryCode.of(n.stringValue());
  }

  JsonPointer pointer(JsonNode n, JsonPointer at) {
    String text = string(n, at);
    if (text == null) {
      return null;
    }
    try {
      return JsonPointer.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(JsonProblemCode.INVALID_VALUE.at(at, "a JSON pointer is empty or starts "
          + "with '/'"));
      return null;
    }
  }

  // --- structure ---------------------------------------------------------------------------------

  /** An object being read, its properties checked against the names of its JSON form. */
  final class Obj {
    final JsonNode node;
    final JsonPointer at;

    Obj(JsonNode node, JsonPointer at) {
      this.node = node;
      this.at = at;
    }

    /** Reads a property; reports it missing when required, and any null. */
    <T> T get(String name, boolean required, Reader<T> reader) {
      JsonNode v = node.get(name);
      JsonPointer p = at.child(name);
      if (v == null) {
        if (required) {
          problems.add(JsonProblemCode.MISSING_PROPERTY.at(p, "the property is required"));
        }
        return null;
      }
      if (v.isNull()) {
        problems.add(JsonProblemCode.NULL_VALUE.at(p, "null is not allowed: leave an absent "
            + "value out"));
        return null;
      }
      return reader.read(v, p);
    }

    /** Reads an optional array; absent is empty. Items that are wrong are left out. */
    <T> List<T> list(String name, Reader<T> reader) {
      List<T> out = new ArrayList<>();
      items(name, reader, (t, p) -> out.add(t));
      return out;
    }

    /** Reads an optional array of distinct values; a repeat is reported. */
    <T> Set<T> set(String name, Reader<T> reader) {
      Set<T> out = new LinkedHashSet<>();
      items(name, reader, (t, p) -> {
        if (!out.add(t)) {
          problems.add(JsonProblemCode.DUPLICATE_VALUE.at(p, "the value is listed more than "
              + "once"));
        }
      });
      return out;
    }

    /** Walks an optional array, reading each non-null item and handing on the valid ones. */
    private <T> void items(String name, Reader<T> reader,
        java.util.function.BiConsumer<T, JsonPointer> each) {
      JsonNode v = node.get(name);
      JsonPointer p = at.child(name);
      if (v == null) {
        return;
      }
      if (!v.isArray()) {
        wrongType(v, p, "an array");
        return;
      }
      for (int i = 0; i < v.size(); i++) {
        JsonNode item = v.get(i);
        if (item.isNull()) {
          problems.add(JsonProblemCode.NULL_VALUE.at(p.child(i), "null is not allowed in an "
              + "array"));
          continue;
        }
        T t = reader.read(item, p.child(i));
        if (t != null) {
          each.accept(t, p.child(i));
        }
      }
    }

    /** Reads an optional object keyed by the codes of a code system. */
    <K extends Enum<K> & Code, V> Map<K, V> codeMap(String name, Class<K> keys,
        Reader<V> reader) {
      JsonNode v = node.get(name);
      JsonPointer p = at.child(name);
      Map<K, V> out = new EnumMap<>(keys);
      if (v == null || !isObject(v, p)) {
        return out;
      }
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        JsonPointer ep = p.child(e.getKey());
        K key = Codes.find(keys, e.getKey()).orElse(null);
        if (key == null) {
          problems.add(JsonProblemCode.UNKNOWN_CODE.at(ep, "the property name is not a code "
              + "of " + keys.getSimpleName()).withRemedy("use one of: "
              + Arrays.stream(keys.getEnumConstants()).map(Code::code)
                  .collect(Collectors.joining(", "))));
          continue;
        }
        if (e.getValue().isNull()) {
          problems.add(JsonProblemCode.NULL_VALUE.at(ep, "null is not allowed: leave an "
              + "absent value out"));
          continue;
        }
        V value = reader.read(e.getValue(), ep);
        if (value != null) {
          out.put(key, value);
        }
      }
      return out;
    }
  }

  /**
   * Starts reading an object: reports a wrong type, and (strict mode) every property not among
   * {@code names}.
   */
  Obj obj(JsonNode n, JsonPointer at, String... names) {
    if (!isObject(n, at)) {
      return null;
    }
    if (!lenient) {
      Set<String> known = Set.of(names);
      for (String name : n.propertyNames()) {
        if (!known.contains(name)) {
          problems.add(JsonProblemCode.UNKNOWN_PROPERTY.at(at.child(name), "the JSON form "
              + "does not define this property").withRemedy("remove it, or read in lenient "
              + "mode to ignore it"));
        }
      }
    }
    return new Obj(n, at);
  }

  private boolean isObject(JsonNode n, JsonPointer at) {
    if (n.isObject()) {
      return true;
    }
    wrongType(n, at, "an object");
    return false;
  }

  private void wrongType(JsonNode n, JsonPointer at, String expected) {
    if (n.isNull()) {
      problems.add(JsonProblemCode.NULL_VALUE.at(at, "null is not allowed: expected "
          + expected));
    } else {
      problems.add(JsonProblemCode.WRONG_TYPE.at(at, "expected " + expected + ", found "
          + typeName(n)));
    }
  }

  private static String typeName(JsonNode n) {
    if (n.isObject()) {
      return "an object";
    } else if (n.isArray()) {
      return "an array";
    } else if (n.isString()) {
      return "a string";
    } else if (n.isNumber()) {
      return "a number";
    } else if (n.isBoolean()) {
      return "a boolean";
    }
    return "null";
  }

  /** Builds the value only if nothing was wrong since {@code mark}. */
  <T> T ok(int mark, JsonPointer at, java.util.function.Supplier<T> build) {
    if (problems.size() != mark) {
      return null;
    }
    try {
      return build.get();
    } catch (RuntimeException e) {
      problems.add(JsonProblemCode.INVALID_VALUE.at(at, "the model rejects the value as a "
          + "whole"));
      return null;
    }
  }
}
