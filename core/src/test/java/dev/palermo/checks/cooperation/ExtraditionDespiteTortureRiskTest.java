package dev.palermo.checks.cooperation;

import static dev.palermo.checks.cooperation.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.facts.Truth;
import dev.palermo.report.Severity;
import org.junit.jupiter.api.Test;

/** Tests of {@link ExtraditionDespiteTortureRisk} (PAL-C-0501). */
class ExtraditionDespiteTortureRiskTest {
  private static final ExtraditionDespiteTortureRisk CHECK = new ExtraditionDespiteTortureRisk();

  // CAT art. 3(1) (seeds/004 line 456); seeds/000 line 533.
  @Test
  void firesOnTortureRisk() {
    assertFinding(run(CHECK, plain(extradition().tortureRisk(Truth.TRUE).refused(Truth.FALSE)
        .build())), "PAL-C-0501", Severity.VIOLATION, "/events/0/tortureRisk", "cat-3-1");
  }

  // CAT art. 3(1): refusing respects the bar; no risk, no bar.
  @Test
  void silentWhenRefusedOrNoRisk() {
    assertThat(run(CHECK, plain(extradition().tortureRisk(Truth.TRUE).refused(Truth.TRUE)
        .build()))).isEmpty();
    assertThat(run(CHECK, plain(extradition().tortureRisk(Truth.FALSE).build()))).isEmpty();
  }

  // CAT art. 3(1): unknown risk gives "cannot tell".
  @Test
  void cannotTellWhenUnknown() {
    assertCannotTell(run(CHECK, plain(extradition().build())), "PAL-C-0501",
        "/events/0/tortureRisk");
  }

  // Non-refoulement is customary (seeds/001 lines 172, 180): a violation even where no treaty
  // binds.
  @Test
  void violationEvenWhereNoTreatyBinds() {
    assertThat(severity(run(CHECK, plain(extradition().tortureRisk(Truth.TRUE).build()),
        unbound()))).isEqualTo(Severity.VIOLATION);
  }
}
