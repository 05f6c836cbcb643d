package dev.palermo.report;

import java.util.Objects;

/**
 * A JSON pointer (RFC 6901) into a case document, e.g. {@code /persons/0/id}: the place a
 * {@link Problem} refers to. Tokens are escaped ({@code ~} as {@code ~0}, {@code /} as
 * {@code ~1}). The root is the empty pointer.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonPointer implements Comparable<JsonPointer> {
  private static final JsonPointer ROOT = new JsonPointer("");
  private final String text;

  private JsonPointer(String text) {
    this.text = text;
  }

  /** @return the pointer to the whole document */
  public static JsonPointer root() {
    return ROOT;
  }

  /**
   * Builds a pointer from tokens: property names and array indexes.
   *
   * @param tokens the tokens, e.g. {@code "persons", 0, "id"}
   * @return the pointer
   */
  public static JsonPointer of(Object... tokens) {
    JsonPointer p = ROOT;
    for (Object token : tokens) {
      p = p.child(token);
    }
    return p;
  }

  /**
   * Parses pointer text.
   *
   * @param text e.g. {@code /persons/0/id}, or empty for the root
   * @return the pointer
   * @throws IllegalArgumentException if it is neither empty nor starts with {@code /}
   */
  public static JsonPointer parse(String text) {
    Objects.requireNonNull(text, "text");
    if (!text.isEmpty() && text.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON pointer is empty or starts with '/'");
    }
    return text.isEmpty() ? ROOT : new JsonPointer(text);
  }

  /**
   * The pointer to a child.
   *
   * @param token a property name or an array index
   * @return the longer pointer
   */
  public JsonPointer child(Object token) {
    String t = String.valueOf(Objects.requireNonNull(token, "token"));
    return new JsonPointer(text + "/" + t.replace("~", "~0").replace("/", "~1"));
  }

  /** @return true for the pointer to the whole document */
  public boolean isRoot() {
    return text.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonPointer && ((JsonPointer) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public int compareTo(JsonPointer o) {
    return text.compareTo(o.text);
  }

  /** @return the pointer text, e.g. {@code /persons/0/id} */
  @Override
  public String toString() {
    return text;
  }
}
