package dev.palermo.checks.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.Check;
import dev.palermo.checks.Checks;
import dev.palermo.checks.children.ChildrenChecks;
import dev.palermo.checks.interviews.InterviewChecks;
import dev.palermo.checks.proceedings.ProceedingsChecks;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The checks of the returns, proceedings, children and interviews packages: codes in their ranges,
 * every message present, rules readable, all registered.
 */
class RegistryTest {
  private static void inRange(List<Check> checks, int from, int to) {
    assertThat(checks).isNotEmpty().allSatisfy(c -> {
      int n = Integer.parseInt(c.code().substring("PAL-C-".length()));
      assertThat(n).isBetween(from, to);
      AbstractCheck a = (AbstractCheck) c;
      for (String kind : List.of("rule", "finding", "cannot-tell", "remedy")) {
        assertThat(a.text(Locale.ROOT, kind, "2018-06-01", "field")).isNotBlank();
      }
      assertThat(c.rule()).doesNotContain("''").doesNotContain("{");
      assertThat(a.text(Locale.ROOT, "remedy")).doesNotContain("''");
      assertThat(c.reads()).isNotEmpty();
      assertThat(Checks.byId(c.id()).map(Check::code)).contains(c.code());
    });
  }

  @Test
  void codesInRangeAndMessagesComplete() {
    inRange(ReturnChecks.all(), 200, 219);
    inRange(ProceedingsChecks.all(), 220, 239);
    inRange(ChildrenChecks.all(), 240, 259);
    inRange(InterviewChecks.all(), 260, 279);
    assertThat(ReturnChecks.all().size() + ProceedingsChecks.all().size()
        + ChildrenChecks.all().size() + InterviewChecks.all().size()).isEqualTo(34);
  }
}
