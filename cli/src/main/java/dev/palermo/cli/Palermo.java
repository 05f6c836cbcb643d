package dev.palermo.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code palermo} command-line tool. Exit codes: 0 all fine, 1 findings or invalid input,
 * 2 usage error. Errors are printed as one line on standard error, never as a stack trace.
 */
@Command(name = "palermo", mixinStandardHelpOptions = true,
    version = "palermo 0.1.0",
    description = "Assess conduct against the law on trafficking in persons.")
public final class Palermo implements Runnable {
  /** Exit code when everything is fine. */
  public static final int OK = 0;
  /** Exit code when there are findings or the input is invalid. */
  public static final int FINDINGS = 1;
  /** Exit code for a usage error. */
  public static final int USAGE = 2;

  /**
   * The subcommands, in the order of {@code --help}. Only the one named by the first argument is
   * handed to picocli, which builds its model by reflection: building all seven on every start
   * was a measured part of the start-up time (bench/cold-start). Without a known first argument
   * (help, version, a mistake) all of them are.
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("assess", AssessCommand::new);
    m.put("validate", ValidateCommand::new);
    m.put("check", CheckCommand::new);
    m.put("report", ReportCommand::new);
    m.put("profiles", ProfilesCommand::new);
    m.put("schema", SchemaCommand::new);
    m.put("corpus", CorpusCommand::new);
    return m;
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Set by tests and embedders to force terminal or not; null: ask the system. */
  static volatile Boolean forceTerminal;

  static boolean terminal(CommandLine.Model.CommandSpec spec) {
    return forceTerminal != null ? forceTerminal : System.console() != null;
  }

  static boolean errTerminal(CommandLine.Model.CommandSpec spec) {
    return forceTerminal != null ? forceTerminal : System.console() != null;
  }

  /** Creates the command; use {@link #run(String[], PrintWriter, PrintWriter)} or main. */
  public Palermo() {}

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the tool.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the tool in-process, for tests and embedding.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Palermo());
    Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
    if (named != null) {
      cl.addSubcommand(args[0], named.get());
    } else {
      COMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      // Never a stack trace; messages of the SDK carry no personal data.
      commandLine.getErr().println("palermo: " + ex.getMessage());
      return FINDINGS;
    });
    return cl.execute(args);
  }
}
