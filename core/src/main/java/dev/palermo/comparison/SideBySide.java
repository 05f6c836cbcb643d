package dev.palermo.comparison;

import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Conduct;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.person.Person;
import java.util.List;

/**
 * Assesses one set of facts under several jurisdictions at once (DOMAIN.md §3, "Uses").
 * Stateless and thread-safe; has no instances.
 */
public final class SideBySide {
  private SideBySide() {}

  /**
   * Assesses conduct under each jurisdiction.
   *
   * @param conduct the facts
   * @param victim the person the conduct was directed at
   * @param jurisdictions the jurisdictions, in the order to report them; ids must be distinct
   * @return the comparison
   * @throws IllegalArgumentException if two jurisdictions share an id
   */
  public static Comparison assess(Conduct conduct, Person victim,
      List<Jurisdiction> jurisdictions) {
    Comparison.Builder b = Comparison.builder();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Jurisdiction j : jurisdictions) {
      if (!seen.add(j.id())) {
        throw new IllegalArgumentException("jurisdiction '" + j.id() + "' given twice");
      }
      b.putAssessments(j.id(), TraffickingDefinition.assess(conduct, victim, j));
    }
    return b.build();
  }
}
