package dev.palermo.testkit;

import dev.palermo.person.AgeEvidence;
import java.util.Objects;

/**
 * A named form of age evidence of a known {@link AgeClass} on the day of the conduct of
 * {@link Combinations}, for example "exact date of birth, 18th birthday on the day" (adult).
 *
 * <p>Immutable and thread-safe.
 */
public final class AgeCase {
  private final String name;
  private final AgeClass ageClass;
  private final AgeEvidence evidence;

  private AgeCase(String name, AgeClass ageClass, AgeEvidence evidence) {
    this.name = name;
    this.ageClass = ageClass;
    this.evidence = evidence;
  }

  /**
   * An age case.
   *
   * @param name a short name, e.g. {@code child-exact}
   * @param ageClass the class the evidence gives on the day of the conduct
   * @param evidence the evidence
   * @return the case
   */
  public static AgeCase of(String name, AgeClass ageClass, AgeEvidence evidence) {
    return new AgeCase(Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(ageClass, "ageClass"), Objects.requireNonNull(evidence, "evidence"));
  }

  /** @return the short name */
  public String name() {
    return name;
  }

  /** @return the age class on the day of the conduct */
  public AgeClass ageClass() {
    return ageClass;
  }

  /** @return the evidence */
  public AgeEvidence evidence() {
    return evidence;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgeCase && ((AgeCase) o).name.equals(name)
        && ((AgeCase) o).ageClass == ageClass && ((AgeCase) o).evidence.equals(evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, ageClass, evidence);
  }

  /** @return the name and class */
  @Override
  public String toString() {
    return name + "(" + ageClass + ")";
  }
}
