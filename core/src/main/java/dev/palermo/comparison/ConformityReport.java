package dev.palermo.comparison;

import dev.palermo.internal.PalermoStyle;
import dev.palermo.law.NormativeStrength;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of checking a profile's definition against the Trafficking Protocol floor: every
 * {@link Shortfall}, with its citation.
 *
 * <p>Produced by {@link ConformityCheck}. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class ConformityReport {
  ConformityReport() {}

  /** @return the id of the profile checked */
  public abstract String jurisdictionId();

  /** @return the version checked */
  public abstract String profileVersion();

  /** @return the shortfalls, in the order of the definition (acts, means, purposes, ...) */
  public abstract List<Shortfall> shortfalls();

  /** @return true when no shortfall is reported, contested ones included */
  public boolean conforms() {
    return shortfalls().isEmpty();
  }

  /** @return true when no shortfall other than contested ones is reported */
  public boolean meetsUncontestedFloor() {
    return shortfalls().stream().allMatch(s -> s.strength() == NormativeStrength.EMERGING);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConformityReport}; not thread-safe, use once. */
  public static final class Builder extends ImmutableConformityReport.Builder {}
}
