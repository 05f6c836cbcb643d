package dev.palermo.vocabulary;

import dev.palermo.law.Provision;

/**
 * A value of a code system: a stable machine code that never changes once published, an English
 * label for people, and the provision that defines the value. Every code system of the SDK (acts,
 * means, purposes, strengths, statuses) implements this interface, so that codes serialize as
 * their {@link #code()} strings and every value can be traced to its source.
 *
 * <p>Implementations are immutable and thread-safe (enums).
 */
public interface Code {
  /** @return the stable code, lower-case words joined by hyphens, e.g. {@code threat-of-force} */
  String code();

  /** @return the English label */
  String label();

  /** @return the provision that defines this value */
  Provision definedBy();
}
