package dev.palermo.person;

import java.util.Objects;

/**
 * The identifier of a person within a case. It must carry no personal data: it is an opaque token
 * chosen by the case system ({@code "P1"}, {@code "victim-7"}, a UUID), 1 to 64 characters from
 * letters, digits, dot, underscore and hyphen, starting with a letter or digit. Names and
 * document numbers do not belong here (DOMAIN.md §4, data protection).
 *
 * <p>Immutable and thread-safe.
 */
public final class PersonId implements Comparable<PersonId> {
  private final String value;

  private PersonId(String value) {
    this.value = value;
  }

  /**
   * Parses an identifier.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws IllegalArgumentException if the text is not of the allowed form; the message does
   *     not repeat the text, which may be personal data entered by mistake
   */
  public static PersonId of(String value) {
    if (!isValid(value)) {
      throw new IllegalArgumentException("a person id is 1-64 letters, digits, '.', '_' or '-',"
          + " starting with a letter or digit");
    }
    return new PersonId(value);
  }

  /**
   * Whether the text is a well-formed identifier.
   *
   * @param value the text
   * @return true if {@link #of} would accept it
   */
  public static boolean isValid(String value) {
    // The form [A-Za-z0-9][A-Za-z0-9._-]{0,63}, checked without a regular expression: ids are
    // checked for every person and reference of every document read.
    if (value == null || value.isEmpty() || value.length() > 64
        || !isAsciiLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** @return the identifier text */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonId && ((PersonId) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @Override
  public int compareTo(PersonId o) {
    return value.compareTo(o.value);
  }

  /** @return the identifier text */
  @Override
  public String toString() {
    return value;
  }
}
