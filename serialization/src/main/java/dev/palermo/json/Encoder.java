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
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import dev.palermo.smuggling.SmugglingFacts;
import dev.palermo.vocabulary.Code;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns model values into JSON trees in the documented JSON form (README, "JSON form"): property
 * names are the accessor names, codes their stable strings, dates ISO-8601; absent optional
 * values, empty collections and values equal to their documented default are left out, so no
 * {@code null} is ever written. Stateless and thread-safe; internal.
 */
final class Encoder {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Encoder() {}

  /**
   * Encodes any supported value.
   *
   * @param value the value
   * @return its tree
   * @throws IllegalArgumentException if the type has no JSON form
   */
  static JsonNode encode(Object value) {
    if (value instanceof Case) {
      return caseFile((Case) value);
    } else if (value instanceof Person) {
      return person((Person) value);
    } else if (value instanceof Conduct) {
      return conduct((Conduct) value);
    } else if (value instanceof ActRecord) {
      return actRecord((ActRecord) value);
    } else if (value instanceof SmugglingFacts) {
      return smuggling((SmugglingFacts) value);
    } else if (value instanceof FactSet) {
      return factSet((FactSet<?>) value);
    } else if (value instanceof DateSpan) {
      return dateSpan((DateSpan) value);
    } else if (value instanceof AgeEvidence) {
      return ageEvidence((AgeEvidence) value);
    } else if (value instanceof AgeRange) {
      return ageRange((AgeRange) value);
    } else if (value instanceof Provision) {
      return provision((Provision) value);
    } else if (value instanceof Instrument) {
      return instrument((Instrument) value);
    } else if (value instanceof DefinitionAssessment) {
      return assessment((DefinitionAssessment) value);
    } else if (value instanceof SmugglingAssessment) {
      return smugglingAssessment((SmugglingAssessment) value);
    } else if (value instanceof ExplanationStep) {
      return step((ExplanationStep) value);
    } else if (value instanceof JurisdictionProfile) {
      return profile((JurisdictionProfile) value);
    } else if (value instanceof Jurisdiction) {
      return jurisdiction((Jurisdiction) value);
    } else if (value instanceof SourceNote) {
      return sourceNote((SourceNote) value);
    } else if (value instanceof ConformityReport) {
      return conformity((ConformityReport) value);
    } else if (value instanceof Shortfall) {
      return shortfall((Shortfall) value);
    } else if (value instanceof Comparison) {
      return comparison((Comparison) value);
    } else if (value instanceof DualCriminality) {
      return dualCriminality((DualCriminality) value);
    } else if (value instanceof Problem) {
      return problem((Problem) value);
    } else if (value instanceof Report) {
      return report((Report) value);
    } else if (value instanceof CaseEvent) {
      return event((CaseEvent) value);
    } else if (value instanceof PersonId || value instanceof CountryCode) {
      return F.stringNode(value.toString());
    } else if (value instanceof Code) {
      return F.stringNode(((Code) value).code());
    }
    throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
  }

  static ObjectNode caseFile(Case c) {
    ObjectNode o = F.objectNode();
    o.put("id", c.id());
    list(o, "persons", c.persons(), Encoder::person);
    list(o, "conducts", c.conducts(), Encoder::conduct);
    list(o, "events", c.events(), Encoder::event);
    return o;
  }

  /** A case event in the form of its kind ({@link EventForms}). */
  static ObjectNode event(CaseEvent e) {
    return EventForms.of(e).orElseThrow(() -> new IllegalArgumentException(
        "no JSON form for the case event type " + e.getClass().getName())).write(e);
  }

  static ObjectNode person(Person p) {
    ObjectNode o = F.objectNode();
    o.put("id", p.id().value());
    if (p.ageEvidence().kind() != dev.palermo.person.AgeEvidenceKind.UNKNOWN) {
      o.set("ageEvidence", ageEvidence(p.ageEvidence()));
    }
    p.gender().ifPresent(g -> o.put("gender", g.code()));
    list(o, "nationalities", p.nationalities(), c -> F.stringNode(c.code()));
    return o;
  }

