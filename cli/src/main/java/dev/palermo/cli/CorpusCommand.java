package dev.palermo.cli;

import dev.palermo.json.NdjsonWriter;
import dev.palermo.testkit.SeededCases;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.Callable;
import java.util.random.RandomGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code palermo corpus --count N --seed S} (hidden): writes N synthetic cases from the testkit's
 * seeded generators as NDJSON on standard output, for load tests and benchmarks. The same seed
 * always gives the same corpus; memory is constant whatever N.
 */
@Command(name = "corpus", hidden = true, mixinStandardHelpOptions = true,
    description = "Write N synthetic cases (testkit generators) as NDJSON, for load tests.")
final class CorpusCommand implements Callable<Integer> {
  @Option(names = {"-n", "--count"}, defaultValue = "1000", paramLabel = "N",
      description = "How many cases (default ${DEFAULT-VALUE}).")
  long count;

  @Option(names = {"-s", "--seed"}, defaultValue = "1", paramLabel = "S",
      description = "The seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (count < 0) {
      spec.commandLine().getErr().println("palermo: --count must be 0 or more");
      return Palermo.USAGE;
    }
    write(count, seed, spec.commandLine().getOut());
    return Palermo.OK;
  }

  /**
   * Writes a corpus.
   *
   * @param n how many cases
   * @param seed the seed
   * @param out where; flushed, not closed
   * @throws IOException if the output fails
   */
  static void write(long n, long seed, Writer out) throws IOException {
    RandomGenerator random = SeededCases.random(seed);
    NdjsonWriter w = new NdjsonWriter(out);
    for (long i = 0; i < n; i++) {
      w.write(SeededCases.caseFile(random));
    }
    w.flush();
  }
}
