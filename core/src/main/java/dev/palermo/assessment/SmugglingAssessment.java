package dev.palermo.assessment;

import dev.palermo.facts.Truth;
import dev.palermo.internal.PalermoStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The result of assessing conduct against the definition of the smuggling of migrants (Smuggling
 * Protocol art. 3): the outcome, the status of each element, the aggravating circumstances of
 * art. 6(3), and an explanation with a citation on every step. Smuggling and trafficking can both
 * hold for one person (DOMAIN.md §2): this assessment is independent of the trafficking one.
 *
 * <p>Produced by {@link SmugglingDefinition}. Nullness: every accessor returns non-null.
 * Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class SmugglingAssessment implements WithSmugglingAssessment {
  SmugglingAssessment() {}

  /** @return whether the facts meet the definition of smuggling of migrants */
  public abstract Outcome outcome();

  /** @return the status of each element */
  public abstract Map<SmugglingElement, ElementStatus> elements();

  /** @return whether the migrant's life or safety was endangered (art. 6(3)(a)) */
  public abstract Truth lifeOrSafetyEndangered();

  /** @return whether the migrant suffered inhuman or degrading treatment (art. 6(3)(b)) */
  public abstract Truth inhumanOrDegradingTreatment();

  /** @return the explanation, in order; every step carries a citation */
  public abstract List<ExplanationStep> steps();

  /**
   * The status of one element.
   *
   * @param element the element
   * @return its status
   */
  public ElementStatus element(SmugglingElement element) {
    return elements().get(element);
  }

  /** @return a short summary without personal data */
  @Override
  public String toString() {
    return "SmugglingAssessment{" + outcome().code() + ", " + elements() + "}";
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SmugglingAssessment}; not thread-safe, use once. */
  public static final class Builder extends ImmutableSmugglingAssessment.Builder {}
}