  static ObjectNode ageEvidence(AgeEvidence e) {
    ObjectNode o = F.objectNode();
    o.put("kind", e.kind().code());
    if (e instanceof DateOfBirth) {
      o.put("date", ((DateOfBirth) e).date().toString());
    } else if (e instanceof AgeAssessment) {
      AgeAssessment a = (AgeAssessment) e;
      o.put("minAge", a.minAge());
      o.put("maxAge", a.maxAge());
      o.put("method", a.method().code());
      o.put("assessedOn", a.assessedOn().toString());
    }
    return o;
  }

  static ObjectNode conduct(Conduct c) {
    ObjectNode o = F.objectNode();
    o.put("victim", c.victim().value());
    list(o, "perpetrators", c.perpetrators(), id -> F.stringNode(id.value()));
    factSetUnlessUnknown(o, "acts", c.acts());
    list(o, "actRecords", c.actRecords(), Encoder::actRecord);
    factSetUnlessUnknown(o, "means", c.means());
    factSetUnlessUnknown(o, "purposes", c.purposes());
    codeUnless(o, "exploitationOccurred", c.exploitationOccurred(), Truth.UNKNOWN);
    codeUnless(o, "consent", c.consent(), Consent.UNKNOWN);
    codeUnless(o, "movement", c.movement(), Movement.UNKNOWN);
    codeUnless(o, "organizedCriminalGroup", c.organizedCriminalGroup(), Truth.UNKNOWN);
    c.period().ifPresent(p -> o.set("period", dateSpan(p)));
    c.smuggling().ifPresent(s -> o.set("smuggling", smuggling(s)));
    return o;
  }

  static ObjectNode actRecord(ActRecord r) {
    ObjectNode o = F.objectNode();
    o.put("act", r.act().code());
    r.when().ifPresent(w -> o.set("when", dateSpan(w)));
    r.place().ifPresent(p -> o.put("place", p.code()));
    list(o, "by", r.by(), id -> F.stringNode(id.value()));
    return o;
  }

  static ObjectNode smuggling(SmugglingFacts s) {
    ObjectNode o = F.objectNode();
    codeUnless(o, "entryProcured", s.entryProcured(), Truth.UNKNOWN);
    codeUnless(o, "illegalEntry", s.illegalEntry(), Truth.UNKNOWN);
    s.receivingState().ifPresent(c -> o.put("receivingState", c.code()));
    codeUnless(o, "notNationalOrPermanentResident", s.notNationalOrPermanentResident(),
        Truth.UNKNOWN);
    codeUnless(o, "materialBenefit", s.materialBenefit(), Truth.UNKNOWN);
    s.motive().ifPresent(m -> o.put("motive", m.code()));
    codeUnless(o, "lifeOrSafetyEndangered", s.lifeOrSafetyEndangered(), Truth.UNKNOWN);
    codeUnless(o, "inhumanOrDegradingTreatment", s.inhumanOrDegradingTreatment(),
        Truth.UNKNOWN);
    return o;
  }

  static ObjectNode factSet(FactSet<?> facts) {
    ObjectNode o = F.objectNode();
    for (Truth truth : List.of(Truth.TRUE, Truth.FALSE, Truth.UNKNOWN)) {
      ArrayNode codes = F.arrayNode();
      facts.facts().forEach((k, v) -> {
        if (v == truth) {
          codes.add(k.code());
        }
      });
      if (!codes.isEmpty()) {
        o.set(truth.code(), codes);
      }
    }
    codeUnless(o, "others", facts.unlisted(), Truth.UNKNOWN);
    return o;
  }

  static ObjectNode dateSpan(DateSpan s) {
    ObjectNode o = F.objectNode();
    o.put("start", s.start().toString());
    s.end().ifPresent(e -> o.put("end", e.toString()));
    return o;
  }

  static ObjectNode ageRange(AgeRange r) {
    ObjectNode o = F.objectNode();
    o.put("min", r.min());
    r.max().ifPresent(m -> o.put("max", m));
    return o;
  }

