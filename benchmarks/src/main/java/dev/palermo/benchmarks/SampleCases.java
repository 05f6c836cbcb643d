package dev.palermo.benchmarks;

import dev.palermo.casefile.Case;
import dev.palermo.json.PalermoJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The inputs of the benchmarks: the bundled sample documents, {@code examples/cases/*.json}.
 * The folder is the system property {@code palermo.cases} (default {@code ../examples/cases},
 * the folder seen from {@code benchmarks/}; {@code examples/cases} is tried next, seen from the
 * root of the repository). JMH forks: pass it with {@code -jvmArgsAppend -Dpalermo.cases=...}.
 */
final class SampleCases {
  /** The case every benchmark measures unless told otherwise: a child, two acts, no means. */
  static final String DEFAULT = "child-harboured-prostitution.json";

  private SampleCases() {}

  static Path folder() {
    String configured = System.getProperty("palermo.cases");
    if (configured != null) {
      return Path.of(configured);
    }
    Path fromModule = Path.of("..", "examples", "cases");
    return Files.isDirectory(fromModule) ? fromModule : Path.of("examples", "cases");
  }

  static String json(String fileName) {
    Path file = folder().resolve(fileName);
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the sample case " + file.toAbsolutePath()
          + " (set -Dpalermo.cases=<folder of examples/cases>)", e);
    }
  }

  static Case read(String fileName) {
    return PalermoJson.readCase(json(fileName));
  }
}
