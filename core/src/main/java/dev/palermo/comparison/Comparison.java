package dev.palermo.comparison;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.Outcome;
import dev.palermo.internal.PalermoStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One set of facts assessed under several jurisdictions side by side (DOMAIN.md §3: "a criminal
 * recognized by one State as a trafficker may not be regarded as such by another State",
 * {@code seeds/003_d1561a5ed447703d.txt:94}).
 *
 * <p>Produced by {@link SideBySide}. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class Comparison {
  Comparison() {}

  /** @return the assessment under each jurisdiction, by jurisdiction id, in the order asked */
  public abstract Map<String, DefinitionAssessment> assessments();

  /** @return the outcome under each jurisdiction, by jurisdiction id */
  public Map<String, Outcome> outcomes() {
    Map<String, Outcome> out = new LinkedHashMap<>();
    assessments().forEach((id, a) -> out.put(id, a.outcome()));
    return out;
  }

  /** @return true when every jurisdiction gives the same outcome */
  public boolean agree() {
    return assessments().values().stream().map(DefinitionAssessment::outcome).distinct()
        .count() <= 1;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Comparison}; not thread-safe, use once. */
  public static final class Builder extends ImmutableComparison.Builder {}
}
