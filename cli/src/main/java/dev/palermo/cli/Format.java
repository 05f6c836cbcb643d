package dev.palermo.cli;

/**
 * Output formats: a readable table for people (the default on a terminal), JSON (one array) or
 * NDJSON (one object per line, streamed) for machines (the default when output is redirected).
 */
enum Format {
  /** Chooses {@link #TABLE} on a terminal, {@link #JSON} otherwise. */
  AUTO,
  /** Aligned text. */
  TABLE,
  /** One JSON array. */
  JSON,
  /** One JSON object per line. */
  NDJSON;

  Format resolve(boolean terminal) {
    return this != AUTO ? this : terminal ? TABLE : JSON;
  }
}
