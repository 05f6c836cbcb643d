package dev.palermo.rights;

import dev.palermo.law.NormativeStrength;
import dev.palermo.law.Provision;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An entry of the {@link ProvisionCatalogue}: a right, obligation or safeguard, as data. It has a
 * stable id, the provision (instrument and article), a one-line summary in the SDK's own words,
 * its normative strength as worded (DOMAIN.md §6), whom it protects, the stages it applies to, and
 * the seed lines where the sources state it.
 *
 * <p>Immutable and thread-safe.
 */
public final class LegalProvision {
  private final String id;
  private final Provision provision;
  private final String summary;
  private final NormativeStrength strength;
  private final Set<Beneficiary> protects;
  private final Set<Stage> stages;
  private final List<String> sources;

  private LegalProvision(String id, Provision provision, String summary,
      NormativeStrength strength, Set<Beneficiary> protects, Set<Stage> stages,
      List<String> sources) {
    this.id = id;
    this.provision = provision;
    this.summary = summary;
    this.strength = strength;
    this.protects = protects;
    this.stages = stages;
    this.sources = sources;
  }

  /**
   * An entry.
   *
   * @param id stable id, lower-case words joined by hyphens, e.g. {@code tip-6-3}
   * @param provision the instrument and article
   * @param summary one line in the SDK's own words
   * @param strength the strength as worded
   * @param protects whom it protects
   * @param stages the stages it applies to
   * @param sources seed file and line references, e.g. {@code seeds/000_4ef45050c65d0a55.txt:229}
   * @return the entry
   */
  public static LegalProvision of(String id, Provision provision, String summary,
      NormativeStrength strength, Set<Beneficiary> protects, Set<Stage> stages,
      List<String> sources) {
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("provision id must be lower-case words joined by "
          + "hyphens: " + id);
    }
    return new LegalProvision(id, Objects.requireNonNull(provision),
        Objects.requireNonNull(summary), Objects.requireNonNull(strength), Set.copyOf(protects),
        Set.copyOf(stages), List.copyOf(sources));
  }

  /** @return the stable id */
  public String id() {
    return id;
  }

  /** @return the instrument and article */
  public Provision provision() {
    return provision;
  }

  /** @return the one-line summary */
  public String summary() {
    return summary;
  }

  /** @return the strength as worded */
  public NormativeStrength strength() {
    return strength;
  }

  /** @return whom it protects; unmodifiable */
  public Set<Beneficiary> protects() {
    return protects;
  }

  /** @return the stages it applies to; unmodifiable */
  public Set<Stage> stages() {
    return stages;
  }

  /** @return where the sources state it (seed file and line); unmodifiable */
  public List<String> sources() {
    return sources;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LegalProvision && ((LegalProvision) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id + " (" + provision + ", " + strength.code() + ")";
  }
}
