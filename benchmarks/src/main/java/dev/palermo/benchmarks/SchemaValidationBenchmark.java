package dev.palermo.benchmarks;

import dev.palermo.json.SchemaKind;
import dev.palermo.json.SchemaValidation;
import dev.palermo.report.Report;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Schema validation of one case document: {@link SchemaValidation#validate(String,
 * SchemaKind)} (parse under the limits with duplicate properties reported, then the networknt
 * validator against the case schema, compiled once per process) against plain Jackson reading the
 * same document into a tree ({@code readTree}). Target (issue 8): at most 10 times the baseline.
 * Schema validation is off by default in the pipeline ({@code --schema} turns it on).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@State(Scope.Benchmark)
public class SchemaValidationBenchmark {
  @Param(SampleCases.DEFAULT)
  public String caseFile;

  private String json;
  private JsonMapper plain;

  @Setup
  public void setUp() {
    json = SampleCases.json(caseFile);
    plain = JsonMapper.builder().build();
    // The document must conform, so that both sides read all of it.
    Report r = SchemaValidation.validate(json, SchemaKind.CASE);
    if (!r.isEmpty()) {
      throw new IllegalStateException(caseFile + " does not conform: " + r.render());
    }
    plain.readTree(json);
  }

  @Benchmark
  public Report validate() {
    return SchemaValidation.validate(json, SchemaKind.CASE);
  }

  @Benchmark
  public JsonNode baselineJacksonTree() {
    return plain.readTree(json);
  }
}
