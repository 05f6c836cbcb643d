package dev.palermo.jurisdiction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A jurisdiction and the versions of its law over time. Facts are assessed under the version in
 * force at the date of the conduct (DOMAIN.md §3): {@link #versionAt(LocalDate)} picks it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Jurisdiction {
  private final String id;
  private final String name;
  private final List<JurisdictionProfile> versions;

  private Jurisdiction(String id, String name, List<JurisdictionProfile> versions) {
    this.id = id;
    this.name = name;
    this.versions = versions;
  }

  /**
   * A jurisdiction from its versions.
   *
   * @param versions the versions, in any order; all with the same id; at least one; no two with
   *     the same effective date
   * @return the jurisdiction
   * @throws IllegalArgumentException if the versions are empty, mix ids or share a date
   */
  public static Jurisdiction of(List<JurisdictionProfile> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a jurisdiction needs at least one version");
    }
    List<JurisdictionProfile> sorted = new ArrayList<>(versions);
    sorted.sort(Comparator.comparing(JurisdictionProfile::effectiveFrom));
    String id = sorted.get(0).id();
    for (int i = 0; i < sorted.size(); i++) {
      if (!sorted.get(i).id().equals(id)) {
        throw new IllegalArgumentException("versions of one jurisdiction must share its id");
      }
      if (i > 0 && sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
        throw new IllegalArgumentException("two versions take effect on the same day");
      }
    }
    return new Jurisdiction(id, sorted.get(sorted.size() - 1).name(), List.copyOf(sorted));
  }

  /**
   * A jurisdiction with a single version.
   *
   * @param profile the version
   * @return the jurisdiction
   */
  public static Jurisdiction of(JurisdictionProfile profile) {
    return of(List.of(Objects.requireNonNull(profile, "profile")));
  }

  /** @return the stable id */
  public String id() {
    return id;
  }

  /** @return the name (of the latest version) */
  public String name() {
    return name;
  }

  /** @return the versions, oldest first; unmodifiable */
  public List<JurisdictionProfile> versions() {
    return versions;
  }

  /** @return the newest version */
  public JurisdictionProfile latest() {
    return versions.get(versions.size() - 1);
  }

  /**
   * The version in force on a day.
   *
   * @param day the day
   * @return the last version whose effective date is not after the day, or empty before the first
   */
  public Optional<JurisdictionProfile> versionAt(LocalDate day) {
    JurisdictionProfile found = null;
    for (JurisdictionProfile v : versions) {
      if (!v.effectiveFrom().isAfter(day)) {
        found = v;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns a copy with one more version.
   *
   * @param version the version to add
   * @return the changed copy
   */
  public Jurisdiction withVersion(JurisdictionProfile version) {
    List<JurisdictionProfile> all = new ArrayList<>(versions);
    all.add(version);
    return of(all);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Jurisdiction && ((Jurisdiction) o).versions.equals(versions);
  }

  @Override
  public int hashCode() {
    return versions.hashCode();
  }

  @Override
  public String toString() {
    return id + versions.stream().map(JurisdictionProfile::version).toList();
  }
}
