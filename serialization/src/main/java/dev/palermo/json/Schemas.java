package dev.palermo.json;

import dev.palermo.assessment.ConsentRule;
import dev.palermo.assessment.ElementStatus;
import dev.palermo.assessment.Outcome;
import dev.palermo.assessment.SmugglingElement;
import dev.palermo.casefile.Consent;
import dev.palermo.casefile.Movement;
import dev.palermo.definition.Act;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.events.AgeDetermination;
import dev.palermo.events.Assistance;
import dev.palermo.events.Charge;
import dev.palermo.events.DataDisclosure;
import dev.palermo.events.Detention;
import dev.palermo.events.GuardianAppointment;
import dev.palermo.events.Identification;
import dev.palermo.events.Interview;
import dev.palermo.events.Participation;
import dev.palermo.events.ReflectionPeriod;
import dev.palermo.events.ResidencePermit;
import dev.palermo.events.ReturnDecision;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.ChildRule;
import dev.palermo.jurisdiction.MovementRequirement;
import dev.palermo.jurisdiction.NonPunishment;
import dev.palermo.jurisdiction.PersonScope;
import dev.palermo.jurisdiction.Verification;
import dev.palermo.law.Instrument;
import dev.palermo.law.InstrumentKind;
import dev.palermo.person.AgeAssessmentMethod;
import dev.palermo.person.AgeEvidenceKind;
import dev.palermo.person.Gender;
import dev.palermo.report.Severity;
import dev.palermo.smuggling.AssistanceMotive;
import dev.palermo.vocabulary.Code;
import dev.palermo.vocabulary.Codes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas (draft 2020-12) of the four top-level documents ({@link SchemaKind}), built
 * from code so that they never drift from the JSON form: the property names are those that
 * {@code PalermoJson} writes and the strict reader accepts, and every code system is an
 * {@code enum} of the {@link Code#code()} values of its class, taken from the registry
 * {@link Codes#systems()}, its description citing the provision that defines each value. The
 * generated schemas are shipped as resources ({@link SchemaKind#resource()}); a test regenerates
 * them and fails on any difference.
 *
 * <p>Objects are closed ({@code additionalProperties: false}) wherever the strict reader rejects
 * unknown properties. Case events are open for now: only their discriminator {@code event} and
 * {@code person} are described.
 *
 * <p>Stateless and thread-safe; has no instances.
 */
public final class Schemas {
  /** The dialect of every schema. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /**
   * The kinds of case event, each the {@code KIND} of a class of {@code dev.palermo.events}
   * implementing {@code CaseEvent}; a test checks that none is missing.
   */
  static final List<String> EVENT_KINDS = EventForms.ALL.stream().map(EventForm::kind).sorted()
      .toList();

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String PERSON_ID = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";
  private static final String COUNTRY = "^[A-Z]{2}$";
  private static final String PARTIAL_DATE = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";
  private static final String INSTRUMENT_CODE = "^[a-z0-9]+(-[a-z0-9]+)*$";

  private Schemas() {}

  /**
   * Builds a schema from the code.
   *
   * @param kind the document
   * @return a fresh tree of the schema
   */
  public static ObjectNode generate(SchemaKind kind) {
    Objects.requireNonNull(kind, "kind");
    Defs d = new Defs();
    ObjectNode root = F.objectNode();
    root.put("$schema", DIALECT);
    root.put("$id", kind.id());
    root.put("title", kind.title());
    ObjectNode body;
    switch (kind) {
      case CASE:
        body = caseFile(d);
        break;
      case PROFILE:
        body = profile(d);
        break;
      case ASSESSMENT:
        body = assessment(d);
        d.ref("SmugglingAssessment", () -> smugglingAssessment(d));
        break;
      case REPORT:
        body = report(d);
        break;
      default:
        throw new AssertionError(kind);
    }
    root.put("description", body.get("description").stringValue() + " Version "
        + kind.version() + " of the Palermo JSON form (README, \"JSON form\" and \"JSON "
        + "Schemas\").");
    body.remove("description");
    root.setAll(body);
    ObjectNode defs = root.putObject("$defs");
    d.defs.forEach(defs::set);
    return root;
  }

  /**
   * The text of a generated schema, as shipped: indented, ending with a new line.
   *
   * @param kind the document
   * @return the JSON text
   */
  public static String generateText(SchemaKind kind) {
    return PalermoJson.mapper().writerWithDefaultPrettyPrinter()
        .writeValueAsString(generate(kind)) + "\n";
  }

  /**
   * The shipped text of a schema, read from the class path.
   *
   * @param kind the document
   * @return the JSON text
   * @throws IllegalStateException if the resource is missing
   */
  public static String text(SchemaKind kind) {
    try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(kind.resource())) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + kind.resource());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The shipped schema as a tree.
   *
   * @param kind the document
   * @return a fresh tree
   */
  public static JsonNode tree(SchemaKind kind) {
    return PalermoJson.mapper().readTree(text(kind));
  }

  // --- the documents -----------------------------------------------------------------------------

  private static ObjectNode caseFile(Defs d) {
    ObjectNode o = object("A case: the people in it, the conduct the definitions are assessed "
        + "on, and the events that followed. Carries an opaque id and never names anyone.");
    prop(o, "id", string(), "The case identifier chosen by the case system; carries no "
        + "personal data (validation: required, at most 128 characters, a token: PAL-V-0001.."
        + "PAL-V-0003).");
    prop(o, "persons", array(d.ref("Person", () -> person(d))), "The people in the case.");
    prop(o, "conducts", array(d.ref("Conduct", () -> conduct(d))), "The conduct to assess, one "
        + "record per person and course of conduct.");
    prop(o, "events", array(d.ref("CaseEvent", () -> event(d))), "What happened in the case "
        + "afterwards, in the order recorded.");
    required(o, "id");
    return o;
  }

  private static ObjectNode person(Defs d) {
    ObjectNode o = object("A person of the case, known by an opaque id.");
    prop(o, "id", d.ref("PersonId", Schemas::personId), "The person's id, unique in the case.");
    prop(o, "ageEvidence", d.ref("AgeEvidence", () -> ageEvidence(d)), "What is known of the "
        + "person's age; unknown when left out.");
    prop(o, "gender", d.code(Gender.class), "The person's gender, if recorded.");
    prop(o, "nationalities", set(d.ref("CountryCode", Schemas::country)), "Nationalities, "
        + "ISO 3166-1 alpha-2 codes.");
    required(o, "id");
    return o;
  }

  private static ObjectNode ageEvidence(Defs d) {
    ObjectNode o = F.objectNode();
    o.put("description", "Evidence of age, told apart by its kind: a (possibly partial) date "
        + "of birth, an age assessment, or unknown.");
    o.put("type", "object");
    ObjectNode props = o.putObject("properties");
    props.set("kind", d.code(AgeEvidenceKind.class));
    required(o, "kind");
    ArrayNode allOf = o.putArray("allOf");
    ObjectNode dob = object(null);
    prop(dob, "date", partialDate(), "The date of birth: yyyy, yyyy-MM or yyyy-MM-dd.");
    required(dob, "date");
    dob.remove("type");
    dob.remove("additionalProperties");
    allOf.add(when(AgeEvidenceKind.DATE_OF_BIRTH.code(), dob));
    ObjectNode assessed = object(null);
    prop(assessed, "minAge", integer(), "The lowest age the assessment allows, in years.");
    prop(assessed, "maxAge", integer(), "The highest age the assessment allows, in years.");
    prop(assessed, "method", d.code(AgeAssessmentMethod.class), "How the age was assessed.");
    prop(assessed, "assessedOn", date(), "When the age was assessed.");
    required(assessed, "minAge", "maxAge", "method", "assessedOn");
    assessed.remove("type");
    assessed.remove("additionalProperties");
    allOf.add(when(AgeEvidenceKind.ASSESSMENT.code(), assessed));
    o.put("unevaluatedProperties", false);
    return o;
  }

  private static ObjectNode when(String kind, ObjectNode then) {
    ObjectNode c = F.objectNode();
    ObjectNode cond = c.putObject("if");
    cond.putObject("properties").putObject("kind").put("const", kind);
    cond.putArray("required").add("kind");
    c.set("then", then);
    return c;
  }

  private static ObjectNode conduct(Defs d) {
    ObjectNode o = object("The conduct towards one victim: the facts of the act, means and "
        + "purpose elements of the definition (TIP Protocol art. 3(a)) as three-valued fact "
        + "sets, and the circumstances the definitions look at.");
    prop(o, "victim", d.ref("PersonId", Schemas::personId), "The id of the person the conduct "
        + "is towards.");
    prop(o, "perpetrators", set(d.ref("PersonId", Schemas::personId)), "The ids of the "
        + "persons who acted.");
    prop(o, "acts", d.ref("ActFacts", () -> factSet(d, Act.class)), "Which acts are "
        + "established; all unknown when left out.");
    prop(o, "actRecords", array(d.ref("ActRecord", () -> actRecord(d))), "Acts recorded in "
        + "detail: when, where, by whom.");
    prop(o, "means", d.ref("MeansFacts", () -> factSet(d, Means.class)), "Which means are "
        + "established; all unknown when left out.");
    prop(o, "purposes", d.ref("ExploitationPurposeFacts",
        () -> factSet(d, ExploitationPurpose.class)), "Which purposes of exploitation are "
        + "established; all unknown when left out.");
    prop(o, "exploitationOccurred", d.code(Truth.class), "Whether exploitation took place (not "
        + "an element: the purpose suffices); unknown when left out.");
    prop(o, "consent", d.code(Consent.class), "The victim's consent; unknown when left out.");
    prop(o, "movement", d.code(Movement.class), "Whether and how the victim was moved; unknown "
        + "when left out.");
    prop(o, "organizedCriminalGroup", d.code(Truth.class), "Whether an organized criminal "
        + "group was involved (not an element of the definition); unknown when left out.");
    prop(o, "period", d.ref("DateSpan", Schemas::dateSpan), "When the conduct took place.");
    prop(o, "smuggling", d.ref("SmugglingFacts", () -> smuggling(d)), "The facts of migrant "
        + "smuggling, if any (Smuggling Protocol art. 3(a)).");
    required(o, "victim");
    return o;
  }

  private static ObjectNode actRecord(Defs d) {
    ObjectNode o = object("One act recorded in detail.");
    prop(o, "act", d.code(Act.class), "The act.");
    prop(o, "when", d.ref("DateSpan", Schemas::dateSpan), "When it happened.");
    prop(o, "place", d.ref("CountryCode", Schemas::country), "Where it happened.");
    prop(o, "by", set(d.ref("PersonId", Schemas::personId)), "The ids of the persons who did "
        + "it.");
    required(o, "act");
    return o;
  }

  private static ObjectNode smuggling(Defs d) {
    ObjectNode o = object("The facts of the smuggling of migrants (Smuggling Protocol art. "
        + "3(a) and 6(3)); each truth is unknown when left out.");
    prop(o, "entryProcured", d.code(Truth.class), "Whether someone procured the entry.");
    prop(o, "illegalEntry", d.code(Truth.class), "Whether the entry was illegal.");
    prop(o, "receivingState", d.ref("CountryCode", Schemas::country), "The State entered.");
    prop(o, "notNationalOrPermanentResident", d.code(Truth.class), "Whether the person is "
        + "neither a national nor a permanent resident of that State.");
    prop(o, "materialBenefit", d.code(Truth.class), "Whether it was done for a financial or "
        + "other material benefit.");
    prop(o, "motive", d.code(AssistanceMotive.class), "Why the help was given, if known.");
    prop(o, "lifeOrSafetyEndangered", d.code(Truth.class), "Aggravation: life or safety "
        + "endangered.");
    prop(o, "inhumanOrDegradingTreatment", d.code(Truth.class), "Aggravation: inhuman or "
        + "degrading treatment.");
    return o;
  }

  private static ObjectNode event(Defs d) {
    ObjectNode o = F.objectNode();
    o.put("description", "Something that happened in the case after the conduct, told apart "
        + "by its kind in \"event\"; each kind has the properties of its type in "
        + "dev.palermo.events (unknown facts and absent values left out).");
    o.put("type", "object");
    ObjectNode props = o.putObject("properties");
    ObjectNode kinds = F.objectNode();
    kinds.put("description", "The kind of event: the KIND of a type of dev.palermo.events.");
    kinds.put("type", "string");
    ArrayNode e = kinds.putArray("enum");
    EVENT_KINDS.forEach(e::add);
    props.set("event", kinds);
    props.set("person", d.ref("PersonId", Schemas::personId));
    props.set("when", d.ref("DateSpan", Schemas::dateSpan));
    required(o, "event", "person");
    ArrayNode allOf = o.putArray("allOf");
    for (EventForm<?, ?> form : EventForms.ALL) {
      ObjectNode then = F.objectNode();
      ObjectNode p = then.putObject("properties");
      p.putObject("event").put("const", form.kind());
      p.set("person", d.ref("PersonId", Schemas::personId));
      p.set("when", d.ref("DateSpan", Schemas::dateSpan));
      List<String> required = new java.util.ArrayList<>(List.of("event", "person"));
      for (EventForm.Shape shape : form.shapes()) {
        ObjectNode ps = F.objectNode();
        ps.put("description", "See " + form.type().getName() + "#" + shape.name() + "().");
        ps.setAll(shapeSchema(d, shape));
        p.set(shape.name(), ps);
        if (shape.required()) {
          required.add(shape.name());
        }
      }
      required(then, required.toArray(String[]::new));
      then.put("additionalProperties", false);
      ObjectNode c = F.objectNode();
      ObjectNode cond = c.putObject("if");
      cond.putObject("properties").putObject("event").put("const", form.kind());
      cond.putArray("required").add("event");
      c.set("then", then);
      allOf.add(c);
    }
    return o;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ObjectNode shapeSchema(Defs d, EventForm.Shape shape) {
    Class raw = shape.codes();
    switch (shape.kind()) {
      case TRUTH:
      case CODE:
        return (ObjectNode) d.code(raw);
      case CODES:
        return set(d.code(raw));
      case FACTS:
        return (ObjectNode) d.ref(raw.getSimpleName() + "Facts", () -> factSet(d, raw));
      case AGE_ASSESSMENT:
        return (ObjectNode) d.ref("AgeEvidence", () -> ageEvidence(d));
      case STRING: {
        ObjectNode o = string();
        o.put("maxLength", 128);
        return o;
      }
      case INTEGER: {
        ObjectNode o = integer();
        o.put("minimum", 0);
        return o;
      }
      default:
        return (ObjectNode) d.ref("CountryCode", Schemas::country);
    }
  }

  private static ObjectNode profile(Defs d) {
    ObjectNode o = object("A jurisdiction profile: one version of a jurisdiction's definition "
        + "of trafficking in persons, with its sources.");
    prop(o, "id", string(), "The jurisdiction's id, e.g. tip-protocol.");
    prop(o, "name", string(), "The jurisdiction's name.");
    prop(o, "version", string(), "The version of the profile.");
    prop(o, "effectiveFrom", date(), "The date from which this version applies.");
    prop(o, "definition", d.ref("Provision", () -> provision(d)), "The provision that defines "
        + "the offence.");
    prop(o, "elementProvisions", codeMap(d, DefinitionElement.class,
        d.ref("Provision", () -> provision(d))), "The provision of each element, keyed by the "
        + "element's code.");
    prop(o, "acts", set(d.code(Act.class)), "The acts of the definition.");
    prop(o, "means", set(d.code(Means.class)), "The means of the definition.");
    prop(o, "adultMeansRequired", bool(), "Whether means are required for an adult; true when "
        + "left out.");
    prop(o, "purposes", set(d.code(ExploitationPurpose.class)), "The purposes of "
        + "exploitation of the definition.");
    prop(o, "childRule", d.code(ChildRule.class), "How the definition treats a child; "
        + "all-purposes when left out.");
    prop(o, "childRulePurposes", set(d.code(ExploitationPurpose.class)), "The purposes the "
        + "child rule is limited to, if it is.");
    prop(o, "childAge", integer(), "The age under which a person is a child; 18 when left "
        + "out.");
    prop(o, "childAgeProvision", d.ref("Provision", () -> provision(d)), "The provision "
        + "fixing the child age.");
    prop(o, "personScope", d.code(PersonScope.class), "Whom the definition protects; "
        + "all-persons when left out.");
    prop(o, "movementRequirement", d.code(MovementRequirement.class), "Whether the definition "
        + "requires movement; not-required when left out.");
    prop(o, "smugglingRequiresMaterialBenefit", bool(), "Whether smuggling requires a "
        + "material benefit; true when left out.");
    prop(o, "consentProvision", d.ref("Provision", () -> provision(d)), "The provision on the "
        + "irrelevance of consent.");
    prop(o, "boundBy", set(d.ref("Instrument", () -> instrument(d))), "The instruments the "
        + "jurisdiction is bound by.");
    prop(o, "nonPunishment", d.code(NonPunishment.class), "The non-punishment rule; none when "
        + "left out.");
    prop(o, "nonPunishmentProvision", d.ref("Provision", () -> provision(d)), "The provision "
        + "of the non-punishment rule.");
    prop(o, "reflectionPeriodDays", integer(), "The length of the recovery and reflection "
        + "period, in days.");
    prop(o, "minimumCustodyMonths", integer(), "The lowest maximum custodial penalty the "
        + "law must provide for trafficking, in months (a sanctions floor), if the profile sets "
        + "one.");
    prop(o, "sourceNotes", array(d.ref("SourceNote", () -> sourceNote(d))), "Point by point, "
        + "the source of the profile and whether it was verified.");
    required(o, "id", "name", "version", "effectiveFrom", "definition");
    return o;
  }

  private static ObjectNode sourceNote(Defs d) {
    ObjectNode o = object("The source of one point of a profile.");
    prop(o, "point", string(), "The point of the profile.");
    prop(o, "source", string(), "Where it comes from.");
    prop(o, "verification", d.code(Verification.class), "How far it was verified.");
    required(o, "point", "source", "verification");
    return o;
  }

  private static ObjectNode assessment(Defs d) {
    ObjectNode o = object("The assessment of one conduct under one jurisdiction's definition "
        + "of trafficking in persons (TIP Protocol art. 3): the outcome, the status of each "
        + "element, the consent rule applied, the age at the time of the conduct and a cited "
        + "explanation.");
    prop(o, "jurisdictionId", string(), "The jurisdiction assessed under.");
    prop(o, "profileVersion", string(), "The version of its profile.");
    prop(o, "outcome", d.code(Outcome.class), "The outcome.");
    prop(o, "elements", codeMap(d, DefinitionElement.class, d.code(ElementStatus.class)),
        "The status of each element, keyed by the element's code.");
    prop(o, "undecided", set(d.code(DefinitionElement.class)), "The elements whose facts are "
        + "unknown.");
    prop(o, "consent", d.code(Consent.class), "The consent recorded.");
    prop(o, "consentRule", d.code(ConsentRule.class), "How consent was treated (TIP Protocol "
        + "art. 3(b), 3(c)).");
    prop(o, "conductDate", date(), "When the conduct began, if known.");
    prop(o, "ageAtConduct", d.ref("AgeRange", Schemas::ageRange), "The victim's age when the "
        + "conduct began.");
    prop(o, "child", d.code(Truth.class), "Whether the victim was a child.");
    prop(o, "presumedChild", bool(), "Whether the victim is presumed a child (uncertain age).");
    prop(o, "ifChild", d.code(Outcome.class), "The outcome if the victim was a child, when the "
        + "age is uncertain.");
    prop(o, "ifAdult", d.code(Outcome.class), "The outcome if the victim was an adult, when "
        + "the age is uncertain.");
    prop(o, "steps", array(d.ref("ExplanationStep", () -> step(d))), "The explanation, step "
        + "by step, each with its citation.");
    required(o, "jurisdictionId", "profileVersion", "outcome", "consent", "consentRule",
        "ageAtConduct", "child", "presumedChild");
    return o;
  }

  private static ObjectNode smugglingAssessment(Defs d) {
    ObjectNode o = object("The assessment of a conduct under the definition of the smuggling "
        + "of migrants (Smuggling Protocol art. 3(a)).");
    prop(o, "outcome", d.code(Outcome.class), "The outcome.");
    prop(o, "elements", codeMap(d, SmugglingElement.class, d.code(ElementStatus.class)),
        "The status of each element, keyed by the element's code.");
    prop(o, "lifeOrSafetyEndangered", d.code(Truth.class), "Aggravation: life or safety "
        + "endangered (art. 6(3)(a)).");
    prop(o, "inhumanOrDegradingTreatment", d.code(Truth.class), "Aggravation: inhuman or "
        + "degrading treatment (art. 6(3)(b)).");
    prop(o, "steps", array(d.ref("ExplanationStep", () -> step(d))), "The explanation.");
    required(o, "outcome", "lifeOrSafetyEndangered", "inhumanOrDegradingTreatment");
    return o;
  }

  private static ObjectNode step(Defs d) {
    ObjectNode o = object("One step of an explanation: the rule applied, in words, and its "
        + "citation.");
    prop(o, "rule", string(), "The rule's id.");
    prop(o, "text", string(), "What was decided, for people.");
    prop(o, "citation", d.ref("Provision", () -> provision(d)), "The provision applied.");
    required(o, "rule", "text", "citation");
    return o;
  }

  private static ObjectNode ageRange() {
    ObjectNode o = object("An age range in years: min and max, or min 0 and no max when the "
        + "age is unknown.");
    ObjectNode min = integer();
    min.put("minimum", 0);
    prop(o, "min", min, "The lowest age.");
    prop(o, "max", integer(), "The highest age; left out when unknown.");
    required(o, "min");
    return o;
  }

  private static ObjectNode report(Defs d) {
    ObjectNode o = object("A report: every problem found in a document or a case (reading, "
        + "validation, safeguard checks), each with its stable code and JSON pointer.");
    prop(o, "problems", array(d.ref("Problem", () -> problem(d))), "The problems, in order.");
    return o;
  }

  private static ObjectNode problem(Defs d) {
    ObjectNode o = object("One problem.");
    ObjectNode code = string();
    code.put("minLength", 1);
    prop(o, "code", code, "The stable code, e.g. PAL-J-0008, PAL-V-0001, PAL-S-0001.");
    prop(o, "severity", d.code(Severity.class), "How serious it is.");
    ObjectNode path = string();
    path.put("format", "json-pointer");
    prop(o, "path", path, "Where: a JSON pointer (RFC 6901) into the document.");
    prop(o, "message", string(), "What is wrong, for people; never repeats a value of the "
        + "document.");
    prop(o, "citation", d.ref("Provision", () -> provision(d)), "The provision involved.");
    prop(o, "remedy", string(), "What to do about it.");
    required(o, "code", "severity", "path", "message");
    return o;
  }

  // --- shared types ------------------------------------------------------------------------------

  private static ObjectNode provision(Defs d) {
    ObjectNode o = object("A citation: an instrument and a pinpoint within it.");
    prop(o, "instrument", d.ref("Instrument", () -> instrument(d)), "The instrument.");
    ObjectNode pinpoint = string();
    pinpoint.put("minLength", 1);
    prop(o, "pinpoint", pinpoint, "The article and its bracketed sub-divisions, e.g. 3(a).");
    prop(o, "text", string(), "The citation for people, e.g. TIP Protocol art. 3(a); written, "
        + "ignored on reading.");
    required(o, "instrument", "pinpoint");
    return o;
  }

  private static ObjectNode instrument(Defs d) {
    ObjectNode o = F.objectNode();
    o.put("description", "A legal instrument: the code of a built-in instrument, or a "
        + "user-defined instrument written out in full.");
    ArrayNode types = o.putArray("type");
    types.add("string");
    types.add("object");
    ObjectNode ifString = o.putObject("if");
    ifString.put("type", "string");
    o.set("then", d.ref("InstrumentCode", Schemas::instrumentCode));
    o.set("else", d.ref("UserInstrument", () -> userInstrument(d)));
    return o;
  }

  private static ObjectNode instrumentCode() {
    ObjectNode o = string();
    StringBuilder sb = new StringBuilder("The code of a built-in instrument:");
    ArrayNode e = o.putArray("enum");
    for (Instrument i : Instrument.builtIns()) {
      e.add(i.code());
      sb.append(' ').append(i.code()).append(" (").append(i.title())
          .append(i.year().isPresent() ? ", " + i.year().getAsInt() : "").append(");");
    }
    sb.setLength(sb.length() - 1);
    o.put("description", sb.append('.').toString());
    return o;
  }

  private static ObjectNode userInstrument(Defs d) {
    ObjectNode o = object("A user-defined instrument.");
    ObjectNode code = string();
    code.put("pattern", INSTRUMENT_CODE);
    code.put("maxLength", 64);
    prop(o, "code", code, "Lower-case words joined by hyphens, not the code of a built-in "
        + "instrument.");
    prop(o, "shortName", string(), "A short name for citations.");
    prop(o, "title", string(), "The full title.");
    prop(o, "year", integer(), "The year of adoption, if known.");
    prop(o, "kind", d.code(InstrumentKind.class), "The kind of instrument.");
    prop(o, "pinpointPrefix", string(), "What comes before a pinpoint, e.g. art.");
    required(o, "code", "shortName", "title", "kind", "pinpointPrefix");
    return o;
  }

  private static <C extends Enum<C> & Code> ObjectNode factSet(Defs d, Class<C> type) {
    ObjectNode o = object("A three-valued fact set of " + type.getSimpleName() + ": the codes "
        + "known to be true, false or unknown, and the truth of every code not listed "
        + "(others; unknown when left out).");
    for (Truth t : List.of(Truth.TRUE, Truth.FALSE, Truth.UNKNOWN)) {
      prop(o, t.code(), set(d.code(type)), "The codes that are " + t.code() + ".");
    }
    prop(o, "others", d.code(Truth.class), "The truth of the codes not listed.");
    return o;
  }

  private static <K extends Enum<K> & Code> ObjectNode codeMap(Defs d, Class<K> keys,
      JsonNode values) {
    ObjectNode o = F.objectNode();
    o.put("type", "object");
    o.set("propertyNames", d.code(keys));
    o.set("additionalProperties", values);
    return o;
  }

  private static ObjectNode dateSpan() {
    ObjectNode o = object("A span of days; no end means ongoing.");
    prop(o, "start", date(), "The first day.");
    prop(o, "end", date(), "The last day; left out when ongoing.");
    required(o, "start");
    return o;
  }

  private static ObjectNode personId() {
    ObjectNode o = string();
    o.put("description", "An opaque person id: 1-64 letters, digits, '.', '_' or '-', starting "
        + "with a letter or digit.");
    o.put("pattern", PERSON_ID);
    return o;
  }

  private static ObjectNode country() {
    ObjectNode o = string();
    o.put("description", "An assigned ISO 3166-1 alpha-2 country code, upper case, e.g. IT.");
    o.put("pattern", COUNTRY);
    return o;
  }

  private static ObjectNode partialDate() {
    ObjectNode o = string();
    o.put("pattern", PARTIAL_DATE);
    return o;
  }

  private static ObjectNode date() {
    ObjectNode o = string();
    o.put("format", "date");
    return o;
  }

  private static ObjectNode string() {
    ObjectNode o = F.objectNode();
    o.put("type", "string");
    return o;
  }

  private static ObjectNode integer() {
    ObjectNode o = F.objectNode();
    o.put("type", "integer");
    return o;
  }

  private static ObjectNode bool() {
    ObjectNode o = F.objectNode();
    o.put("type", "boolean");
    return o;
  }

  private static ObjectNode array(JsonNode items) {
    ObjectNode o = F.objectNode();
    o.put("type", "array");
    o.set("items", items);
    return o;
  }

  private static ObjectNode set(JsonNode items) {
    ObjectNode o = array(items);
    o.put("uniqueItems", true);
    return o;
  }

  private static ObjectNode object(String description) {
    ObjectNode o = F.objectNode();
    if (description != null) {
      o.put("description", description);
    }
    o.put("type", "object");
    o.putObject("properties");
    o.put("additionalProperties", false);
    return o;
  }

  private static void prop(ObjectNode o, String name, JsonNode schema, String description) {
    ObjectNode s = ((ObjectNode) schema).deepCopy();
    if (description != null) {
      s.put("description", description);
    }
    ((ObjectNode) o.get("properties")).set(name, s);
  }

  private static void required(ObjectNode o, String... names) {
    ArrayNode r = o.putArray("required");
    for (String n : names) {
      r.add(n);
    }
  }

  /**
   * The schema of a code system: an enum of its codes, described with the provision that defines
   * each value.
   *
   * @param type a code system of the registry
   * @return its schema
   */
  static <C extends Enum<C> & Code> ObjectNode codeSystem(Class<C> type) {
    if (!Codes.systems().contains(type)) {
      throw new IllegalArgumentException(type + " is not in Codes.systems()");
    }
    ObjectNode o = F.objectNode();
    StringBuilder sb = new StringBuilder("A code of ").append(type.getSimpleName())
        .append(". Each code, its label and the provision that defines it:");
    ArrayNode e = F.arrayNode();
    for (C c : type.getEnumConstants()) {
      e.add(c.code());
      sb.append(' ').append(c.code()).append(" (").append(c.label()).append("; ")
          .append(c.definedBy()).append(");");
    }
    sb.setLength(sb.length() - 1);
    o.put("title", type.getSimpleName());
    o.put("description", sb.append('.').toString());
    o.put("type", "string");
    o.set("enum", e);
    return o;
  }

  /** The {@code $defs} of one schema, each built once, sorted by name. */
  private static final class Defs {
    final Map<String, JsonNode> defs = new TreeMap<>();

    JsonNode ref(String name, Supplier<ObjectNode> build) {
      if (!defs.containsKey(name)) {
        defs.put(name, F.nullNode());
        defs.put(name, build.get());
      }
      ObjectNode r = F.objectNode();
      r.put("$ref", "#/$defs/" + name);
      return r;
    }

    <C extends Enum<C> & Code> JsonNode code(Class<C> type) {
      return ref(type.getSimpleName(), () -> codeSystem(type));
    }
  }
}
