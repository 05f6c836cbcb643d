package dev.palermo.benchmarks;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.Person;
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

/**
 * Definition assessment of one conduct under the Protocol, against the bit-mask baseline.
 * Target (issue 8): at most 50 ns/op and at most 25 times the baseline.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@State(Scope.Benchmark)
public class AssessmentBenchmark {
  @Param(SampleCases.DEFAULT)
  public String caseFile;

  private Conduct conduct;
  private Person victim;
  private BitMask mask;

  @Setup
  public void setUp() {
    Case aCase = SampleCases.read(caseFile);
    conduct = aCase.conducts().get(0);
    victim = aCase.person(conduct.victim()).orElseThrow();
    mask = BitMask.of(conduct, victim);
  }

  @Benchmark
  public DefinitionAssessment assess() {
    return TraffickingDefinition.assess(conduct, victim, Jurisdictions.PROTOCOL);
  }

  @Benchmark
  public boolean baselineBitMask() {
    return mask.meets();
  }
}
