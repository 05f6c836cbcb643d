package dev.palermo.checks.interviews;

import static dev.palermo.checks.CheckTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.events.Interview;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import org.junit.jupiter.api.Test;

/** Special cases of the interview checks. */
class InterviewScopeTest {
  // Family members "may have been involved in the crime under investigation" (seeds/004 line
  // 479): keeping them out for cause is not a breach.
  @Test
  void guardianKeptOutForCauseIsNotABreach() {
    Interview.Builder b = Interview.builder();
    b.person(VICTIM).when(DateSpan.on(DAY)).guardianPresent(Truth.FALSE)
        .guardianExcludedForCause(Truth.TRUE);
    assertThat(run(new ChildInterviewedWithoutGuardian(), victimCase(person("child"), b.build())))
        .isEmpty();
  }

  // "where victim or witnesses being interviewed are children" (seeds/004 line 479): adults are
  // not judged.
  @Test
  void guardianRuleSkipsAdults() {
    Interview.Builder b = Interview.builder();
    b.person(VICTIM).when(DateSpan.on(DAY)).guardianPresent(Truth.FALSE);
    assertThat(run(new ChildInterviewedWithoutGuardian(), victimCase(person("adult"), b.build())))
        .isEmpty();
  }
}
