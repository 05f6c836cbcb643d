package dev.palermo.benchmarks;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.SmugglingAssessment;
import dev.palermo.assessment.SmugglingDefinition;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.Checks;
import dev.palermo.cli.CasePipeline;
import dev.palermo.json.NdjsonLine;
import dev.palermo.json.NdjsonReader;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.Person;
import dev.palermo.report.Report;
import dev.palermo.validation.CaseValidator;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

/**
 * Where the time of {@link PipelineBenchmark} goes: each stage of {@link CasePipeline} alone,
 * per case, over the same {@value PipelineBenchmark#CASES} generated cases, each stage given
 * the output of the stages before it, made in {@code @Setup}. Not a target of issue 8: the
 * breakdown that explains the pipeline's row in docs/PERFORMANCE.md. Run it with
 * {@code bench/run PipelineStagesBenchmark}.
 *
 * <ul>
 *   <li>{@code read}: the strict NDJSON reader, line to {@link Case};
 *   <li>{@code validate}: {@link CaseValidator#validate(Case)} (Hibernate Validator);
 *   <li>{@code assess}: the trafficking and smuggling definitions for every conduct, as the
 *       pipeline makes them (the explanation is not rendered: nothing reads it yet);
 *   <li>{@code check}: {@link Checks#run} over every check, reusing the assessments;
 *   <li>{@code assessAndWrite}: the assessments made afresh and the report written as JSON,
 *       which renders each explanation; minus {@code assess}, the cost of writing.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 3)
@State(Scope.Benchmark)
public class PipelineStagesBenchmark {
  private static final Jurisdiction LAW = Jurisdictions.PROTOCOL;
  private static final ObjectWriter WRITER = dev.palermo.json.PalermoJson.mapper().writer();

  private String ndjson;
  private CasePipeline pipeline;
  private List<Case> cases;
  private List<List<DefinitionAssessment>> trafficking;
  private List<List<SmugglingAssessment>> smuggling;
  private List<Report> findings;

  @Setup
  public void setUp() throws IOException {
    ndjson = PipelineBenchmark.ndjson("generated", PipelineBenchmark.CASES);
    pipeline = CasePipeline.of(LAW, PipelineBenchmark.AS_OF);
    cases = new ArrayList<>();
    trafficking = new ArrayList<>();
    smuggling = new ArrayList<>();
    findings = new ArrayList<>();
    try (NdjsonReader lines = pipeline.lines(new StringReader(ndjson))) {
      while (lines.hasNext()) {
        NdjsonLine line = lines.next();
        Case c = line.value().orElseThrow(() -> new IllegalStateException("unreadable line"));
        if (!CaseValidator.validate(c).canBeAssessed()) {
          throw new IllegalStateException("every generated case must be valid");
        }
        cases.add(c);
        List<DefinitionAssessment> t = new ArrayList<>();
        List<SmugglingAssessment> s = new ArrayList<>();
        assess(c, t, s);
        trafficking.add(t);
        smuggling.add(s);
        findings.add(Checks.run(Checks.all(), CheckContext.of(c, LAW, PipelineBenchmark.AS_OF,
            t, s)));
      }
    }
    if (cases.size() != PipelineBenchmark.CASES) {
      throw new IllegalStateException("expected " + PipelineBenchmark.CASES + " cases");
    }
  }

  private static void assess(Case c, List<DefinitionAssessment> t,
      List<SmugglingAssessment> s) {
    for (Conduct conduct : c.conducts()) {
      Person victim = c.person(conduct.victim()).orElseGet(() -> Person.of(conduct.victim()));
      t.add(TraffickingDefinition.assess(conduct, victim, LAW));
      s.add(SmugglingDefinition.assess(conduct, victim));
    }
  }

  @Benchmark
  @OperationsPerInvocation(PipelineBenchmark.CASES)
  public void read(Blackhole bh) throws IOException {
    try (NdjsonReader lines = pipeline.lines(new StringReader(ndjson))) {
      while (lines.hasNext()) {
        bh.consume(lines.next());
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(PipelineBenchmark.CASES)
  public void validate(Blackhole bh) {
    for (Case c : cases) {
      bh.consume(CaseValidator.validate(c));
    }
  }

  @Benchmark
  @OperationsPerInvocation(PipelineBenchmark.CASES)
  public void assess(Blackhole bh) {
    for (Case c : cases) {
      List<DefinitionAssessment> t = new ArrayList<>(c.conducts().size());
      List<SmugglingAssessment> s = new ArrayList<>(c.conducts().size());
      assess(c, t, s);
      bh.consume(t);
      bh.consume(s);
    }
  }

  @Benchmark
  @OperationsPerInvocation(PipelineBenchmark.CASES)
  public void check(Blackhole bh) {
    for (int i = 0; i < cases.size(); i++) {
      bh.consume(Checks.run(Checks.all(), CheckContext.of(cases.get(i), LAW,
          PipelineBenchmark.AS_OF, trafficking.get(i), smuggling.get(i))));
    }
  }

  @Benchmark
  @OperationsPerInvocation(PipelineBenchmark.CASES)
  public long assessAndWrite() {
    PipelineBenchmark.CountingWriter out = new PipelineBenchmark.CountingWriter();
    try (JsonGenerator g = WRITER.createGenerator(out)) {
      for (int i = 0; i < cases.size(); i++) {
        Case c = cases.get(i);
        List<DefinitionAssessment> t = new ArrayList<>(c.conducts().size());
        List<SmugglingAssessment> s = new ArrayList<>(c.conducts().size());
        assess(c, t, s);
        List<CasePipeline.ConductAssessment> each = new ArrayList<>(t.size());
        for (int k = 0; k < t.size(); k++) {
          each.add(new CasePipeline.ConductAssessment(k, t.get(k), s.get(k)));
        }
        pipeline.write(g, new CasePipeline.Result(c.id(), Report.empty(), each,
            findings.get(i)));
      }
    }
    return out.chars;
  }
}
