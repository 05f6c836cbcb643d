package dev.palermo.jurisdiction;

import java.util.Objects;

/**
 * One point of a profile and how it was verified: what the point is, where it comes from (a seed
 * file and line, a DOMAIN.md section, or the official provision) and the {@link Verification}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceNote {
  private final String point;
  private final String source;
  private final Verification verification;

  private SourceNote(String point, String source, Verification verification) {
    this.point = point;
    this.source = source;
    this.verification = verification;
  }

  /**
   * A note.
   *
   * @param point what the profile encodes, e.g. "acts: the five of art. 3(a)"
   * @param source where it comes from, e.g. "seeds/003_d1561a5ed447703d.txt:48"
   * @param verification how far it was checked
   * @return the note
   */
  public static SourceNote of(String point, String source, Verification verification) {
    return new SourceNote(Objects.requireNonNull(point), Objects.requireNonNull(source),
        Objects.requireNonNull(verification));
  }

  /** @return what the profile encodes */
  public String point() {
    return point;
  }

  /** @return where it comes from */
  public String source() {
    return source;
  }

  /** @return how far it was checked */
  public Verification verification() {
    return verification;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceNote && ((SourceNote) o).point.equals(point)
        && ((SourceNote) o).source.equals(source)
        && ((SourceNote) o).verification == verification;
  }

  @Override
  public int hashCode() {
    return Objects.hash(point, source, verification);
  }

  @Override
  public String toString() {
    return point + " [" + verification.code() + ": " + source + "]";
  }
}
