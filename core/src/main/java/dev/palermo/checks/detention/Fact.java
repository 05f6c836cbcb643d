package dev.palermo.checks.detention;

import dev.palermo.facts.Truth;
import dev.palermo.report.JsonPointer;
import java.util.Objects;

/**
 * One fact a detention rule reads: what is known of it, where it is in the case document, and
 * its name for "cannot tell" messages (a field name or a code, never personal data).
 *
 * @param truth what is known: TRUE when the fact counts towards a breach
 * @param path the JSON pointer of the fact
 * @param name the name of the fact
 */
record Fact(Truth truth, JsonPointer path, String name) {
  Fact {
    Objects.requireNonNull(truth);
    Objects.requireNonNull(path);
    Objects.requireNonNull(name);
  }
}
