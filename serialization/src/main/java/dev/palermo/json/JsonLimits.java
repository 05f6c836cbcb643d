package dev.palermo.json;

import tools.jackson.core.StreamReadConstraints;

/**
 * Limits on JSON input, against hostile or broken documents: the longest document, the deepest
 * nesting, the longest string, number and property name. A document over a limit is rejected with
 * a {@code PAL-J} problem ({@link JsonProblemCode#DOCUMENT_TOO_LONG} and the next four) before it
 * is bound. They are enforced by Jackson's {@link StreamReadConstraints}; in NDJSON, every line
 * is a document of its own and the document limit applies per line.
 *
 * <p>Defaults ({@link #defaults()}): document 16,777,216 characters (16 MiB), nesting depth 32
 * (a case document needs about 8), strings 100,000 characters, numbers 20 characters, property
 * names 256 characters. Immutable and thread-safe.
 */
public final class JsonLimits {
  private static final JsonLimits DEFAULTS = new JsonLimits(16L * 1024 * 1024, 32, 100_000, 20,
      256);
  private final long maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;

  private JsonLimits(long maxDocumentLength, int maxNestingDepth, int maxStringLength,
      int maxNumberLength, int maxNameLength) {
    if (maxDocumentLength < 1 || maxNestingDepth < 1 || maxStringLength < 1
        || maxNumberLength < 1 || maxNameLength < 1) {
      throw new IllegalArgumentException("JSON limits must be positive");
    }
    this.maxDocumentLength = maxDocumentLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    this.maxNameLength = maxNameLength;
  }

  /** @return the default limits */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /** @return the longest document, in characters (bytes for byte input) */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /** @return the deepest nesting of objects and arrays */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** @return the longest string value, in characters */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** @return the longest number, in characters */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** @return the longest property name, in characters */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * @param value the longest document, at least 1
   * @return a copy with that limit
   */
  public JsonLimits withMaxDocumentLength(long value) {
    return new JsonLimits(value, maxNestingDepth, maxStringLength, maxNumberLength,
        maxNameLength);
  }

  /**
   * @param value the deepest nesting, at least 1
   * @return a copy with that limit
   */
  public JsonLimits withMaxNestingDepth(int value) {
    return new JsonLimits(maxDocumentLength, value, maxStringLength, maxNumberLength,
        maxNameLength);
  }

  /**
   * @param value the longest string, at least 1
   * @return a copy with that limit
   */
  public JsonLimits withMaxStringLength(int value) {
    return new JsonLimits(maxDocumentLength, maxNestingDepth, value, maxNumberLength,
        maxNameLength);
  }

  /**
   * @param value the longest number, at least 1
   * @return a copy with that limit
   */
  public JsonLimits withMaxNumberLength(int value) {
    return new JsonLimits(maxDocumentLength, maxNestingDepth, maxStringLength, value,
        maxNameLength);
  }

  /**
   * @param value the longest property name, at least 1
   * @return a copy with that limit
   */
  public JsonLimits withMaxNameLength(int value) {
    return new JsonLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength,
        value);
  }

  /** @return the limits as Jackson constraints */
  StreamReadConstraints toConstraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentLength)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxNameLength(maxNameLength)
        .build();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof JsonLimits)) {
      return false;
    }
    JsonLimits l = (JsonLimits) o;
    return l.maxDocumentLength == maxDocumentLength && l.maxNestingDepth == maxNestingDepth
        && l.maxStringLength == maxStringLength && l.maxNumberLength == maxNumberLength
        && l.maxNameLength == maxNameLength;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(maxDocumentLength, maxNestingDepth, maxStringLength,
        maxNumberLength, maxNameLength);
  }

  @Override
  public String toString() {
    return "JsonLimits{document=" + maxDocumentLength + ", depth=" + maxNestingDepth
        + ", string=" + maxStringLength + ", number=" + maxNumberLength + ", name="
        + maxNameLength + "}";
  }
}
