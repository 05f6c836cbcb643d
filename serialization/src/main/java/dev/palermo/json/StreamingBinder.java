package dev.palermo.json;

import dev.palermo.casefile.ActRecord;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.casefile.Conduct;
import dev.palermo.casefile.Consent;
import dev.palermo.casefile.Movement;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.CountryCode;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.person.AgeAssessment;
import dev.palermo.person.AgeAssessmentMethod;
import dev.palermo.person.AgeEvidence;
import dev.palermo.person.AgeEvidenceKind;
import dev.palermo.person.DateOfBirth;
import dev.palermo.person.Gender;
import dev.palermo.person.PartialDate;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.smuggling.AssistanceMotive;
import dev.palermo.smuggling.SmugglingFacts;
import dev.palermo.vocabulary.Code;
import dev.palermo.vocabulary.Codes;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * The fast path of the strict reader: binds a valid case, person or conduct document straight
 * from the parser, in one pass, with no tree, no JSON pointers and no problem list. It accepts
 * only what the strict {@link Decoder} accepts and builds the same value; at the first thing it
 * does not expect (an unknown or repeated property, a null, a wrong type, an unknown code, a
 * malformed date or id, a value the model rejects, a syntax error, a limit exceeded, or simply a
 * shape it does not handle, such as age evidence of kind {@code unknown}) it gives up and returns
 * null, and {@link PalermoReader} reads the document again through {@link TreeBuilder} and
 * {@link Decoder}, which report every problem with its exact pointer and code. So the problems
 * reported for an invalid document are the same as without the fast path, and a valid document
 * is read once. Case events, rare and of many kinds, are bound through the tree of each event
 * ({@link TreeBuilder} and {@link Decoder#event}), still in the same pass.
 *
 * <p>Stateless and thread-safe; has no instances; internal.
 */
final class StreamingBinder {
  /** Thrown to give up; carries nothing and has no stack trace. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super(null, null, false, false);
    }
  }

  private StreamingBinder() {}

  /**
   * Whether documents of a type have a fast path.
   *
   * @param type the document type
   * @return true for cases, persons and conducts
   */
  static boolean supports(Class<?> type) {
    return type == Case.class || type == Person.class || type == Conduct.class;
  }

  /**
   * Binds a whole document, which must be the only value of the input.
   *
   * @param p a parser at the start of the input
   * @param type a type {@link #supports supported}
   * @return the value, or null to read the document the slow way
   */
  static Object read(JsonParser p, Class<?> type) {
    try {
      p.nextToken();
      Object value;
      if (type == Case.class) {
        value = caseFile(p);
      } else if (type == Person.class) {
        value = person(p);
      } else if (type == Conduct.class) {
        value = conduct(p);
      } else {
        return null;
      }
      return p.nextToken() == null ? value : null;
    } catch (GiveUp | JacksonException e) {
      return null;
    } catch (RuntimeException e) {
      // The model rejected a value (the Decoder reports it as a PAL-J invalid value); anything
      // else unforeseen also takes the slow path, which reports exactly what is wrong.
      return null;
    }
  }

  // --- the model (each reader starts on its START_OBJECT and ends on its END_OBJECT) ----------

  private static Case caseFile(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    Case.Builder b = Case.builder();
    String id = null;
    int seen = 0;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "id":
          seen = once(seen, 1);
          id = string(p);
          break;
        case "persons":
          seen = once(seen, 2);
          expect(p, JsonToken.START_ARRAY);
          while (nextItem(p)) {
            b.addPersons(person(p));
          }
          break;
        case "conducts":
          seen = once(seen, 4);
          expect(p, JsonToken.START_ARRAY);
          while (nextItem(p)) {
            b.addConducts(conduct(p));
          }
          break;
        case "events":
          seen = once(seen, 8);
          expect(p, JsonToken.START_ARRAY);
          while (nextItem(p)) {
            b.addEvents(event(p));
          }
          break;
        default:
          throw GiveUp.INSTANCE;
      }
    }
    require(id);
    return b.id(id).build();
  }

  /** An event, bound through its own small tree and the Decoder. */
  private static CaseEvent event(JsonParser p) {
    List<Problem> problems = new ArrayList<>(0);
    JsonNode tree = TreeBuilder.read(p, false, problems);
    if (tree == null || !problems.isEmpty()) {
      throw GiveUp.INSTANCE;
    }
    CaseEvent e = new Decoder(false, problems).event(tree, JsonPointer.root());
    if (e == null || !problems.isEmpty()) {
      throw GiveUp.INSTANCE;
    }
    return e;
  }

  private static Person person(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    PersonId id = null;
    AgeEvidence age = null;
    Gender gender = null;
    Set<CountryCode> nationalities = null;
    int seen = 0;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "id":
          seen = once(seen, 1);
          id = personId(p);
          break;
        case "ageEvidence":
          seen = once(seen, 2);
          age = ageEvidence(p);
          break;
        case "gender":
          seen = once(seen, 4);
          gender = code(p, Gender.class);
          break;
        case "nationalities":
          seen = once(seen, 8);
          expect(p, JsonToken.START_ARRAY);
          while (nextItem(p)) {
            nationalities = distinct(nationalities, country(p));
          }
          break;
        default:
          throw GiveUp.INSTANCE;
      }
    }
    require(id);
    Person.Builder b = Person.builder().id(id);
    if (nationalities != null) {
      b.nationalities(nationalities);
    }
    if (age != null) {
      b.ageEvidence(age);
    }
    if (gender != null) {
      b.gender(gender);
    }
    return b.build();
  }

  /** Age evidence by date of birth or by assessment; any other kind gives up. */
  private static AgeEvidence ageEvidence(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    AgeEvidenceKind kind = null;
    PartialDate date = null;
    int minAge = 0;
    int maxAge = 0;
    AgeAssessmentMethod method = null;
    LocalDate assessedOn = null;
    int seen = 0;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "kind":
          seen = once(seen, 1);
          kind = code(p, AgeEvidenceKind.class);
          break;
        case "date":
          seen = once(seen, 2);
          date = partialDate(p);
          break;
        case "minAge":
          seen = once(seen, 4);
          minAge = integer(p);
          break;
        case "maxAge":
          seen = once(seen, 8);
          maxAge = integer(p);
          break;
        case "method":
          seen = once(seen, 16);
          method = code(p, AgeAssessmentMethod.class);
          break;
        case "assessedOn":
          seen = once(seen, 32);
          assessedOn = date(p);
          break;
        default:
          throw GiveUp.INSTANCE;
      }
    }
    if (kind == AgeEvidenceKind.DATE_OF_BIRTH && seen == (1 | 2)) {
      return DateOfBirth.of(date);
    } else if (kind == AgeEvidenceKind.ASSESSMENT && seen == (1 | 4 | 8 | 16 | 32)) {
      return AgeAssessment.of(minAge, maxAge, method, assessedOn);
    }
    throw GiveUp.INSTANCE;
  }

  private static Conduct conduct(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    Conduct.Builder b = Conduct.builder();
    PersonId victim = null;
    Set<PersonId> perpetrators = null;
    FactSet<Act> acts = null;
    FactSet<Means> means = null;
    FactSet<ExploitationPurpose> purposes = null;
    Truth occurred = null;
    Consent consent = null;
    Movement movement = null;
    Truth group = null;
    DateSpan period = null;
    SmugglingFacts smuggling = null;
    int seen = 0;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "victim":
          seen = once(seen, 1);
          victim = personId(p);
          break;
        case "perpetrators":
          seen = once(seen, 2);
          expect(p, JsonToken.START_ARRAY);
          while (nextItem(p)) {
            perpetrators = distinct(perpetrators, personId(p));
          }
          break;
        case "acts":
          seen = once(seen, 4);
          acts = factSet(p, Act.class);
          break;
        case "actRecords":
          seen = once(seen, 8);
          expect(p, JsonToken.START_ARRAY);
          while (nextItem(p)) {
            b.addActRecords(actRecord(p));
          }
          break;
        case "means":
          seen = once(seen, 16);
          means = factSet(p, Means.class);
          break;
        case "purposes":
          seen = once(seen, 32);
          purposes = factSet(p, ExploitationPurpose.class);
          break;
        case "exploitationOccurred":
          seen = once(seen, 64);
          occurred = code(p, Truth.class);
          break;
        case "consent":
          seen = once(seen, 128);
          consent = code(p, Consent.class);
          break;
        case "movement":
          seen = once(seen, 256);
          movement = code(p, Movement.class);
          break;
        case "organizedCriminalGroup":
          seen = once(seen, 512);
          group = code(p, Truth.class);
          break;
        case "period":
          seen = once(seen, 1024);
          period = dateSpan(p);
          break;
        case "smuggling":
          seen = once(seen, 2048);
          smuggling = smuggling(p);
          break;
        default:
          throw GiveUp.INSTANCE;
      }
    }
    require(victim);
    b.victim(victim);
    if (perpetrators != null) {
      b.perpetrators(perpetrators);
    }
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
  }

  private static ActRecord actRecord(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    Act act = null;
    DateSpan when = null;
    CountryCode place = null;
    Set<PersonId> by = null;
    int seen = 0;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "act":
          seen = once(seen, 1);
          act = code(p, Act.class);
          break;
        case "when":
          seen = once(seen, 2);
          when = dateSpan(p);
          break;
        case "place":
          seen = once(seen, 4);
          place = country(p);
          break;
        case "by":
          seen = once(seen, 8);
          expect(p, JsonToken.START_ARRAY);
          while (nextItem(p)) {
            by = distinct(by, personId(p));
          }
          break;
        default:
          throw GiveUp.INSTANCE;
      }
    }
    require(act);
    ActRecord.Builder b = ActRecord.builder().act(act);
    if (by != null) {
      b.by(by);
    }
    if (when != null) {
      b.when(when);
    }
    if (place != null) {
      b.place(place);
    }
    return b.build();
  }

  private static SmugglingFacts smuggling(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    SmugglingFacts.Builder b = SmugglingFacts.builder();
    int seen = 0;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "entryProcured":
          seen = once(seen, 1);
          b.entryProcured(code(p, Truth.class));
          break;
        case "illegalEntry":
          seen = once(seen, 2);
          b.illegalEntry(code(p, Truth.class));
          break;
        case "receivingState":
          seen = once(seen, 4);
          b.receivingState(country(p));
          break;
        case "notNationalOrPermanentResident":
          seen = once(seen, 8);
          b.notNationalOrPermanentResident(code(p, Truth.class));
          break;
        case "materialBenefit":
          seen = once(seen, 16);
          b.materialBenefit(code(p, Truth.class));
          break;
        case "motive":
          seen = once(seen, 32);
          b.motive(code(p, AssistanceMotive.class));
          break;
        case "lifeOrSafetyEndangered":
          seen = once(seen, 64);
          b.lifeOrSafetyEndangered(code(p, Truth.class));
          break;
        case "inhumanOrDegradingTreatment":
          seen = once(seen, 128);
          b.inhumanOrDegradingTreatment(code(p, Truth.class));
          break;
        default:
          throw GiveUp.INSTANCE;
      }
    }
    return b.build();
  }

  /** A fact set: the codes known true, false and unknown, each listed once, and the rest. */
  private static <C extends Enum<C> & Code> FactSet<C> factSet(JsonParser p, Class<C> type) {
    expect(p, JsonToken.START_OBJECT);
    Map<C, Truth> facts = Collections.emptyMap();
    Truth others = Truth.UNKNOWN;
    int seen = 0;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      Truth truth;
      switch (name) {
        case "true":
          seen = once(seen, 1);
          truth = Truth.TRUE;
          break;
        case "false":
          seen = once(seen, 2);
          truth = Truth.FALSE;
          break;
        case "unknown":
          seen = once(seen, 4);
          truth = Truth.UNKNOWN;
          break;
        case "others":
          seen = once(seen, 8);
          others = code(p, Truth.class);
          continue;
        default:
          throw GiveUp.INSTANCE;
      }
      expect(p, JsonToken.START_ARRAY);
      while (nextItem(p)) {
        if (facts.isEmpty()) {
          facts = new EnumMap<>(type);
        }
        if (facts.putIfAbsent(code(p, type), truth) != null) {
          throw GiveUp.INSTANCE;
        }
      }
    }
    return FactSet.of(facts, others);
  }

  private static DateSpan dateSpan(JsonParser p) {
    expect(p, JsonToken.START_OBJECT);
    LocalDate start = null;
    LocalDate end = null;
    int seen = 0;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "start":
          seen = once(seen, 1);
          start = date(p);
          break;
        case "end":
          seen = once(seen, 2);
          end = date(p);
          break;
        default:
          throw GiveUp.INSTANCE;
      }
    }
    require(start);
    return end == null ? DateSpan.since(start) : DateSpan.between(start, end);
  }

  // --- scalars (each reads the current token) ---------------------------------------------------

  private static String string(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw GiveUp.INSTANCE;
    }
    return p.getString();
  }

  private static int integer(JsonParser p) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() != JsonParser.NumberType.INT) {
      throw GiveUp.INSTANCE;
    }
    return p.getIntValue();
  }

  private static <C extends Enum<C> & Code> C code(JsonParser p, Class<C> type) {
    return known(Codes.find(type, string(p)).orElse(null));
  }

  private static PersonId personId(JsonParser p) {
    String text = string(p);
    if (!PersonId.isValid(text)) {
      throw GiveUp.INSTANCE;
    }
    return PersonId.of(text);   // checks again, cheaply: no regular expression
  }

  private static CountryCode country(JsonParser p) {
    String text = string(p);
    if (!CountryCode.isValid(text)) {
      throw GiveUp.INSTANCE;
    }
    return CountryCode.of(text);
  }

  /** A calendar date {@code yyyy-MM-dd}, four-digit year, as the Decoder reads it. */
  private static LocalDate date(JsonParser p) {
    String s = string(p);
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      throw GiveUp.INSTANCE;
    }
    try {
      return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    } catch (DateTimeException e) {
      throw GiveUp.INSTANCE;
    }
  }

  /** A date {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, as {@link PartialDate#parse}. */
  private static PartialDate partialDate(JsonParser p) {
    String s = string(p);
    try {
      switch (s.length()) {
        case 4:
          return PartialDate.ofYear(digits(s, 0, 4));
        case 7:
          if (s.charAt(4) == '-') {
            return PartialDate.ofYearMonth(YearMonth.of(digits(s, 0, 4), digits(s, 5, 7)));
          }
          break;
        case 10:
          if (s.charAt(4) == '-' && s.charAt(7) == '-') {
            return PartialDate.ofDate(LocalDate.of(digits(s, 0, 4), digits(s, 5, 7),
                digits(s, 8, 10)));
          }
          break;
        default:
          break;
      }
    } catch (DateTimeException e) {
      // not a real date: given up below
    }
    throw GiveUp.INSTANCE;
  }

  /** The number written with the ASCII digits {@code s[from, to)}. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw GiveUp.INSTANCE;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  // --- structure --------------------------------------------------------------------------------

  /** Marks a property seen; a repeat gives up (the tree path reports the duplicate). */
  private static int once(int seen, int bit) {
    if ((seen & bit) != 0) {
      throw GiveUp.INSTANCE;
    }
    return seen | bit;
  }

  private static void expect(JsonParser p, JsonToken token) {
    if (p.currentToken() != token) {
      throw GiveUp.INSTANCE;
    }
  }

  /** Moves to the next item of an array; false at its end; a null item gives up. */
  private static boolean nextItem(JsonParser p) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_ARRAY) {
      return false;
    }
    if (t == JsonToken.VALUE_NULL) {
      throw GiveUp.INSTANCE;
    }
    return true;
  }

  /** Adds a value to a set made on the first; a repeat gives up. */
  private static <T> Set<T> distinct(Set<T> set, T value) {
    Set<T> s = set != null ? set : new LinkedHashSet<>();
    if (!s.add(value)) {
      throw GiveUp.INSTANCE;
    }
    return s;
  }

  private static <T> T known(T value) {
    if (value == null) {
      throw GiveUp.INSTANCE;
    }
    return value;
  }

  private static void require(Object value) {
    known(value);
  }
}
