package dev.palermo.json;

import static dev.palermo.json.StrictReadingTest.only;
import static dev.palermo.json.StrictReadingTest.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.palermo.casefile.Case;
import dev.palermo.events.Detention;
import dev.palermo.facts.Truth;
import dev.palermo.report.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict reading of case events: every problem with its code and exact JSON pointer. */
class EventStrictReadingTest {

  @Test
  void anEventNeedsItsDiscriminator() {
    List<Problem> p = problems("{'id':'c1','events':[{'kind':'detention','person':'p1'}]}");
    assertThat(p).extracting(Problem::code, x -> x.path().toString())
        .containsExactly(tuple("PAL-J-0009", "/events/0/event"));
    assertThat(p.get(0).remedy()).hasValueSatisfying(r -> assertThat(r).contains("detention"));
  }

  @Test
  void theDiscriminatorIsAString() {
    Problem p = only("{'id':'c1','events':[{'event':3,'person':'p1'}]}");
    assertThat(p.code()).isEqualTo("PAL-J-0010");
    assertThat(p.path()).hasToString("/events/0/event");
  }

  @Test
  void anEventIsAnObject() {
    Problem p = only("{'id':'c1','events':['detention']}");
    assertThat(p.code()).isEqualTo("PAL-J-0010");
    assertThat(p.path()).hasToString("/events/0");
  }

  @Test
  void everyProblemOfAnEventIsReportedAtItsPointer() {
    List<Problem> p = problems("{'id':'c1','events':[{'event':'reflection-period',"
        + "'person':'p1'},{'event':'detention','person':'1 2','colour':'purple',"
        + "'routinePolicy':'yes','lastResort':true,'reasons':{'true':['boredom']},"
        + "'legalBasis':null,'when':{'start':'2024-02-30'}}]}");
    assertThat(p).extracting(Problem::code, x -> x.path().toString())
        .containsExactlyInAnyOrder(
            tuple("PAL-J-0008", "/events/1/colour"),
            tuple("PAL-J-0014", "/events/1/person"),
            tuple("PAL-J-0013", "/events/1/when/start"),
            tuple("PAL-J-0009", "/events/1/type"),
            tuple("PAL-J-0012", "/events/1/reasons/true/0"),
            tuple("PAL-J-0011", "/events/1/legalBasis"),
            tuple("PAL-J-0012", "/events/1/routinePolicy"),
            tuple("PAL-J-0010", "/events/1/lastResort"));
    assertThat(p).extracting(Problem::message).noneMatch(m -> m.contains("purple")
        || m.contains("yes") || m.contains("boredom") || m.contains("1 2"));
  }

  @Test
  void setsOfCodesRejectRepeats() {
    Problem p = only("{'id':'c1','events':[{'event':'identification','person':'p1',"
        + "'status':'identified','profilingGrounds':['sex','sex']}]}");
    assertThat(p.code()).isEqualTo("PAL-J-0018");
    assertThat(p.path()).hasToString("/events/0/profilingGrounds/1");
  }

  @Test
  void anAgeDeterminationHoldsAnAssessment() {
    Problem p = only("{'id':'c1','events':[{'event':'age-determination','person':'p1',"
        + "'assessment':{'kind':'date-of-birth','date':'2008'}}]}");
    assertThat(p.code()).isEqualTo("PAL-J-0021");
    assertThat(p.path()).hasToString("/events/0/assessment/kind");
  }

  @Test
  void aReturnDestinationIsACountryCode() {
    Problem p = only("{'id':'c1','events':[{'event':'return-decision','person':'p1',"
        + "'type':'deportation','destination':'Nigeria'}]}");
    assertThat(p.code()).isEqualTo("PAL-J-0015");
    assertThat(p.path()).hasToString("/events/0/destination");
  }

  @Test
  void lenientModeIgnoresUnknownPropertiesOfEventsButNotUnknownKinds() {
    String json = "{\"id\":\"c1\",\"events\":[{\"event\":\"detention\",\"person\":\"p1\","
        + "\"type\":\"prison\",\"routinePolicy\":\"true\",\"colour\":\"red\"}]}";
    ReadResult<Case> r = PalermoReader.lenient().readCase(json);
    assertThat(r.report().problems()).isEmpty();
    Detention d = (Detention) r.orElseThrow().events().get(0);
    assertThat(d.routinePolicy()).isEqualTo(Truth.TRUE);
    assertThat(PalermoReader.lenient().readCase(json.replace("\"detention\"", "\"arrest\""))
        .report().problems()).extracting(Problem::code).containsExactly("PAL-J-0020");
  }
}
