package dev.palermo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.palermo.json.PalermoJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The embedding example: the handler called directly, and one round trip over HTTP. */
class CaseServiceTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
  private final CaseService service = new CaseService();

  private static JsonNode parse(String json) {
    return PalermoJson.mapper().readTree(json);
  }

  private static String sample(String name) throws Exception {
    return Files.readString(Path.of("cases", name));
  }

  @Test
  void aValidCaseIsAssessedAndChecked() throws Exception {
    JsonNode r = parse(service.handle(sample("child-forced-labour-us.json"), "coe", AS_OF));
    assertThat(r.get("status").asString()).isEqualTo("assessed");
    assertThat(r.get("caseId").asString()).isEqualTo("child-forced-labour-us");
    assertThat(r.get("jurisdiction").asString()).isEqualTo("coe");
    assertThat(r.get("asOf").asString()).isEqualTo("2025-01-01");
    JsonNode assessments = r.get("assessments");
    assertThat(assessments.size()).isEqualTo(1);
    JsonNode definition = assessments.get(0).get("definition");
    assertThat(definition.get("jurisdictionId").asString()).isEqualTo("coe");
    assertThat(definition.get("outcome").asString()).isEqualTo("meets");   // a child: no means
    assertThat(assessments.get(0).get("smuggling").isObject()).isTrue();
    assertThat(r.get("findings").isArray()).isTrue();
    assertThat(r.get("warnings").isArray()).isTrue();
  }

  @Test
  void theSameCaseUnderTheUnitedStatesDoesNotMeetTheDefinition() throws Exception {
    JsonNode r = parse(service.handle(sample("child-forced-labour-us.json"), "us", AS_OF));
    assertThat(r.at("/assessments/0/definition/outcome").asString()).isEqualTo("does-not-meet");
  }

  @Test
  void everySampleCaseIsAssessedUnderEveryJurisdiction() throws Exception {
    for (SampleCase s : SampleCases.all()) {
      String json = PalermoJson.write(s.theCase());
      for (String id : List.of("tip-protocol", "coe", "eu", "asean", "saarc", "us", "uk")) {
        JsonNode r = parse(service.handle(json, id, AS_OF));
        assertThat(r.get("status").asString()).as(s.theCase().id() + " " + id)
            .isEqualTo("assessed");
        assertThat(r.get("assessments").size()).isEqualTo(s.theCase().conducts().size());
      }
    }
  }

  @Test
  void anInvalidDocumentGetsEveryProblemWithItsPointerAndNoPersonalData() throws Exception {
    String json = sample("invalid/invalid-case.json");
    String out = service.handle(json, "tip-protocol", AS_OF);
    JsonNode r = parse(out);
    assertThat(r.get("status").asString()).isEqualTo("invalid");
    List<String> pointers = new ArrayList<>();
    for (JsonNode p : r.get("problems")) {
      assertThat(p.get("code").asString()).matches("PAL-[JV]-\\d{4}");
      assertThat(p.get("message").asString()).isNotBlank();
      pointers.add(p.get("path").asString());
    }
    assertThat(pointers).contains("/persons/0/name", "/persons/0/ageEvidence/date",
        "/conducts/0/consent", "/conducts/0/colour");
    assertThat(out)
        .doesNotContain("Ama")                  // a name
        .doesNotContain("2013-02-30")           // a date of birth
        .doesNotContain("maybe").doesNotContain("red\"")
        .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("dev.palermo.");
  }

  @Test
  void malformedJsonIsOneProblemAtTheRoot() {
    JsonNode r = parse(service.handle("{\"id\": \"x\", \"persons\": [", "tip-protocol", AS_OF));
    assertThat(r.get("status").asString()).isEqualTo("invalid");
    assertThat(r.at("/problems/0/code").asString()).startsWith("PAL-J-");
    assertThat(r.toString()).doesNotContain("Exception");
  }

  @Test
  void anInvalidModelIsReportedByTheValidator() {
    // Well-formed JSON whose conduct names a victim who is not among the persons.
    String json = "{\"id\":\"c1\",\"persons\":[{\"id\":\"V1\"}],\"conducts\":[{\"victim\":\"V2\"}]}";
    JsonNode r = parse(service.handle(json, "tip-protocol", AS_OF));
    assertThat(r.get("status").asString()).isEqualTo("invalid");
    assertThat(r.get("problems").toString()).contains("PAL-V-").contains("/conducts/0/victim");
  }

  @Test
  void anUnknownJurisdictionIsRejected() throws Exception {
    JsonNode r = parse(service.handle(sample("adult-no-means.json"), "atlantis", AS_OF));
    assertThat(r.get("status").asString()).isEqualTo("rejected");
    assertThat(r.get("jurisdictions").toString()).contains("tip-protocol");
    assertThat(r.toString()).doesNotContain("atlantis");
  }

  @Test
  void oneRoundTripOverHttpOnTheLoopbackInterface() throws Exception {
    HttpServer server = CaseService.serve(service, 0);
    try {
      assertThat(server.getAddress().getAddress().isLoopbackAddress()).isTrue();
      URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort()
          + "/cases?jurisdiction=us&asOf=2025-01-01");
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(20))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(sample("child-forced-labour-us.json")))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          v -> assertThat(v).startsWith("application/json"));
      JsonNode r = parse(response.body());
      assertThat(r.get("jurisdiction").asString()).isEqualTo("us");
      assertThat(r.at("/assessments/0/definition/outcome").asString())
          .isEqualTo("does-not-meet");

      HttpResponse<String> invalid = client.send(HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(20))
              .POST(HttpRequest.BodyPublishers.ofString("{")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(invalid.statusCode()).isEqualTo(422);
    } finally {
      server.stop(0);
    }
  }
}
