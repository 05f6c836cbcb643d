package dev.palermo.cli;

import dev.palermo.casefile.Case;
import dev.palermo.json.PalermoJson;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import dev.palermo.validation.CaseValidator;
import picocli.CommandLine.Command;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code palermo validate}: checks each case document against the case JSON Schema, reads it
 * strictly and validates the case, reporting every problem with its code, severity, JSON pointer
 * and message.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate case documents: JSON Schema, JSON form and model constraints.")
final class ValidateCommand extends CaseCommand {
  private long withProblems;

  @Override
  void header() {
    if (format() == Format.TABLE) {
      out().printf("%-30s %s%n", "CASE", "PROBLEMS");
    }
  }

  @Override
  void handle(Inputs.Item item) {
    Case c = item.result().value().orElseThrow();
    Report report = CaseValidator.validate(c);
    if (!report.isEmpty()) {
      withProblems++;
    }
    if (format() == Format.TABLE) {
      out().printf("%-30s %s%n", c.id(), report.isEmpty() ? "valid"
          : report.problems().size() + " problems");
      for (Problem p : report.problems()) {
        out().println("  " + p);
      }
    } else {
      ObjectNode node = PalermoJson.mapper().createObjectNode();
      node.put("case", c.id());
      node.put("source", item.where());
      node.set("report", PalermoJson.toTree(report));
      emit(node);
    }
  }

  /** Documents are checked against the case schema before they are bound. */
  @Override
  boolean schemaValidation() {
    return true;
  }

  @Override
  boolean hasFindings() {
    return withProblems > 0;
  }
}
