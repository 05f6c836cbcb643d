package dev.palermo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every research script of {@code examples/jshell/} non-interactively, as
 * {@code bin/palermo-shell SCRIPT} would, on the bundled sample cases, and checks its output:
 * exit code 0, no JShell {@code Error:}, the table header and plausible rows. The scripts run
 * concurrently, one per processor (each JShell takes some seconds to start), with a timeout
 * each.
 */
class JShellScriptsTest {
  private static final Path JSHELL_DIR = Path.of("jshell").toAbsolutePath();
  private static final Path CASES = Path.of("cases").toAbsolutePath();
  private static final long TIMEOUT_SECONDS = 120;

  /** Script file name to its run. */
  private static final Map<String, Run> RUNS = new ConcurrentHashMap<>();

  @TempDir
  static Path tmp;

  /** The result of one script. */
  static final class Run {
    final int exit;
    final String output;
    final Path out;

    Run(int exit, String output, Path out) {
      this.exit = exit;
      this.output = output;
      this.out = out;
    }

    List<String> lines() {
      return output.lines().collect(Collectors.toList());
    }
  }

  @BeforeAll
  static void runEveryScript() throws Exception {
    List<Path> scripts;
    try (Stream<Path> files = Files.list(JSHELL_DIR)) {
      scripts = files.filter(f -> f.toString().endsWith(".jsh"))
          .filter(f -> !f.getFileName().toString().equals("startup.jsh"))
          .sorted().collect(Collectors.toList());
    }
    assertThat(scripts).as("research scripts").hasSizeGreaterThanOrEqualTo(4);
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.max(1, Math.min(scripts.size(), Runtime.getRuntime().availableProcessors())));
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (Path script : scripts) {
      all.add(CompletableFuture.runAsync(() -> {
        try {
          RUNS.put(script.getFileName().toString(), run(script));
        } catch (Exception e) {
          throw new IllegalStateException(script.toString(), e);
        }
      }, pool));
    }
    try {
      CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).get();
    } finally {
      pool.shutdownNow();
    }
  }

  private static Run run(Path script) throws Exception {
    String name = script.getFileName().toString();
    Path out = tmp.resolve(name + ".csv");
    Path log = tmp.resolve(name + ".log");
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "jshell").toString(),
        // Startup time dominates these short runs: C1 only, serial GC, in both JVMs.
        "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC",
        "-R-XX:TieredStopAtLevel=1", "-R-XX:+UseSerialGC",
        "--class-path", testClassPath(),
        "-R-Dpalermo.cases=" + CASES,
        "-R-Dpalermo.out=" + out,
        "--startup", "DEFAULT",
        "--startup", JSHELL_DIR.resolve("startup.jsh").toString(),
        script.toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    p.getOutputStream().close();                          // no input: never waits on a prompt
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(name + " did not finish in " + TIMEOUT_SECONDS + " s:\n"
          + Files.readString(log));
    }
    return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8), out);
  }

  /**
   * The test class path. Surefire may start the tests from a manifest-only jar; it then gives
   * the real class path in {@code surefire.test.class.path}.
   */
  private static String testClassPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }

  private static Run ran(String script) {
    Run r = RUNS.get(script);
    assertThat(r).as(script + " ran").isNotNull();
    assertThat(r.exit).as(script + " exit code; output:\n" + r.output).isZero();
    assertThat(r.output).as(script + " output").doesNotContain("Error:")
        .doesNotContain("Exception")
        .contains("Palermo: " + SampleCases.all().size() + " cases loaded from");
    return r;
  }

  private static int conductCount() {
    return SampleCases.all().stream().mapToInt(s -> s.theCase().conducts().size()).sum();
  }

  private static List<String> cells(String line) {
    return Arrays.asList(line.trim().split("\\s+"));
  }

  @Test
  void everyScriptEndsWithExit() throws Exception {
    assertThat(RUNS).isNotEmpty();
    for (String script : RUNS.keySet()) {
      assertThat(Files.readString(JSHELL_DIR.resolve(script)).strip()).as(script).endsWith("/exit");
    }
  }

  @Test
  void outcomesByJurisdictionCountsEveryConductUnderEveryJurisdiction() {
    List<String> lines = ran("outcomes-by-jurisdiction.jsh").lines();
    int header = lines.indexOf("JURISDICTION  MEETS  DOES_NOT_MEET  INDETERMINATE");
    assertThat(header).as("table header").isNotNegative();
    List<String> rows = lines.subList(header + 1, lines.size());
    List<String> ids = Jurisdictions.all().stream().map(Jurisdiction::id)
        .collect(Collectors.toList());
    assertThat(rows).hasSize(ids.size());
    assertThat(rows.stream().map(r -> cells(r).get(0))).containsExactlyInAnyOrderElementsOf(ids);
    for (String row : rows) {
      List<String> c = cells(row);
      assertThat(c).as(row).hasSize(4);
      int sum = c.subList(1, 4).stream().mapToInt(Integer::parseInt).sum();
      assertThat(sum).as("every conduct counted once: " + row).isEqualTo(conductCount());
    }
  }

  @Test
  void disagreementsPrintsTheTableAndWritesTheCsv() throws Exception {
    Run r = ran("disagreements.jsh");
    assertThat(r.output).contains(
        "CASE", "CONDUCT", "JURISDICTION_A", "OUTCOME_A", "JURISDICTION_B", "OUTCOME_B");
    assertThat(Files.exists(r.out)).as("CSV written to -Dpalermo.out").isTrue();
    List<String> csv = Files.readAllLines(r.out);
    assertThat(csv.get(0)).isEqualTo(
        "CASE,CONDUCT,JURISDICTION_A,OUTCOME_A,JURISDICTION_B,OUTCOME_B");
    assertThat(csv).hasSizeGreaterThan(1);
    List<String> outcomes = List.of("meets", "does-not-meet", "indeterminate");
    for (String line : csv.subList(1, csv.size())) {
      String[] f = line.split(",", -1);
      assertThat(f).as(line).hasSize(6);
      assertThat(f[3]).isNotEqualTo(f[5]);
      assertThat(outcomes).contains(f[3], f[5]);
    }
    assertThat(r.output).contains((csv.size() - 1) + " disagreements; CSV written to " + r.out);
  }

  @Test
  void indeterminateElementsRanksTheOpenElements() {
    Run r = ran("indeterminate-elements.jsh");
    List<String> lines = r.lines();
    assertThat(lines.stream().anyMatch(l -> l.startsWith("ELEMENT")
        && l.contains("TIMES_UNDECIDED") && l.contains("BY_JURISDICTION"))).isTrue();
    assertThat(lines.stream().anyMatch(l -> l.matches("\\d+ indeterminate assessments"))).isTrue();
  }

  @Test
  void findingsByStagePrintsItsHeader() {
    Run r = ran("findings-by-stage.jsh");
    List<String> lines = r.lines();
    assertThat(lines).anyMatch(l -> cells(l).equals(
        List.of("STAGE", "VIOLATION", "CONCERN", "RECOMMENDATION", "CANNOT_TELL")));
    assertThat(lines).anyMatch(l -> l.matches("\\d+ checks run under coe as of \\d{4}-\\d{2}-\\d{2}"));
  }
}
