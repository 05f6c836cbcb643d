package dev.palermo.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.palermo.casefile.Case;
import dev.palermo.json.PalermoJson;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON read and write of one case document: Palermo's strict reader and writer against plain
 * Jackson data binding of the same document into a tree of records. Target (issue 8): at most
 * 1.2 times the baseline.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class JsonBenchmark {
  /** The plain tree: the fields of the sample case documents, dates as java.time. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record CaseDoc(String id, List<PersonDoc> persons, List<ConductDoc> conducts) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PersonDoc(String id, AgeDoc ageEvidence, String gender,
      List<String> nationalities) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record AgeDoc(String kind, String date, Integer min, Integer max) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ConductDoc(String victim, List<String> perpetrators, FactsDoc acts,
      FactsDoc means, FactsDoc purposes, String consent, String movement, PeriodDoc period) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record FactsDoc(@JsonProperty("true") List<String> knownTrue,
      @JsonProperty("false") List<String> knownFalse,
      @JsonProperty("unknown") List<String> unknown, String others) {}

  public record PeriodDoc(LocalDate start, LocalDate end) {}

  @Param(SampleCases.DEFAULT)
  public String caseFile;

  private String json;
  private JsonMapper plain;

  @Setup
  public void setUp() {
    json = SampleCases.json(caseFile);
    plain = JsonMapper.builder().build();
    // Both sides must understand the whole document.
    PalermoJson.reader().readCase(json).orElseThrow();
    plain.readValue(json, CaseDoc.class);
  }

  @Benchmark
  public String readWrite() {
    Case aCase = PalermoJson.reader().readCase(json).orElseThrow();
    return PalermoJson.write(aCase);
  }

  @Benchmark
  public String baselineJackson() {
    CaseDoc doc = plain.readValue(json, CaseDoc.class);
    return plain.writeValueAsString(doc);
  }
}
