package dev.palermo.checks.trial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.Check;
import dev.palermo.checks.Checks;
import dev.palermo.checks.sanctions.SanctionsChecks;
import dev.palermo.rights.Beneficiary;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The trial and sanctions checks: codes in their ranges, every message present and formatted,
 * rules readable, all registered, every provision cited in the catalogue.
 */
class TrialRegistryTest {
  private static void inRange(List<Check> checks, int from, int to) {
    assertThat(checks).isNotEmpty().allSatisfy(c -> {
      int n = Integer.parseInt(c.code().substring("PAL-C-".length()));
      assertThat(n).isBetween(from, to);
      AbstractCheck a = (AbstractCheck) c;
      for (String kind : List.of("rule", "finding", "cannot-tell", "remedy")) {
        assertThat(a.text(Locale.ROOT, kind, "2018-06-01", "field", 6, 12)).isNotBlank()
            .doesNotContain("{");
      }
      assertThat(c.rule()).doesNotContain("''").doesNotContain("{");
      assertThat(a.text(Locale.ROOT, "remedy")).doesNotContain("''");
      assertThat(c.reads()).isNotEmpty();
      assertThat(c.provisions()).isNotEmpty();
      assertThat(Checks.byId(c.id()).map(Check::code)).contains(c.code());
    });
    assertThat(checks).extracting(Check::code).doesNotHaveDuplicates();
  }

  @Test
  void codesInRangeAndMessagesComplete() {
    inRange(TrialChecks.all(), 300, 349);
    inRange(SanctionsChecks.all(), 400, 449);
    assertThat(TrialChecks.all()).hasSize(13);
    assertThat(SanctionsChecks.all()).hasSize(13);
  }

  // ICCPR art. 14 protects the suspect or defendant (seeds/004 line 662; seeds/000 line 359):
  // the fair-trial checks cite provisions that protect suspects.
  @Test
  void fairTrialChecksCiteSuspectsRights() {
    for (Check c : TrialChecks.all()) {
      assertThat(c.provisions().get(0).protects()).as(c.id()).contains(Beneficiary.SUSPECT);
    }
  }
}