  static ObjectNode provision(Provision p) {
    ObjectNode o = F.objectNode();
    o.set("instrument", instrument(p.instrument()));
    o.put("pinpoint", p.pinpoint());
    o.put("text", p.toString());
    return o;
  }

  /** A built-in instrument is its code; a user-defined one is written out in full. */
  static JsonNode instrument(Instrument i) {
    if (Instrument.byCode(i.code()).isPresent()) {
      return F.stringNode(i.code());
    }
    ObjectNode o = F.objectNode();
    o.put("code", i.code());
    o.put("shortName", i.shortName());
    o.put("title", i.title());
    i.year().ifPresent(y -> o.put("year", y));
    o.put("kind", i.kind().code());
    o.put("pinpointPrefix", i.pinpointPrefix());
    return o;
  }

  static ObjectNode assessment(DefinitionAssessment a) {
    ObjectNode o = F.objectNode();
    o.put("jurisdictionId", a.jurisdictionId());
    o.put("profileVersion", a.profileVersion());
    o.put("outcome", a.outcome().code());
    codeMap(o, "elements", a.elements(), v -> F.stringNode(v.code()));
    list(o, "undecided", a.undecided(), e -> F.stringNode(e.code()));
    o.put("consent", a.consent().code());
    o.put("consentRule", a.consentRule().code());
    a.conductDate().ifPresent(d -> o.put("conductDate", d.toString()));
    o.set("ageAtConduct", ageRange(a.ageAtConduct()));
    o.put("child", a.child().code());
    o.put("presumedChild", a.presumedChild());
    a.ifChild().ifPresent(v -> o.put("ifChild", v.code()));
    a.ifAdult().ifPresent(v -> o.put("ifAdult", v.code()));
    list(o, "steps", a.steps(), Encoder::step);
    return o;
  }

  static ObjectNode smugglingAssessment(SmugglingAssessment a) {
    ObjectNode o = F.objectNode();
    o.put("outcome", a.outcome().code());
    codeMap(o, "elements", a.elements(), v -> F.stringNode(v.code()));
    o.put("lifeOrSafetyEndangered", a.lifeOrSafetyEndangered().code());
    o.put("inhumanOrDegradingTreatment", a.inhumanOrDegradingTreatment().code());
    list(o, "steps", a.steps(), Encoder::step);
    return o;
  }

  static ObjectNode step(ExplanationStep s) {
    ObjectNode o = F.objectNode();
    o.put("rule", s.rule());
    o.put("text", s.text());
    o.set("citation", provision(s.citation()));
    return o;
  }

  static ObjectNode profile(JurisdictionProfile p) {
    ObjectNode o = F.objectNode();
    o.put("id", p.id());
    o.put("name", p.name());
    o.put("version", p.version());
    o.put("effectiveFrom", p.effectiveFrom().toString());
    o.set("definition", provision(p.definition()));
    codeMap(o, "elementProvisions", p.elementProvisions(), Encoder::provision);
    list(o, "acts", p.acts(), c -> F.stringNode(c.code()));
    list(o, "means", p.means(), c -> F.stringNode(c.code()));
    if (!p.adultMeansRequired()) {
      o.put("adultMeansRequired", false);
    }
    list(o, "purposes", p.purposes(), c -> F.stringNode(c.code()));
    codeUnless(o, "childRule", p.childRule(), ChildRule.ALL_PURPOSES);
    list(o, "childRulePurposes", p.childRulePurposes(), c -> F.stringNode(c.code()));
    if (p.childAge() != 18) {
      o.put("childAge", p.childAge());
    }
    p.childAgeProvision().ifPresent(v -> o.set("childAgeProvision", provision(v)));
    codeUnless(o, "personScope", p.personScope(), PersonScope.ALL_PERSONS);
    codeUnless(o, "movementRequirement", p.movementRequirement(),
        MovementRequirement.NOT_REQUIRED);
    if (!p.smugglingRequiresMaterialBenefit()) {
      o.put("smugglingRequiresMaterialBenefit", false);
    }
    p.consentProvision().ifPresent(v -> o.set("consentProvision", provision(v)));
    list(o, "boundBy", p.boundBy(), Encoder::instrument);
    codeUnless(o, "nonPunishment", p.nonPunishment(), NonPunishment.NONE);
    p.nonPunishmentProvision().ifPresent(v -> o.set("nonPunishmentProvision", provision(v)));
    p.reflectionPeriodDays().ifPresent(d -> o.put("reflectionPeriodDays", d));
    p.minimumCustodyMonths().ifPresent(m -> o.put("minimumCustodyMonths", m));
    list(o, "sourceNotes", p.sourceNotes(), Encoder::sourceNote);
    return o;
  }

