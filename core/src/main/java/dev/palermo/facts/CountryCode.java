package dev.palermo.facts;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A country or territory as an ISO 3166-1 alpha-2 code ({@code "NG"}, {@code "IT"}), used for the
 * place of an act, a person's nationality and the States of a cooperation request. Only codes
 * the JDK knows as ISO 3166-1 alpha-2 country codes are accepted, in upper case.
 *
 * <p>Immutable and thread-safe.
 */
public final class CountryCode implements Comparable<CountryCode> {
  private static final Set<String> ISO = Set.of(Locale.getISOCountries());
  private final String code;

  private CountryCode(String code) {
    this.code = code;
  }

  /**
   * Parses an ISO 3166-1 alpha-2 code.
   *
   * @param code two upper-case letters
   * @return the country code
   * @throws IllegalArgumentException if it is not an assigned ISO 3166-1 alpha-2 code; the
   *     message does not repeat the text
   */
  public static CountryCode of(String code) {
    if (!isValid(code)) {
      // The rejected text is not repeated: a name typed into the wrong field is personal data.
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code (two upper-case"
          + " letters of an assigned code)");
    }
    return new CountryCode(code);
  }

  /**
   * Whether the text is an assigned ISO 3166-1 alpha-2 code in upper case.
   *
   * @param code the text
   * @return true if {@link #of} would accept it
   */
  public static boolean isValid(String code) {
    return code != null && ISO.contains(code);
  }

  /** @return the two-letter code */
  public String code() {
    return code;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountryCode && ((CountryCode) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }

  @Override
  public int compareTo(CountryCode o) {
    return code.compareTo(o.code);
  }

  /** @return the two-letter code */
  @Override
  public String toString() {
    return code;
  }
}
