package dev.palermo.cli;

import dev.palermo.casefile.Case;
import dev.palermo.checks.Checks;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.json.PalermoJson;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code palermo check}: runs the safeguard checks over each case under a jurisdiction's law and
 * reports the findings (code, severity, JSON pointer, message, citations).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Run the safeguard checks over each case and report the findings.")
final class CheckCommand extends CaseCommand {
  @Mixin
  SchemaOption schema;

  @Option(names = {"-j", "--jurisdiction"}, paramLabel = "ID", defaultValue = "tip-protocol",
      description = "Jurisdiction whose law applies (default: tip-protocol).")
  String id;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Day to check for, yyyy-MM-dd (default: today).")
  String asOf;

  private Jurisdiction jurisdiction;
  private LocalDate day;
  private long withFindings;

  @Override
  void prepare() {
    jurisdiction = jurisdictions(List.of(id), false).get(0);
    try {
      day = asOf == null ? LocalDate.now() : LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--as-of must be a date yyyy-MM-dd");
    }
  }

  @Override
  void header() {
    if (format() == Format.TABLE) {
      out().printf("%-30s %s%n", "CASE", "FINDINGS");
    }
  }

  @Override
  void handle(Inputs.Item item) {
    Case c = item.result().value().orElseThrow();
    Report report = Checks.run(c, jurisdiction, day);
    if (!report.isEmpty()) {
      withFindings++;
    }
    if (format() == Format.TABLE) {
      out().printf("%-30s %s%n", c.id(), report.isEmpty() ? "none"
          : report.problems().size() + " findings");
      for (Problem p : report.problems()) {
        out().println("  " + p);
      }
    } else {
      ObjectNode node = PalermoJson.mapper().createObjectNode();
      node.put("case", c.id());
      node.put("jurisdiction", jurisdiction.id());
      node.put("asOf", day.toString());
      node.set("report", PalermoJson.toTree(report));
      emit(node);
    }
  }

  @Override
  boolean hasFindings() {
    return withFindings > 0;
  }

  @Override
  boolean schemaValidation() {
    return schema.on;
  }
}
