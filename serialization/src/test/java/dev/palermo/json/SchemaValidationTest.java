package dev.palermo.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.SchemaLocation;
import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.SmugglingDefinition;
import dev.palermo.casefile.Case;
import dev.palermo.comparison.ConformityCheck;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.law.Instrument;
import dev.palermo.law.InstrumentKind;
import dev.palermo.law.Provision;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import dev.palermo.report.Severity;
import dev.palermo.testkit.PalermoGenerators;
import dev.palermo.vocabulary.Code;
import dev.palermo.vocabulary.Codes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every serialized generated or built-in object validates against its schema; invalid variants
 * fail with the right {@code PAL-S} code and pointer; the bundled examples validate and the
 * invalid one does not.
 */
class SchemaValidationTest {
  private static final long SEED = 20_261_124L;
  static final Path EXAMPLES = Path.of("..", "examples", "cases");

  static void assertValid(Object value, SchemaKind kind) {
    JsonNode tree = PalermoJson.toTree(value);
    assertThat(SchemaValidation.validate(tree, kind).problems()).as("%s", tree).isEmpty();
  }

  static List<String> rendered(Report r) {
    return r.problems().stream().map(p -> p.code() + " " + p.path())
        .collect(Collectors.toList());
  }

  // --- conforming documents ----------------------------------------------------------------------

