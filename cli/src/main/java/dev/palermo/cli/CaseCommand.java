package dev.palermo.cli;

import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.json.PalermoJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * What the commands that read cases share: the inputs, the output format, the jurisdictions, and
 * the reporting of unreadable documents (one line on standard error each, with the file, line and
 * JSON pointer, never the document's content).
 */
abstract class CaseCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Case documents: .json (one case), .ndjson (one case a line), directories of "
          + "them, or - for standard input.")
  List<String> files;

  @Option(names = "--ndjson", description = "Read standard input as NDJSON.")
  boolean stdinNdjson;

  @Option(names = {"-f", "--format"}, defaultValue = "auto",
      description = "Output: auto, table, json or ndjson (default: table on a terminal, else json).")
  String format;

  @Spec
  CommandSpec spec;

  long read;
  long invalid;
  private Format resolved;
  private ArrayNode collected;
  private CasePipeline.LineWriter lines;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  Format format() {
    return resolved;
  }

  @Override
  public final Integer call() {
    try {
      resolved = Format.valueOf(format.toUpperCase(java.util.Locale.ROOT))
          .resolve(Palermo.terminal(spec));
    } catch (IllegalArgumentException e) {
      err().println("palermo: unknown format '" + format + "': use table, json or ndjson");
      return Palermo.USAGE;
    }
    List<String> inputs;
    try {
      inputs = Inputs.expand(files);
      prepare();
    } catch (IllegalArgumentException e) {
      err().println("palermo: " + e.getMessage());
      return Palermo.USAGE;
    }
    collected = PalermoJson.mapper().createArrayNode();
    Progress progress = new Progress(err(), Palermo.errTerminal(spec), System::nanoTime);
    header();
    new Inputs(System.in, stdinNdjson, schemaValidation()).read(inputs, item -> {
      read++;
      if (item.result().isValid()) {
        handle(item);
      } else {
        invalid++;
        item.result().report().problems().forEach(p ->
            err().println("palermo: " + item.where() + ": " + p));
      }
      progress.update(read);
    });
    progress.done(read);
    if (lines != null) {
      lines.close();
    }
    if (resolved == Format.JSON) {
      out().println(PalermoJson.mapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(collected));
    }
    out().flush();
    return invalid > 0 || hasFindings() ? Palermo.FINDINGS : Palermo.OK;
  }

  /** Emits one result object in the JSON formats. */
  void emit(JsonNode node) {
    if (resolved == Format.JSON) {
      collected.add(node);
    } else if (resolved == Format.NDJSON) {
      lines().write(node);
    }
  }

  /**
   * Emits one result object in the JSON formats: in NDJSON written straight to the output by
   * {@code value}, with no tree; in JSON as the tree {@code tree} gives, to be collected.
   */
  void emit(Consumer<JsonGenerator> value, Supplier<JsonNode> tree) {
    if (resolved == Format.NDJSON) {
      lines().write(value);
    } else {
      emit(tree.get());
    }
  }

  private CasePipeline.LineWriter lines() {
    if (lines == null) {
      lines = new CasePipeline.LineWriter(out());
    }
    return lines;
  }

  /** @return whether JSON documents are also validated against the case schema */
  boolean schemaValidation() {
    return false;
  }

  /** Parses options before reading; throws IllegalArgumentException for usage errors. */
  void prepare() {}

  /** Prints the table header, if the format is a table. */
  abstract void header();

  /** Handles one valid case. */
  abstract void handle(Inputs.Item item);

  /** @return whether the command found something to report (exit code 1) */
  boolean hasFindings() {
    return false;
  }

  /**
   * Resolves jurisdiction ids.
   *
   * @param ids the ids given
   * @param all whether every built-in one is wanted
   * @return the jurisdictions
   */
  static List<Jurisdiction> jurisdictions(List<String> ids, boolean all) {
    if (all) {
      return Jurisdictions.all();
    }
    List<Jurisdiction> out = new ArrayList<>();
    for (String id : ids == null || ids.isEmpty() ? List.of("tip-protocol") : ids) {
      out.add(Jurisdictions.byId(id).orElseThrow(() -> new IllegalArgumentException(
          "no built-in jurisdiction '" + id + "'; run 'palermo profiles' for the list")));
    }
    return out;
  }
}
