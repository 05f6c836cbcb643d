package dev.palermo.cli;

import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code palermo report}: the whole pipeline for each case ({@link CasePipeline}): validate,
 * assess every conduct under a jurisdiction's definitions, run the safeguard checks, and write
 * one report per case. With {@code -f ndjson} it streams in constant memory.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Validate, assess and check each case: one report per case (the whole "
        + "pipeline).")
final class ReportCommand extends CaseCommand {
  @Option(names = {"-j", "--jurisdiction"}, paramLabel = "ID", defaultValue = "tip-protocol",
      description = "Jurisdiction whose definitions and law apply (default: tip-protocol).")
  String id;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Day to check for, yyyy-MM-dd (default: today).")
  String asOf;

  @Mixin
  SchemaOption schema;

  private CasePipeline pipeline;
  private long withFindings;

  @Override
  void prepare() {
    LocalDate day;
    try {
      day = asOf == null ? LocalDate.now() : LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--as-of must be a date yyyy-MM-dd");
    }
    pipeline = CasePipeline.of(jurisdictions(List.of(id), false).get(0), day)
        .withSchemaValidation(schema.on);
  }

  @Override
  boolean schemaValidation() {
    return schema.on;
  }

  @Override
  void header() {
    if (format() == Format.TABLE) {
      out().printf("%-30s %-9s %-14s %s%n", "CASE", "STATUS", "OUTCOMES", "FINDINGS");
    }
  }

  @Override
  void handle(Inputs.Item item) {
    CasePipeline.Result result = pipeline.process(item.result().value().orElseThrow());
    if (result.hasFindings()) {
      withFindings++;
    }
    if (format() != Format.TABLE) {
      emit(g -> pipeline.write(g, result), () -> pipeline.toTree(result));
      return;
    }
    Report problems = result.validation().and(result.findings());
    out().printf("%-30s %-9s %-14s %s%n", result.caseId(),
        result.assessed() ? "assessed" : "invalid",
        result.assessed() ? result.assessments().stream()
            .map(a -> a.trafficking().outcome().name()).collect(Collectors.joining(","))
            : "-",
        problems.isEmpty() ? "none" : problems.problems().size()
            + (result.assessed() ? " findings" : " problems"));
    for (Problem p : problems.problems()) {
      out().println("  " + p);
    }
  }

  @Override
  boolean hasFindings() {
    return withFindings > 0;
  }
}
