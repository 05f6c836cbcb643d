package dev.palermo.checks.cooperation;

import static dev.palermo.checks.cooperation.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.events.DiscriminationGround;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.report.Severity;
import org.junit.jupiter.api.Test;

/** Tests of {@link ExtraditionOnDiscriminatoryGrounds} (PAL-C-0502). */
class ExtraditionOnDiscriminatoryGroundsTest {
  private static final ExtraditionOnDiscriminatoryGrounds CHECK =
      new ExtraditionOnDiscriminatoryGrounds();

  // UNTOC art. 16(14), quoted at seeds/000 line 545; seeds/000 line 533.
  @Test
  void firesOnAGroundOfArticle16_14() {
    assertFinding(run(CHECK, plain(extradition()
            .discriminationGrounds(FactSet.including(DiscriminationGround.POLITICAL_OPINIONS))
            .build())),
        "PAL-C-0502", Severity.CONCERN, "/events/0/discriminationGrounds", "untoc-16-14");
  }

  // UNTOC art. 16(14): no ground, or refused.
  @Test
  void silentWithoutGroundsOrWhenRefused() {
    assertThat(run(CHECK, plain(extradition().discriminationGrounds(FactSet.none()).build())))
        .isEmpty();
    assertThat(run(CHECK, plain(extradition()
        .discriminationGrounds(FactSet.including(DiscriminationGround.RELIGION))
        .refused(Truth.TRUE).build()))).isEmpty();
  }

  // UNTOC art. 16(14): some grounds unknown, none known, gives "cannot tell".
  @Test
  void cannotTellWhenUnknown() {
    assertCannotTell(run(CHECK, plain(extradition().discriminationGrounds(
            FactSet.<DiscriminationGround>unknown().with(Truth.FALSE, DiscriminationGround.SEX))
        .build())), "PAL-C-0502", "/events/0/discriminationGrounds");
  }

  // UNTOC art. 16(14) is not an obligation to refuse ("hortatory"): a concern where UNTOC binds,
  // a recommendation where it does not.
  @Test
  void severityDependsOnUntoc() {
    assertThat(severity(run(CHECK, plain(extradition()
        .discriminationGrounds(FactSet.including(DiscriminationGround.ETHNIC_ORIGIN)).build()),
        unbound()))).isEqualTo(Severity.RECOMMENDATION);
  }
}