  static ObjectNode jurisdiction(Jurisdiction j) {
    ObjectNode o = F.objectNode();
    o.put("id", j.id());
    o.put("name", j.name());
    list(o, "versions", j.versions(), Encoder::profile);
    return o;
  }

  static ObjectNode sourceNote(SourceNote n) {
    ObjectNode o = F.objectNode();
    o.put("point", n.point());
    o.put("source", n.source());
    o.put("verification", n.verification().code());
    return o;
  }

  static ObjectNode conformity(ConformityReport r) {
    ObjectNode o = F.objectNode();
    o.put("jurisdictionId", r.jurisdictionId());
    o.put("profileVersion", r.profileVersion());
    list(o, "shortfalls", r.shortfalls(), Encoder::shortfall);
    o.put("conforms", r.conforms());
    return o;
  }

  static ObjectNode shortfall(Shortfall s) {
    ObjectNode o = F.objectNode();
    o.put("kind", s.kind().code());
    s.subject().ifPresent(v -> o.put("subject", v));
    o.put("message", s.message());
    o.set("citation", provision(s.citation()));
    o.put("strength", s.strength().code());
    return o;
  }

  static ObjectNode comparison(Comparison c) {
    ObjectNode o = F.objectNode();
    ObjectNode map = F.objectNode();
    c.assessments().forEach((k, v) -> map.set(k, assessment(v)));
    if (!map.isEmpty()) {
      o.set("assessments", map);
    }
    return o;
  }

  static ObjectNode dualCriminality(DualCriminality d) {
    ObjectNode o = F.objectNode();
    o.set("requesting", assessment(d.requesting()));
    o.set("requested", assessment(d.requested()));
    o.put("satisfied", d.satisfied().code());
    o.set("citation", provision(d.citation()));
    return o;
  }

  static ObjectNode problem(Problem p) {
    ObjectNode o = F.objectNode();
    o.put("code", p.code());
    o.put("severity", p.severity().code());
    o.put("path", p.path().toString());
    o.put("message", p.message());
    p.citation().ifPresent(c -> o.set("citation", provision(c)));
    p.remedy().ifPresent(r -> o.put("remedy", r));
    return o;
  }

  static ObjectNode report(Report r) {
    ObjectNode o = F.objectNode();
    list(o, "problems", r.problems(), Encoder::problem);
    return o;
  }

  // ---------------------------------------------------------------------------------------------

  private static <T> void list(ObjectNode o, String name, Collection<T> values,
      Function<T, JsonNode> each) {
    if (values.isEmpty()) {
      return;
    }
    ArrayNode a = o.putArray(name);
    values.forEach(v -> a.add(each.apply(v)));
  }

  private static <K extends Code, V> void codeMap(ObjectNode o, String name, Map<K, V> values,
      Function<V, JsonNode> each) {
    if (values.isEmpty()) {
      return;
    }
    ObjectNode m = o.putObject(name);
    values.forEach((k, v) -> m.set(k.code(), each.apply(v)));
  }

  private static void codeUnless(ObjectNode o, String name, Code value, Code byDefault) {
    if (value != byDefault) {
      o.put(name, value.code());
    }
  }

  private static void factSetUnlessUnknown(ObjectNode o, String name, FactSet<?> facts) {
    if (!facts.equals(FactSet.unknown())) {
      o.set(name, factSet(facts));
    }
  }
}
