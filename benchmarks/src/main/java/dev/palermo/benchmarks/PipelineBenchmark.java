package dev.palermo.benchmarks;

import dev.palermo.casefile.Case;
import dev.palermo.cli.CasePipeline;
import dev.palermo.json.NdjsonWriter;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.testkit.SeededCases;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole pipeline per case over an NDJSON block of {@value #CASES} cases built in
 * {@code @Setup}: {@link CasePipeline#run} as {@code palermo report -f ndjson} runs it (strict
 * read of each line, {@code CaseValidator.validate}, the trafficking definition of the
 * TIP Protocol and the smuggling definition for each conduct, {@code Checks.run} for a fixed day,
 * the report written as one line of JSON; no schema validation), against plain Jackson reading
 * the same NDJSON into one {@link JsonNode} tree per line ({@link MappingIterator}, every token
 * consumed). Times are per case ({@code @OperationsPerInvocation}), so cases/s is 10^9 / score.
 * Targets (issue 8): at least 100,000 cases/s on one thread and at most 2 times the baseline.
 *
 * <p>{@code corpus}: {@code generated} (default) is {@code palermo corpus}, i.e.
 * {@code SeededCases.caseFile} with seed 42 (no events: the checks mostly have nothing to
 * judge); {@code events} is {@code SeededCases.casesWithEvents} (every person has an event of
 * every kind, so every check has something to look at; most of these cases have a child-specific
 * event for an adult, PAL-V-0011, and so stop at validation); {@code samples} cycles through the
 * bundled {@code examples/cases/*.json}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// The pipeline runs through a large part of the code base (Jackson, Hibernate Validator, the
// assessment, 124 checks): it needs far longer than the other benchmarks to reach its steady
// state (about 40,000 cases on a busy 2-core machine), hence the longer warm-up.
@Warmup(iterations = 3, time = 3)
@State(Scope.Benchmark)
public class PipelineBenchmark {
  /** Cases in the NDJSON block, one operation each. */
  static final int CASES = 1000;
  /** The day the checks are run for: fixed, so that every run does the same work. */
  static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  @Param({"generated"})
  public String corpus;

  private String ndjson;
  private CasePipeline pipeline;
  private ObjectReader plain;

  @Setup
  public void setUp() throws IOException {
    ndjson = ndjson(corpus, CASES);
    pipeline = CasePipeline.of(Jurisdictions.PROTOCOL, AS_OF);
    plain = JsonMapper.builder().build().readerFor(JsonNode.class);
    // Both sides must read every line; ours must assess them (not stop at validation).
    CasePipeline.Summary s = pipeline.run(new StringReader(ndjson), new CountingWriter(),
        line -> {
          throw new IllegalStateException("unreadable " + line);
        });
    if (!corpus.equals("events") && s.assessed() != CASES) {
      throw new IllegalStateException("expected " + CASES + " assessed cases: " + s);
    }
    if (baselineJackson() != CASES) {
      throw new IllegalStateException("Jackson did not read " + CASES + " lines");
    }
  }

  /**
   * The NDJSON block.
   *
   * @param corpus generated, events or samples
   * @param n how many cases
   * @return one case a line
   */
  static String ndjson(String corpus, int n) {
    StringWriter out = new StringWriter();
    NdjsonWriter w = new NdjsonWriter(out);
    RandomGenerator random = SeededCases.random(42);
    List<Case> samples = corpus.equals("samples") ? samples() : List.of();
    try {
      for (int i = 0; i < n; i++) {
        switch (corpus) {
          case "generated" -> w.write(SeededCases.caseFile(random));
          case "events" -> w.write(SeededCases.casesWithEvents(random));
          case "samples" -> w.write(samples.get(i % samples.size()));
          default -> throw new IllegalArgumentException("corpus: generated, events or samples");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static List<Case> samples() {
    try (Stream<Path> files = Files.list(SampleCases.folder())) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json")).sorted()
          .map(SampleCases::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public long pipeline() throws IOException {
    CountingWriter out = new CountingWriter();
    CasePipeline.Summary s = pipeline.run(new StringReader(ndjson), out, line -> { });
    return s.assessed() + out.chars;
  }

  @Benchmark
  @OperationsPerInvocation(CASES)
  public long baselineJackson() {
    long n = 0;
    try (MappingIterator<JsonNode> lines = plain.readValues(new StringReader(ndjson))) {
      while (lines.hasNext()) {
        n += lines.next().size() > 0 ? 1 : 0;
      }
    }
    return n;
  }

  /** Discards what is written, counting the characters (no copy, so no allocation of its own). */
  static final class CountingWriter extends Writer {
    long chars;

    @Override
    public void write(char[] buf, int off, int len) {
      chars += len;
    }

    @Override
    public void write(String str, int off, int len) {
      chars += len;
    }

    @Override
    public void write(int c) {
      chars++;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
