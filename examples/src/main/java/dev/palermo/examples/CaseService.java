package dev.palermo.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.SmugglingAssessment;
import dev.palermo.assessment.SmugglingDefinition;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.checks.Checks;
import dev.palermo.json.PalermoJson;
import dev.palermo.json.ReadResult;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.Person;
import dev.palermo.report.Report;
import dev.palermo.validation.CaseValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Embedding Palermo in a service, with no framework: one method takes a case as JSON and returns
 * one JSON report document. It reads the document strictly, validates the case, assesses each
 * conduct under the trafficking and smuggling definitions, and runs the safeguard checks.
 *
 * <pre>{@code
 * CaseService service = new CaseService();
 * String report = service.handle(json, "coe", LocalDate.of(2025, 1, 1));
 * }</pre>
 *
 * <p>The report is an object with {@code status}:
 *
 * <ul>
 *   <li>{@code "assessed"}: {@code caseId}, {@code jurisdiction}, {@code asOf},
 *       {@code warnings} (validation problems that do not prevent an assessment),
 *       {@code assessments} (one per conduct: {@code conduct} index, {@code definition} and
 *       {@code smuggling} in their JSON forms) and {@code findings} (the checks' problems);
 *   <li>{@code "invalid"}: {@code problems}, every reading or validation problem with its code,
 *       severity, JSON pointer and message;
 *   <li>{@code "rejected"}: the request itself was wrong (an unknown jurisdiction), with
 *       {@code error} and the {@code jurisdictions} known;
 *   <li>{@code "error"}: an unexpected failure, reported without a stack trace.
 * </ul>
 *
 * <p>Nothing of the request is echoed back except the case id and the jurisdiction id: problem
 * messages never repeat a value of the document, so no name or date of birth reaches the report
 * or a log. Stateless and thread-safe; {@link #main} serves it over HTTP on the loopback
 * interface.
 */
public final class CaseService {
  /** Requests larger than this are refused (the reader's own document limit is 16 MiB). */
  static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  /**
   * Handles one case document.
   *
   * @param caseJson the case in its JSON form
   * @param jurisdictionId the id of a built-in jurisdiction, e.g. {@code tip-protocol}, {@code coe}
   * @param asOf the day to run the safeguard checks for
   * @return the report document, compact JSON
   */
  public String handle(String caseJson, String jurisdictionId, LocalDate asOf) {
    return PalermoJson.mapper().writeValueAsString(report(caseJson, jurisdictionId, asOf));
  }

  /**
   * The report document as a tree.
   *
   * @param caseJson the case in its JSON form
   * @param jurisdictionId the id of a built-in jurisdiction
   * @param asOf the day to run the safeguard checks for
   * @return the report, with a {@code status}
   */
  ObjectNode report(String caseJson, String jurisdictionId, LocalDate asOf) {
    ObjectNode out = PalermoJson.mapper().createObjectNode();
    try {
      Optional<Jurisdiction> law = Jurisdictions.byId(jurisdictionId == null ? "" : jurisdictionId);
      if (law.isEmpty()) {
        return rejected("unknown-jurisdiction");
      }
      ReadResult<Case> read = PalermoJson.reader().readCase(caseJson == null ? "" : caseJson);
      if (read.value().isEmpty()) {
        return invalid(read.report());
      }
      Case c = read.value().get();
      Report validation = CaseValidator.validate(c);
      if (!validation.canBeAssessed()) {
        return invalid(validation);
      }
      out.put("status", "assessed");
      out.put("caseId", c.id());
      out.put("jurisdiction", law.get().id());
      out.put("asOf", asOf.toString());
      out.set("warnings", problems(validation));
      ArrayNode assessments = out.putArray("assessments");
      for (int i = 0; i < c.conducts().size(); i++) {
        Conduct conduct = c.conducts().get(i);
        Person victim = c.person(conduct.victim()).orElseGet(() -> Person.of(conduct.victim()));
        DefinitionAssessment definition = TraffickingDefinition.assess(conduct, victim, law.get());
        SmugglingAssessment smuggling = SmugglingDefinition.assess(conduct, victim);
        ObjectNode a = assessments.addObject();
        a.put("conduct", i);
        a.set("definition", PalermoJson.toTree(definition));
        a.set("smuggling", PalermoJson.toTree(smuggling));
      }
      out.set("findings", problems(Checks.run(c, law.get(), asOf)));
      return out;
    } catch (RuntimeException e) {
      // Never a stack trace, never the exception's message (it may quote the input).
      ObjectNode error = PalermoJson.mapper().createObjectNode();
      error.put("status", "error");
      error.put("error", e.getClass().getSimpleName());
      return error;
    }
  }

  private static ObjectNode invalid(Report report) {
    ObjectNode out = PalermoJson.mapper().createObjectNode();
    out.put("status", "invalid");
    out.set("problems", problems(report));
    return out;
  }

  private static ObjectNode rejected(String error) {
    ObjectNode out = PalermoJson.mapper().createObjectNode();
    out.put("status", "rejected");
    out.put("error", error);
    ArrayNode ids = out.putArray("jurisdictions");
    Jurisdictions.all().forEach(j -> ids.add(j.id()));
    return out;
  }

  /** The problems of a report, each in the JSON form of {@code Problem}. */
  private static ArrayNode problems(Report report) {
    JsonNode problems = PalermoJson.toTree(report).get("problems");   // left out when empty
    return problems instanceof ArrayNode ? (ArrayNode) problems
        : PalermoJson.mapper().createArrayNode();
  }

  // ---------------------------------------------------------------------------------------------
  // Over HTTP, with the JDK's own server.

  /**
   * Starts an HTTP server on the loopback interface: {@code POST /cases?jurisdiction=ID&asOf=DATE}
   * with a case document as the body answers with the report ({@code jurisdiction} defaults to
   * {@code tip-protocol}, {@code asOf} to today). Status 200 when assessed, 422 when invalid,
   * 400 for a bad request, 405 for another method, 413 for a body over 16 MiB, 500 on error.
   *
   * @param service the service
   * @param port the port, 0 for any free one ({@code server.getAddress().getPort()})
   * @return the started server; stop it with {@code stop(0)}
   * @throws IOException if the port cannot be bound
   */
  public static HttpServer serve(CaseService service, int port) throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/cases", exchange -> {
      try (exchange) {
        answer(service, exchange);
      }
    });
    // Daemon workers: stop(0) leaves nothing running (the server's own thread keeps main alive).
    server.setExecutor(Executors.newFixedThreadPool(
        Math.max(2, Runtime.getRuntime().availableProcessors()), task -> {
          Thread t = new Thread(task, "palermo-case-service");
          t.setDaemon(true);
          return t;
        }));
    server.start();
    return server;
  }

  private static void answer(CaseService service, HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().add("Allow", "POST");
      send(exchange, 405, "{\"status\":\"rejected\",\"error\":\"method-not-allowed\"}");
      return;
    }
    Map<String, String> query = query(exchange.getRequestURI());
    LocalDate asOf;
    try {
      asOf = query.containsKey("asOf") ? LocalDate.parse(query.get("asOf")) : LocalDate.now();
    } catch (DateTimeParseException e) {
      send(exchange, 400, "{\"status\":\"rejected\",\"error\":\"bad-asOf\"}");
      return;
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (body.length > MAX_BODY_BYTES) {
      send(exchange, 413, "{\"status\":\"rejected\",\"error\":\"too-large\"}");
      return;
    }
    ObjectNode report = service.report(new String(body, StandardCharsets.UTF_8),
        query.getOrDefault("jurisdiction", "tip-protocol"), asOf);
    String status = report.get("status").asString();
    int code = "assessed".equals(status) ? 200 : "invalid".equals(status) ? 422
        : "rejected".equals(status) ? 400 : 500;
    send(exchange, code, PalermoJson.mapper().writeValueAsString(report));
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> out = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void send(HttpExchange exchange, int code, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(code, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * Serves {@link CaseService} on 127.0.0.1 until the process is stopped.
   *
   * @param args the port (default 8080)
   * @throws IOException if the port cannot be bound
   */
  public static void main(String[] args) throws IOException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    HttpServer server = serve(new CaseService(), port);
    System.out.println("Palermo case service on http://127.0.0.1:"
        + server.getAddress().getPort() + "/cases (POST a case; ?jurisdiction=ID&asOf=DATE)");
  }
}
