package dev.palermo.cli;

import dev.palermo.json.SchemaKind;
import dev.palermo.json.Schemas;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code palermo schema [NAME]}: prints the JSON Schema (draft 2020-12) of a top-level document
 * as shipped in {@code palermo-serialization}, or, without a name, lists the schemas with their
 * {@code $id}s. An unknown name is a usage error (exit 2).
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema of a document: case, profile, assessment or report; "
        + "without a name, list the schemas and their $ids.")
final class SchemaCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "NAME",
      description = "case, profile, assessment or report.")
  String name;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (name == null) {
      for (SchemaKind k : SchemaKind.values()) {
        out.printf("%-11s %s%n", k.schemaName(), k.id());
      }
      return Palermo.OK;
    }
    Optional<SchemaKind> kind = SchemaKind.byName(name);
    if (kind.isEmpty()) {
      spec.commandLine().getErr().println("palermo: no schema '" + name
          + "'; use case, profile, assessment or report");
      return Palermo.USAGE;
    }
    out.print(Schemas.text(kind.get()));
    out.flush();
    return Palermo.OK;
  }
}
