package dev.palermo.examples;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.ElementStatus;
import dev.palermo.assessment.SmugglingAssessment;
import dev.palermo.assessment.SmugglingDefinition;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.person.Person;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Quick start's main job: assesses the {@link SampleCases} under the Protocol and the other
 * jurisdictions each sample names, and prints for each its outcome and the elements that decided
 * it, and whether the person was also smuggled. Prints no personal data (ids are opaque).
 */
public final class AssessSamples {
  private AssessSamples() {}

  /**
   * Runs the samples.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(SampleCases.all(), System.out);
  }

  /**
   * Assesses the samples and prints the report.
   *
   * @param samples the samples
   * @param out where to print
   */
  public static void print(List<SampleCase> samples, PrintStream out) {
    out.printf("Palermo: %d sample cases%n", samples.size());
    for (SampleCase sample : samples) {
      Case c = sample.theCase();
      out.printf("%n%s: %s%n", c.id(), sample.description());
      for (Conduct conduct : c.conducts()) {
        Person victim = c.person(conduct.victim()).orElseGet(() -> Person.of(conduct.victim()));
        for (Jurisdiction j : sample.jurisdictions()) {
          DefinitionAssessment a = TraffickingDefinition.assess(conduct, victim, j);
          out.printf("  %-18s %-14s %s%n", j.id() + "@" + a.profileVersion(),
              a.outcome().name(), decisive(a));
        }
        SmugglingAssessment s = SmugglingDefinition.assess(conduct, victim);
        out.printf("  %-18s %-14s %s%n", "smuggling", s.outcome().name(),
            s.elements().entrySet().stream()
                .map(e -> e.getKey().code() + "=" + e.getValue().code())
                .collect(Collectors.joining(" ")));
      }
    }
  }

  /** The elements that decided the outcome: all elements that the profile needed. */
  static String decisive(DefinitionAssessment a) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<DefinitionElement, ElementStatus> e : a.elements().entrySet()) {
      boolean optional = e.getKey() == DefinitionElement.PERSON_SCOPE
          || e.getKey() == DefinitionElement.MOVEMENT;
      if (optional && e.getValue() == ElementStatus.NOT_REQUIRED) {
        continue;
      }
      sb.append(e.getKey().code()).append('=').append(e.getValue().code()).append(' ');
    }
    if (a.ifChild().isPresent()) {
      sb.append("| if child: ").append(a.ifChild().get().name()).append(", if adult: ")
          .append(a.ifAdult().get().name());
    }
    return sb.toString().strip();
  }
}
