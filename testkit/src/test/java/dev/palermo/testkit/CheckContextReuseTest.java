package dev.palermo.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.SmugglingAssessment;
import dev.palermo.assessment.SmugglingDefinition;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.checks.Check;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.Checks;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.Person;
import dev.palermo.report.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The checks given the assessments a pipeline has already made find exactly what they find when
 * they make the assessments themselves, over generated cases with and without events, under every
 * built-in jurisdiction.
 */
class CheckContextReuseTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  private static List<DefinitionAssessment> trafficking(Case c, Jurisdiction j) {
    List<DefinitionAssessment> out = new ArrayList<>();
    for (Conduct k : c.conducts()) {
      out.add(TraffickingDefinition.assess(k, victim(c, k), j));
    }
    return out;
  }

  private static List<SmugglingAssessment> smuggling(Case c) {
    List<SmugglingAssessment> out = new ArrayList<>();
    for (Conduct k : c.conducts()) {
      out.add(SmugglingDefinition.assess(k, victim(c, k)));
    }
    return out;
  }

  private static Person victim(Case c, Conduct k) {
    return c.person(k.victim()).orElseGet(() -> Person.of(k.victim()));
  }

  @Test
  void givenAssessmentsGiveTheSameFindings() {
    RandomGenerator random = SeededCases.random(2024);
    long findings = 0;
    for (int i = 0; i < 150; i++) {
      Case c = i % 2 == 0 ? SeededCases.casesWithEvents(random) : SeededCases.caseFile(random);
      for (Jurisdiction j : Jurisdictions.all()) {
        List<Problem> made = Checks.run(c, j, AS_OF).problems();
        List<Problem> given = Checks.run(Checks.all(),
            CheckContext.of(c, j, AS_OF, trafficking(c, j), smuggling(c))).problems();
        assertThat(given).as("case %d under %s", i, j.id()).isEqualTo(made);
        findings += made.size();
      }
    }
    assertThat(findings).as("the corpus exercises the checks").isGreaterThan(1000);
  }

  @Test
  void assessmentsMustMatchTheConductsAndTheJurisdiction() {
    Case c = SeededCases.caseFile(SeededCases.random(5));
    Jurisdiction coe = Jurisdictions.byId("coe").orElseThrow();
    assertThatThrownBy(() -> CheckContext.of(c, coe, AS_OF, List.of(), smuggling(c)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one assessment");
    assertThatThrownBy(() -> CheckContext.of(c, coe, AS_OF,
        trafficking(c, Jurisdictions.PROTOCOL), smuggling(c)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tip-protocol");
  }

  @Test
  void textsAreTheSameOnEveryCallAndInEveryLanguageAsked() {
    for (Check check : Checks.all()) {
      if (!(check instanceof dev.palermo.checks.AbstractCheck)) {
        continue;
      }
      dev.palermo.checks.AbstractCheck a = (dev.palermo.checks.AbstractCheck) check;
      String first = a.text(Locale.ROOT, "finding", "2025-01-01", "field");
      assertThat(a.text(Locale.ROOT, "finding", "2025-01-01", "field")).isEqualTo(first);
      assertThat(a.text(Locale.ENGLISH, "finding", "2025-01-01", "field")).isEqualTo(first);
      assertThat(a.text(Locale.ROOT, "remedy")).doesNotContain("''");
    }
  }
}
