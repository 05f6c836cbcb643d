package dev.palermo.vocabulary;

/**
 * Thrown when a string is not a code of the code system it was read for. The message names the
 * code system and the rejected code only (codes carry no personal data); the rejected text is cut
 * to 40 characters.
 *
 * <p>Immutable and thread-safe once thrown.
 */
public final class UnknownCodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** The name of the code system. */
  private final String codeSystem;
  /** The rejected code, cut to 40 characters. */
  private final String rejected;

  UnknownCodeException(String codeSystem, String rejected) {
    super("'" + cut(rejected) + "' is not a code of " + codeSystem);
    this.codeSystem = codeSystem;
    this.rejected = cut(rejected);
  }

  private static String cut(String s) {
    if (s == null) {
      return "null";
    }
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  /** @return the name of the code system, e.g. {@code Means} */
  public String codeSystem() {
    return codeSystem;
  }

  /** @return the rejected code, cut to 40 characters */
  public String rejected() {
    return rejected;
  }
}