  @Test
  void everyGeneratedCaseConforms() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(PalermoGenerators.cases())
        .checkAssert(c -> assertValid(c, SchemaKind.CASE));
  }

  @Test
  void everyGeneratedPersonAndConductConformsInsideACase() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(PalermoGenerators.persons(), PalermoGenerators.conducts())
        .checkAssert((p, c) -> assertValid(Case.builder().id("generated").addPersons(p)
            .addConducts(c).build(), SchemaKind.CASE));
  }

  @Test
  void everySmugglingConductConformsInsideACase() {
    qt().withFixedSeed(SEED).withExamples(100).forAll(PalermoGenerators.smugglingOnly())
        .checkAssert(s -> assertValid(Case.builder().id("smuggling").addPersons(s.person())
            .addConducts(s.conduct()).build(), SchemaKind.CASE));
  }

  @Test
  void everyAssessmentUnderEveryBuiltInJurisdictionConforms() {
    qt().withFixedSeed(SEED).withExamples(100).forAll(PalermoGenerators.scenarios())
        .checkAssert(s -> {
          for (Jurisdiction j : Jurisdictions.all()) {
            for (JurisdictionProfile p : j.versions()) {
              DefinitionAssessment a = dev.palermo.assessment.TraffickingDefinition
                  .assess(s.conduct(), s.person(), p);
              assertValid(a, SchemaKind.ASSESSMENT);
            }
          }
        });
  }

  @Test
  void assessmentsOfUncertainAgeConform() {
    qt().withFixedSeed(SEED).withExamples(100).forAll(PalermoGenerators.unknownAge())
        .checkAssert(s -> assertValid(s.assess(Jurisdictions.PROTOCOL), SchemaKind.ASSESSMENT));
  }

  @Test
  void smugglingAssessmentsConformToTheirDefinition() {
    com.networknt.schema.Schema smuggling = SchemaValidation.registry().getSchema(
        SchemaLocation.of(SchemaKind.ASSESSMENT.id() + "#/$defs/SmugglingAssessment"));
    qt().withFixedSeed(SEED).withExamples(100).forAll(PalermoGenerators.scenarios())
        .checkAssert(s -> {
          JsonNode tree = PalermoJson.toTree(SmugglingDefinition.assess(s.conduct(),
              s.person()));
          assertThat(smuggling.validate(tree)).as("%s", tree).isEmpty();
        });
    assertThat(smuggling.validate(PalermoJson.mapper().readTree("{\"outcome\":\"x\"}")))
        .isNotEmpty();
  }

  @Test
  void everyBuiltInProfileConforms() {
    int n = 0;
    for (Jurisdiction j : Jurisdictions.all()) {
      for (JurisdictionProfile p : j.versions()) {
        assertValid(p, SchemaKind.PROFILE);
        n++;
      }
    }
    assertThat(n).isGreaterThanOrEqualTo(8);
  }

  @Test
  void aProfileWithAUserDefinedInstrumentConforms() {
    Instrument statute = Instrument.of("xx-penal-code", "Penal Code (XX)", "Penal Code of XX",
        2019, InstrumentKind.NATIONAL_LAW, "s.");
    JurisdictionProfile p = Jurisdictions.PROTOCOL.latest().withId("xx").withName("XX")
        .withDefinition(Provision.of(statute, "301(2)(b)")).withBoundBy(statute,
            Instrument.TIP_PROTOCOL).withChildAge(16).withAdultMeansRequired(false)
        .withReflectionPeriodDays(30);
    assertValid(p, SchemaKind.PROFILE);
  }

  /** Problems of every severity, with and without citations and remedies, odd pointers. */
  static Gen<Problem> problems() {
    List<Provision> citations = Codes.systems().stream()
        .flatMap(c -> Stream.of(c.getEnumConstants())).map(Code::definedBy).distinct()
        .collect(Collectors.toList());
    Gen<JsonPointer> pointers = SourceDSL.lists().of(Generate.pick(List.<Object>of("persons",
        0, 1, "a/b", "c~d", "é", "", 12))).ofSizeBetween(0, 4)
        .map(tokens -> JsonPointer.of(tokens.toArray()));
    Gen<String> codes = SourceDSL.integers().between(1, 9999).zip(Generate.pick(List.of("J",
        "V", "S", "C")), (n, letter) -> String.format("PAL-%s-%04d", letter, n));
    Gen<String> texts = SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(1, 40);
    return codes.zip(Generate.enumValues(Severity.class), pointers, texts,
        (code, severity, at, message) -> Problem.of(code, severity, at, message))
        .zip(SourceDSL.integers().between(0, citations.size() * 2), texts, (p, i, remedy) -> {
          Problem out = p;
          if (i < citations.size()) {
            out = out.withCitation(citations.get(i));
          }
          return i % 2 == 0 ? out.withRemedy(remedy) : out;
        });
  }

  @Test
  void generatedReportsConform() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(SourceDSL.lists().of(problems()).ofSizeBetween(0, 6))
        .checkAssert(list -> assertValid(Report.of(list), SchemaKind.REPORT));
  }

  @Test
  void reportsOfReadingSchemaValidationAndConformityConform() throws IOException {
    String invalid = Files.readString(EXAMPLES.resolve("invalid/invalid-case.json"));
    assertValid(PalermoJson.reader().readCase(invalid).report(), SchemaKind.REPORT);
    assertValid(SchemaValidation.validate(invalid, SchemaKind.CASE), SchemaKind.REPORT);
    List<Problem> shortfalls = new ArrayList<>();
    for (Jurisdiction j : Jurisdictions.all()) {
      ConformityCheck.check(j.latest()).shortfalls().forEach(s -> shortfalls.add(Problem.of(
          "PAL-X-0001", Severity.WARNING, JsonPointer.root(), s.message())
          .withCitation(s.citation())));
    }
    assertValid(Report.of(shortfalls), SchemaKind.REPORT);
  }

  // --- invalid variants --------------------------------------------------------------------------

  /** A change to a conforming case document and the one problem it must cause. */
  interface Mutation {
    void apply(ObjectNode doc);
  }

  static void assertOnly(ObjectNode doc, SchemaKind kind, Mutation m, SchemaProblemCode code,
      JsonPointer at) {
    ObjectNode copy = doc.deepCopy();
    m.apply(copy);
    Report r = SchemaValidation.validate(copy, kind);
    assertThat(rendered(r)).as("%s", copy).containsExactly(code.code() + " " + at);
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.severity()).isEqualTo(
        Severity.ERROR));
  }

  static ObjectNode first(ObjectNode doc, String array) {
    return (ObjectNode) doc.get(array).get(0);
  }

  @Test
  void invalidVariantsOfGeneratedCasesFailWithTheirCodeAndPointer() {
    qt().withFixedSeed(SEED).withExamples(100).forAll(PalermoGenerators.cases())
        .assuming(c -> !c.persons().isEmpty() && !c.conducts().isEmpty())
        .checkAssert(c -> {
          ObjectNode doc = (ObjectNode) PalermoJson.toTree(c);
          JsonPointer person = JsonPointer.of("persons", 0);
          JsonPointer conduct = JsonPointer.of("conducts", 0);
          assertOnly(doc, SchemaKind.CASE, d -> d.put("name", "x"),
              SchemaProblemCode.UNKNOWN_PROPERTY, JsonPointer.of("name"));
          assertOnly(doc, SchemaKind.CASE, d -> first(d, "persons").put("name", "x"),
              SchemaProblemCode.UNKNOWN_PROPERTY, person.child("name"));
          assertOnly(doc, SchemaKind.CASE, d -> first(d, "conducts").put("colour", "red"),
              SchemaProblemCode.UNKNOWN_PROPERTY, conduct.child("colour"));
          assertOnly(doc, SchemaKind.CASE, d -> first(d, "persons").put("gender", "unicorn"),
              SchemaProblemCode.UNKNOWN_CODE, person.child("gender"));
          assertOnly(doc, SchemaKind.CASE, d -> first(d, "conducts").put("consent", "maybe"),
              SchemaProblemCode.UNKNOWN_CODE, conduct.child("consent"));
          assertOnly(doc, SchemaKind.CASE, d -> first(d, "conducts").putObject("means")
                  .putArray("true").add("bribery"),
              SchemaProblemCode.UNKNOWN_CODE, conduct.child("means").child("true").child(0));
          assertOnly(doc, SchemaKind.CASE, d -> d.put("id", 42),
              SchemaProblemCode.WRONG_TYPE, JsonPointer.of("id"));
          assertOnly(doc, SchemaKind.CASE, d -> d.put("persons", "everyone"),
              SchemaProblemCode.WRONG_TYPE, JsonPointer.of("persons"));
          assertOnly(doc, SchemaKind.CASE, d -> first(d, "conducts").put("period", "2024"),
              SchemaProblemCode.WRONG_TYPE, conduct.child("period"));
          assertOnly(doc, SchemaKind.CASE, d -> d.remove("id"),
              SchemaProblemCode.MISSING_PROPERTY, JsonPointer.of("id"));
          assertOnly(doc, SchemaKind.CASE, d -> first(d, "persons").remove("id"),
              SchemaProblemCode.MISSING_PROPERTY, person.child("id"));
          assertOnly(doc, SchemaKind.CASE, d -> first(d, "conducts").remove("victim"),
              SchemaProblemCode.MISSING_PROPERTY, conduct.child("victim"));
          assertOnly(doc, SchemaKind.CASE, d -> first(d, "conducts").putObject("period")
                  .put("start", "2024-13-45"),
              SchemaProblemCode.MALFORMED_VALUE, conduct.child("period").child("start"));
          assertOnly(doc, SchemaKind.CASE, d -> first(d, "persons").putArray("nationalities")
                  .add("it"),
              SchemaProblemCode.PATTERN_MISMATCH, person.child("nationalities").child(0));
          assertOnly(doc, SchemaKind.CASE, d -> first(d, "persons").putArray("nationalities")
                  .add("IT").add("IT"),
              SchemaProblemCode.DUPLICATE_VALUE, person.child("nationalities"));
          assertOnly(doc, SchemaKind.CASE, d -> first(d, "persons").putObject("ageEvidence")
                  .put("kind", "date-of-birth"),
              SchemaProblemCode.MISSING_PROPERTY, person.child("ageEvidence").child("date"));
          assertOnly(doc, SchemaKind.CASE, d -> first(d, "persons").putObject("ageEvidence")
                  .put("kind", "unknown").put("date", "2000"),
              SchemaProblemCode.UNKNOWN_PROPERTY, person.child("ageEvidence").child("date"));
        });
  }

  @Test
  void invalidVariantsOfBuiltInProfilesFailWithTheirCodeAndPointer() {
    for (Jurisdiction j : Jurisdictions.all()) {
      ObjectNode doc = (ObjectNode) PalermoJson.toTree(j.latest());
      assertOnly(doc, SchemaKind.PROFILE, d -> d.put("colour", "red"),
          SchemaProblemCode.UNKNOWN_PROPERTY, JsonPointer.of("colour"));
      assertOnly(doc, SchemaKind.PROFILE, d -> d.put("effectiveFrom", "2020-02-30"),
          SchemaProblemCode.MALFORMED_VALUE, JsonPointer.of("effectiveFrom"));
      assertOnly(doc, SchemaKind.PROFILE, d -> ((ObjectNode) d.get("definition"))
              .put("instrument", "no-such-instrument"),
          SchemaProblemCode.UNKNOWN_CODE, JsonPointer.of("definition", "instrument"));
      assertOnly(doc, SchemaKind.PROFILE, d -> d.putObject("elementProvisions")
              .set("bogus", d.get("definition")),
          SchemaProblemCode.UNKNOWN_CODE, JsonPointer.of("elementProvisions", "bogus"));
      assertOnly(doc, SchemaKind.PROFILE, d -> d.putArray("boundBy").add(3),
          SchemaProblemCode.WRONG_TYPE, JsonPointer.of("boundBy", 0));
      assertOnly(doc, SchemaKind.PROFILE, d -> d.remove("definition"),
          SchemaProblemCode.MISSING_PROPERTY, JsonPointer.of("definition"));
      assertOnly(doc, SchemaKind.PROFILE, d -> d.put("childAge", "eighteen"),
          SchemaProblemCode.WRONG_TYPE, JsonPointer.of("childAge"));
    }
  }

  @Test
  void invalidVariantsOfAssessmentsAndReportsFailWithTheirCodeAndPointer() {
    qt().withFixedSeed(SEED).withExamples(50).forAll(PalermoGenerators.scenarios())
        .checkAssert(s -> {
          ObjectNode doc = (ObjectNode) PalermoJson.toTree(s.assess(Jurisdictions.PROTOCOL));
          assertOnly(doc, SchemaKind.ASSESSMENT, d -> d.put("outcome", "guilty"),
              SchemaProblemCode.UNKNOWN_CODE, JsonPointer.of("outcome"));
          assertOnly(doc, SchemaKind.ASSESSMENT, d -> d.remove("presumedChild"),
              SchemaProblemCode.MISSING_PROPERTY, JsonPointer.of("presumedChild"));
          assertOnly(doc, SchemaKind.ASSESSMENT, d -> d.put("presumedChild", "no"),
              SchemaProblemCode.WRONG_TYPE, JsonPointer.of("presumedChild"));
          assertOnly(doc, SchemaKind.ASSESSMENT, d -> ((ObjectNode) d.get("ageAtConduct"))
                  .put("min", -1),
              SchemaProblemCode.OUT_OF_RANGE, JsonPointer.of("ageAtConduct", "min"));
        });
    ObjectNode report = (ObjectNode) PalermoJson.toTree(Report.of(List.of(Problem.of(
        "PAL-J-0001", Severity.ERROR, JsonPointer.of("a"), "m"))));
    assertOnly(report, SchemaKind.REPORT, d -> first(d, "problems").put("severity", "fatal"),
        SchemaProblemCode.UNKNOWN_CODE, JsonPointer.of("problems", 0, "severity"));
    assertOnly(report, SchemaKind.REPORT, d -> first(d, "problems").put("path", "a/b"),
        SchemaProblemCode.MALFORMED_VALUE, JsonPointer.of("problems", 0, "path"));
    assertOnly(report, SchemaKind.REPORT, d -> first(d, "problems").remove("message"),
        SchemaProblemCode.MISSING_PROPERTY, JsonPointer.of("problems", 0, "message"));
  }

  @Test
  void eachKindOfEventHasItsOwnClosedSchema() {
    ObjectNode doc = (ObjectNode) PalermoJson.mapper().readTree("{\"id\":\"e\"}");
    ArrayNode events = doc.putArray("events");
    events.addObject().put("event", "identification").put("person", "p1")
        .put("status", "possible-victim").put("screeningCompleted", "true");
    events.addObject().put("event", "detention").put("person", "p1")
        .put("type", "closed-shelter").put("routinePolicy", "false");
    assertThat(SchemaValidation.validate(doc, SchemaKind.CASE).problems()).isEmpty();
    // A property of another kind of event, a missing required code, an unknown kind.
    events.addObject().put("event", "identification").put("person", "p1")
        .put("status", "identified").put("routinePolicy", "true");
    events.addObject().put("event", "assistance").put("person", "p1").put("type", "medical");
    events.addObject().put("event", "party");
    assertThat(rendered(SchemaValidation.validate(doc, SchemaKind.CASE))).contains(
        "PAL-S-0001 /events/2/routinePolicy", "PAL-S-0002 /events/3/status",
        "PAL-S-0004 /events/4/event", "PAL-S-0002 /events/4/person");
  }

  @Test
  void anUnknownCodeIsReportedWithTheAllowedCodesButNotTheValue() {
    Report r = SchemaValidation.validate("{\"id\":\"c\",\"persons\":[{\"id\":\"p\","
        + "\"gender\":\"secretvalue\"}]}", SchemaKind.CASE);
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.remedy()).contains("use one of: female, male, other");
      assertThat(p.toString()).doesNotContain("secretvalue");
    });
  }

  // --- the bundled examples ----------------------------------------------------------------------

  static List<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void theBundledExamplesConformAndRead() throws IOException {
    List<Path> files = examples();
    assertThat(files).hasSizeGreaterThanOrEqualTo(12);
    for (Path f : files) {
      String json = Files.readString(f, StandardCharsets.UTF_8);
      assertThat(SchemaValidation.validate(json, SchemaKind.CASE).problems()).as("%s", f)
          .isEmpty();
      assertThat(SchemaValidatingReader.strict().readCase(json).report().problems())
          .as("%s", f).isEmpty();
    }
  }

  @Test
  void theInvalidExampleDoesNotConform() throws IOException {
    String json = Files.readString(EXAMPLES.resolve("invalid/invalid-case.json"));
    Report r = SchemaValidation.validate(json, SchemaKind.CASE);
    assertThat(rendered(r)).containsExactly(
        "PAL-S-0001 /persons/0/name",
        "PAL-S-0004 /conducts/0/means/true/0",
        "PAL-S-0004 /conducts/0/consent",
        "PAL-S-0005 /conducts/0/period/start",
        "PAL-S-0001 /conducts/0/colour");
    assertThat(r.render()).doesNotContain("Ama").doesNotContain("bribery")
        .doesNotContain("maybe").doesNotContain("red");
    ReadResult<Case> read = SchemaValidatingReader.strict().readCase(json);
    assertThat(read.isValid()).isFalse();
    assertThat(read.report()).isEqualTo(r);
  }

  // --- the reader and the registry ---------------------------------------------------------------

  @Test
  void theValidatingReaderBindsOnlyConformingDocumentsAndKeepsReadingChecks() {
    SchemaValidatingReader reader = SchemaValidatingReader.strict();
    assertThat(reader.readCase("{\"id\":\"c\"}").orElseThrow().id()).isEqualTo("c");
    // A schema cannot see a real calendar date in a partial date: the strict reader does.
    assertThat(rendered(reader.readCase("{\"id\":\"c\",\"persons\":[{\"id\":\"p\","
        + "\"ageEvidence\":{\"kind\":\"date-of-birth\",\"date\":\"2013-02-30\"}}]}").report()))
        .containsExactly("PAL-J-0013 /persons/0/ageEvidence/date");
    assertThat(rendered(reader.readCase("{\"id\":\"c\",\"id\":\"d\"}").report()))
        .containsExactly("PAL-J-0007 /id");
    assertThat(rendered(reader.readCase("{\"id\":").report())).singleElement().asString()
        .startsWith("PAL-J-0001");
    assertThat(rendered(reader.withLimits(JsonLimits.defaults().withMaxDocumentLength(5))
        .readCase("{\"id\":\"long\"}").report())).containsExactly("PAL-J-0002 ");
    assertThat(reader.read(PalermoJson.write(Jurisdictions.UNITED_KINGDOM.latest()),
        JurisdictionProfile.class).orElseThrow()).isEqualTo(Jurisdictions.UNITED_KINGDOM
        .latest());
    assertThatThrownBy(() -> reader.read("{}", dev.palermo.person.Person.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void schemasAreLoadedFromTheClassPathOnly() {
    assertThatThrownBy(() -> SchemaValidation.registry().getSchema(
        SchemaLocation.of("https://example.org/schemas/remote.schema.json")))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> SchemaValidation.registry().getSchema(
        SchemaLocation.of(SchemaKind.BASE + "nothing/1.0.0/nothing.schema.json")))
        .isInstanceOf(RuntimeException.class);
    assertThat(SchemaValidation.registry()).isSameAs(SchemaValidation.registry());
  }

  @Test
  void theKindsHaveStableNamesAndIds() {
    assertThat(Stream.of(SchemaKind.values()).map(SchemaKind::id)).containsExactly(
        "https://palermo.dev/schemas/case/1.0.0/case.schema.json",
        "https://palermo.dev/schemas/profile/1.0.0/profile.schema.json",
        "https://palermo.dev/schemas/assessment/1.0.0/assessment.schema.json",
        "https://palermo.dev/schemas/report/1.0.0/report.schema.json");
    assertThat(SchemaKind.byName("CASE")).contains(SchemaKind.CASE);
    assertThat(SchemaKind.byName("nope")).isEmpty();
    assertThat(SchemaKind.forType(Report.class)).contains(SchemaKind.REPORT);
  }
}
