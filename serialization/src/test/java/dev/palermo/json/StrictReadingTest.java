package dev.palermo.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.palermo.casefile.Case;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.report.Problem;
import dev.palermo.report.ReportException;
import dev.palermo.report.Severity;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Strict mode: every problem of a document, each with its code and exact JSON pointer. */
class StrictReadingTest {

  static List<Problem> problems(String json) {
    ReadResult<Case> r = PalermoJson.reader().readCase(json.replace('\'', '"'));
    assertThat(r.isValid()).isFalse();
    assertThat(r.value()).isEmpty();
    return r.report().problems();
  }

  static Problem only(String json) {
    List<Problem> p = problems(json);
    assertThat(p).hasSize(1);
    return p.get(0);
  }

  @Test
  void aMinimalCaseIsValid() {
    Case c = PalermoJson.readCase("{\"id\":\"c1\"}");
    assertThat(c.id()).isEqualTo("c1");
    assertThat(c.persons()).isEmpty();
  }

  @Test
  void unknownProperty() {
    Problem p = only("{'id':'c1','persons':[{'id':'p1','name':'x'}]}");
    assertThat(p.code()).isEqualTo("PAL-J-0008");
    assertThat(p.path()).hasToString("/persons/0/name");
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void unknownCodeNamesTheCodeSystemAndTheValidCodesButNotTheValue() {
    Problem p = only("{'id':'c1','conducts':[{'victim':'p1','means':{'true':"
        + "['threat-of-force','bribery']}}]}");
    assertThat(p.code()).isEqualTo("PAL-J-0012");
    assertThat(p.path()).hasToString("/conducts/0/means/true/1");
    assertThat(p.message()).contains("Means").doesNotContain("bribery");
    assertThat(p.remedy()).get().asString().contains("threat-of-force");
  }

  @Test
  void wrongType() {
    Problem p = only("{'id':'c1','persons':[{'id':'p1','nationalities':'IT'}]}");
    assertThat(p.code()).isEqualTo("PAL-J-0010");
    assertThat(p.path()).hasToString("/persons/0/nationalities");
    assertThat(p.message()).contains("expected an array, found a string");
    assertThat(only("{'id':7}").path()).hasToString("/id");
    assertThat(only("[]").path()).hasToString("");
  }

  @Test
  void duplicateKey() {
    Problem p = only("{'id':'c1','persons':[{'id':'p1','gender':'female','gender':'male'}]}");
    assertThat(p.code()).isEqualTo("PAL-J-0007");
    assertThat(p.path()).hasToString("/persons/0/gender");
  }

  @Test
  void missingRequiredId() {
    List<Problem> p = problems("{'persons':[{'gender':'female'}]}");
    assertThat(p).extracting(Problem::code, x -> x.path().toString()).containsExactly(
        tuple("PAL-J-0009", "/id"), tuple("PAL-J-0009", "/persons/0/id"));
  }

  @Test
  void malformedDatesAreNotEchoed() {
    List<Problem> p = problems("{'id':'c1','persons':[{'id':'p1','ageEvidence':"
        + "{'kind':'date-of-birth','date':'2008-02-30'}}],'conducts':[{'victim':'p1',"
        + "'period':{'start':'1/3/2024'}}]}");
    assertThat(p).extracting(Problem::code, x -> x.path().toString()).containsExactly(
        tuple("PAL-J-0013", "/persons/0/ageEvidence/date"),
        tuple("PAL-J-0013", "/conducts/0/period/start"));
    assertThat(p).allSatisfy(x -> assertThat(x.toString()).doesNotContain("2008-02-30")
        .doesNotContain("1/3/2024"));
  }

  @Test
  void malformedIdsAndCountryCodes() {
    List<Problem> p = problems("{'id':'c1','persons':[{'id':'Jane Doe','nationalities':"
        + "['it','XX','IT','IT']}]}");
    assertThat(p).extracting(Problem::code, x -> x.path().toString()).containsExactly(
        tuple("PAL-J-0014", "/persons/0/id"),
        tuple("PAL-J-0015", "/persons/0/nationalities/0"),
        tuple("PAL-J-0015", "/persons/0/nationalities/1"),
        tuple("PAL-J-0018", "/persons/0/nationalities/3"));
    assertThat(p).allSatisfy(x -> assertThat(x.toString()).doesNotContain("Jane"));
  }

  @Test
  void nullIsNeverAValue() {
    Problem p = only("{'id':'c1','persons':[{'id':'p1','gender':null}]}");
    assertThat(p.code()).isEqualTo("PAL-J-0011");
    assertThat(p.path()).hasToString("/persons/0/gender");
  }

  @Test
  void aCodeListedTwiceInAFactSet() {
    Problem p = only("{'id':'c1','conducts':[{'victim':'p1','acts':{'true':['recruitment'],"
        + "'false':['recruitment']}}]}");
    assertThat(p.code()).isEqualTo("PAL-J-0018");
    assertThat(p.path()).hasToString("/conducts/0/acts/false/0");
  }

  @Test
  void numbersMustBeIntegers() {
    Problem p = only("{'id':'c1','persons':[{'id':'p1','ageEvidence':{'kind':'assessment',"
        + "'minAge':16.5,'maxAge':17,'method':'interview','assessedOn':'2024-01-01'}}]}");
    assertThat(p.code()).isEqualTo("PAL-J-0019");
    assertThat(p.path()).hasToString("/persons/0/ageEvidence/minAge");
  }

  @Test
  void ageEvidencePropertiesDependOnItsKind() {
    List<Problem> p = problems("{'id':'c1','persons':[{'id':'p1','ageEvidence':"
        + "{'kind':'date-of-birth','minAge':3}},{'id':'p2','ageEvidence':{'kind':'guess'}}]}");
    assertThat(p).extracting(Problem::code, x -> x.path().toString()).containsExactly(
        tuple("PAL-J-0008", "/persons/0/ageEvidence/minAge"),
        tuple("PAL-J-0009", "/persons/0/ageEvidence/date"),
        tuple("PAL-J-0012", "/persons/1/ageEvidence/kind"));
  }

  @Test
  void eventsOfUnknownKind() {
    Problem p = only("{'id':'c1','events':[{'event':'arrest','person':'p1'}]}");
    assertThat(p.code()).isEqualTo("PAL-J-0020");
    assertThat(p.path()).hasToString("/events/0/event");
    assertThat(p.message()).doesNotContain("arrest");
    assertThat(p.remedy()).hasValueSatisfying(r -> assertThat(r).contains("detention"));
  }

  @Test
  void malformedJsonStopsWithOneProblem() {
    Problem p = only("{'id':'c1','persons':[{'id':'p1',}]}");
    assertThat(p.code()).isEqualTo("PAL-J-0001");
    assertThat(p.path()).hasToString("/persons/0/id");
    assertThat(only("").code()).isEqualTo("PAL-J-0001");
    assertThat(only("{'id':'c1'} {}").code()).isEqualTo("PAL-J-0001");
  }

  @Test
  void severalErrorsInOneDocumentAreAllReported() {
    List<Problem> p = problems("{'id':'c1','colour':'red','persons':[{'id':'p1',"
        + "'gender':'f','gender':'female'},{'id':'p2','nationalities':['ZZ']}],"
        + "'conducts':[{'perpetrators':['p2'],'consent':true,'movement':'by-sea',"
        + "'period':{'start':'2024-01-01','end':'2024-13-01'},"
        + "'actRecords':[{'act':'recruitment','place':'NG','by':['p2','p2']}],"
        + "'smuggling':{'materialBenefit':'yes'}}]}");
    assertThat(p).extracting(Problem::code, x -> x.path().toString()).containsExactly(
        tuple("PAL-J-0007", "/persons/0/gender"),
        tuple("PAL-J-0008", "/colour"),
        tuple("PAL-J-0012", "/persons/0/gender"),
        tuple("PAL-J-0015", "/persons/1/nationalities/0"),
        tuple("PAL-J-0009", "/conducts/0/victim"),
        tuple("PAL-J-0018", "/conducts/0/actRecords/0/by/1"),
        tuple("PAL-J-0010", "/conducts/0/consent"),
        tuple("PAL-J-0012", "/conducts/0/movement"),
        tuple("PAL-J-0013", "/conducts/0/period/end"),
        tuple("PAL-J-0012", "/conducts/0/smuggling/materialBenefit"));
  }

  @Test
  void readOrThrowCarriesTheWholeReport() {
    assertThatThrownBy(() -> PalermoJson.readCase("{\"persons\":[{}],\"x\":1}"))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("PAL-J-0008")
        .hasMessageContaining("(and 2 more)")
        .satisfies(e -> assertThat(((ReportException) e).report().problems()).hasSize(3));
  }

  @Test
  void profilesAreReadStrictlyToo() {
    ReadResult<JurisdictionProfile> r = PalermoJson.reader().read("{\"id\":\"xx\",\"name\":"
        + "\"X\",\"version\":\"1\",\"effectiveFrom\":\"2020-01-01\",\"definition\":{"
        + "\"instrument\":\"no-such-law\",\"pinpoint\":\"3((\"},\"childAge\":\"18\"}",
        JurisdictionProfile.class);
    assertThat(r.report().problems()).extracting(Problem::code, x -> x.path().toString())
        .containsExactly(tuple("PAL-J-0017", "/definition/instrument"),
            tuple("PAL-J-0016", "/definition/pinpoint"),
            tuple("PAL-J-0010", "/childAge"));
  }

  @Test
  void everyProblemCodeIsDefinedOnceAndWellFormed() {
    Set<String> seen = new HashSet<>();
    Arrays.stream(JsonProblemCode.values()).forEach(c -> {
      assertThat(c.code()).matches("PAL-J-\\d{4}");
      assertThat(seen.add(c.code())).as(c.code()).isTrue();
    });
    assertThat(JsonProblemCode.values()[0].code()).isEqualTo("PAL-J-0001");
    for (int i = 0; i < JsonProblemCode.values().length; i++) {
      assertThat(JsonProblemCode.values()[i].code()).isEqualTo(String.format("PAL-J-%04d", i + 1));
    }
  }
}
