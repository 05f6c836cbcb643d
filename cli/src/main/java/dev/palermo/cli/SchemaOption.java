package dev.palermo.cli;

import picocli.CommandLine.Option;

/**
 * {@code --schema}: also check each document against the case JSON Schema before it is bound.
 * Off by default for the commands that assess and check: the strict reader already rejects
 * everything the schema would, and the schema costs several times a plain read
 * (docs/PERFORMANCE.md). {@code palermo validate} always checks it.
 */
final class SchemaOption {
  @Option(names = "--schema",
      description = "Also check each document against the case JSON Schema (off by default: the "
          + "strict reader already rejects what the schema would; 'validate' always does).")
  boolean on;
}
