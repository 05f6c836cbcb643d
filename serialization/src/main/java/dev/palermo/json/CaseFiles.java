package dev.palermo.json;

import dev.palermo.casefile.Case;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Loads cases from files for scripts and researchers: a {@code .json} case document, a
 * {@code .ndjson} file (one case a line), or a directory of them (sorted by name, not recursive).
 * Documents that cannot be read are skipped and reported, with their place and the problems'
 * codes and pointers (never their content), to the given sink.
 *
 * <p>Stateless and thread-safe; has no instances.
 */
public final class CaseFiles {
  private CaseFiles() {}

  /**
   * Loads every valid case, printing each problem of the invalid ones to standard error.
   *
   * @param path a file or a directory
   * @return the valid cases, in order
   * @throws UncheckedIOException if a file cannot be read
   */
  public static List<Case> load(Path path) {
    return load(path, line -> System.err.println(line));
  }

  /**
   * Loads every valid case.
   *
   * @param path a file or a directory
   * @param problems receives one line per problem of a document that could not be read
   * @return the valid cases, in order
   * @throws UncheckedIOException if a file cannot be read
   */
  public static List<Case> load(Path path, Consumer<String> problems) {
    List<Case> cases = new ArrayList<>();
    for (Path file : files(path)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        if (file.toString().endsWith(".ndjson")) {
          PalermoJson.reader().ndjson(in).forEach(line -> add(line.result(),
              file + ":" + line.lineNumber(), cases, problems));
        } else {
          add(PalermoJson.reader().read(in, Case.class), file.toString(), cases, problems);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return cases;
  }

  private static void add(ReadResult<Case> r, String where, List<Case> cases,
      Consumer<String> problems) {
    if (r.isValid()) {
      cases.add(r.orElseThrow());
    } else {
      r.report().problems().forEach(p -> problems.accept(where + ": " + p));
    }
  }

  private static List<Path> files(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> s = Files.list(path)) {
      return s.filter(f -> Files.isRegularFile(f) && (f.toString().endsWith(".json")
          || f.toString().endsWith(".ndjson"))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path, e);
    }
  }
}
