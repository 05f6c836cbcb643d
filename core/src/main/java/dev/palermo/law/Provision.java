package dev.palermo.law;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A pinpoint in an {@link Instrument}: the instrument plus an article (or section, principle,
 * paragraph) and its sub-divisions, for example {@code TIP Protocol art. 3(a)} or
 * {@code CRC art. 37(a)}. Every rule, code and explanation step of the SDK carries one.
 *
 * <p>Create with {@link #of(Instrument, String)} and read back with {@link #parse(String)}; the
 * {@linkplain #toString() citation text} round-trips through {@code parse} for built-in
 * instruments. Immutable and thread-safe.
 */
public final class Provision implements Comparable<Provision> {
  private final Instrument instrument;
  private final String article;
  private final List<String> subdivisions;
  private final String range;

  private Provision(Instrument instrument, String article, List<String> subdivisions,
      String range) {
    this.instrument = instrument;
    this.article = article;
    this.subdivisions = subdivisions;
    this.range = range;
  }

  /**
   * Creates a provision from an instrument and a pinpoint.
   *
   * @param instrument the instrument
   * @param pinpoint the article and its sub-divisions as written after the prefix, e.g.
   *     {@code "3(a)"}, {@code "8(1)(a)"}, {@code "Principle 7"}, {@code "18-19"}; a range or
   *     list of sub-divisions may follow, {@code "12(1)-(2)"}
   * @return the provision
   * @throws IllegalArgumentException if the pinpoint is blank or its brackets do not match
   */
  public static Provision of(Instrument instrument, String pinpoint) {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(pinpoint, "pinpoint");
    String text = pinpoint.strip();
    int open = text.indexOf('(');
    String article = open < 0 ? text : text.substring(0, open).strip();
    if (article.isEmpty()) {
      throw new IllegalArgumentException("a provision needs an article: '" + pinpoint + "'");
    }
    List<String> subdivisions = new ArrayList<>();
    String range = "";
    int i = open;
    while (i >= 0 && i < text.length()) {
      char c = text.charAt(i);
      if ((c == '-' || c == ',') && !subdivisions.isEmpty()) {
        range = text.substring(i);
        break;
      }
      if (c != '(') {
        throw new IllegalArgumentException("malformed pinpoint: '" + pinpoint + "'");
      }
      int close = text.indexOf(')', i);
      if (close < 0 || close == i + 1) {
        throw new IllegalArgumentException("malformed pinpoint: '" + pinpoint + "'");
      }
      subdivisions.add(text.substring(i + 1, close).strip());
      i = close + 1;
    }
    return new Provision(instrument, article, List.copyOf(subdivisions), range);
  }

  /**
   * Parses a citation as written by {@link #toString()}, e.g. {@code "TIP Protocol art. 3(a)"}.
   * The instrument may also be given by its code: {@code "tip-protocol art. 3(a)"}. Only built-in
   * instruments can be parsed.
   *
   * @param citation the citation text
   * @return the provision
   * @throws IllegalArgumentException if no built-in instrument starts the text, or the pinpoint is
   *     malformed
   */
  public static Provision parse(String citation) {
    Objects.requireNonNull(citation, "citation");
    String text = citation.strip();
    List<Instrument> candidates = new ArrayList<>(Instrument.builtIns());
    candidates.sort(Comparator.comparingInt((Instrument x) -> -x.shortName().length()));
    for (Instrument instrument : candidates) {
      for (String name : List.of(instrument.shortName(), instrument.code())) {
        if (text.startsWith(name + " ")) {
          String rest = text.substring(name.length()).strip();
          String prefix = instrument.pinpointPrefix();
          if (!prefix.isEmpty() && rest.startsWith(prefix)) {
            rest = rest.substring(prefix.length()).strip();
          }
          return of(instrument, rest);
        }
      }
    }
    throw new IllegalArgumentException("no known instrument starts the citation '"
        + abbreviate(text) + "'");
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /** @return the instrument */
  public Instrument instrument() {
    return instrument;
  }

  /** @return the article, section or principle, e.g. {@code "3"} or {@code "Principle 7"} */
  public String article() {
    return article;
  }

  /** @return the sub-divisions in order, e.g. {@code ["1", "a"]} for 8(1)(a); unmodifiable */
  public List<String> subdivisions() {
    return subdivisions;
  }

  /** @return the range or list that follows the sub-divisions, e.g. {@code "-(2)"}; or "" */
  public String range() {
    return range;
  }

  /** @return the pinpoint without the instrument, e.g. {@code "3(a)"} */
  public String pinpoint() {
    StringBuilder sb = new StringBuilder(article);
    for (String s : subdivisions) {
      sb.append('(').append(s).append(')');
    }
    return sb.append(range).toString();
  }

  /**
   * The strength this provision has unless a rule states otherwise: the default of its
   * instrument's kind.
   *
   * @return the default strength
   */
  public NormativeStrength defaultStrength() {
    return instrument.kind().defaultStrength();
  }

  /**
   * Whether this provision is, or lies within, {@code other}: {@code art. 3(a)} is within
   * {@code art. 3}.
   *
   * @param other the broader provision
   * @return true if same instrument and article and {@code other}'s sub-divisions are a prefix
   */
  public boolean isWithin(Provision other) {
    return instrument.equals(other.instrument) && article.equals(other.article)
        && other.subdivisions.size() <= subdivisions.size()
        && subdivisions.subList(0, other.subdivisions.size()).equals(other.subdivisions);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Provision)) {
      return false;
    }
    Provision p = (Provision) o;
    return instrument.equals(p.instrument) && article.equals(p.article)
        && subdivisions.equals(p.subdivisions) && range.equals(p.range);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument, article, subdivisions, range);
  }

  /** Orders by instrument code, then by citation text. */
  @Override
  public int compareTo(Provision o) {
    int c = instrument.code().compareTo(o.instrument.code());
    return c != 0 ? c : toString().compareTo(o.toString());
  }

  /** @return the citation, e.g. {@code "TIP Protocol art. 3(a)"} */
  @Override
  public String toString() {
    String prefix = instrument.pinpointPrefix();
    return instrument.shortName() + " " + (prefix.isEmpty() ? "" : prefix + " ") + pinpoint();
  }
}
