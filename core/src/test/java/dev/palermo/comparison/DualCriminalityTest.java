package dev.palermo.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Conduct;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import org.junit.jupiter.api.Test;

/**
 * Dual criminality for extradition, UNTOC art. 16(1); refusal where the conduct is "not an
 * offence in the requested State" (seeds/000_4ef45050c65d0a55.txt:533; DOMAIN.md §3).
 */
class DualCriminalityTest {
  /** A State whose law is the Protocol's definition as written. */
  private static final Jurisdiction STATE_X = Jurisdiction.of(
      Jurisdictions.PROTOCOL.latest().withId("xx").withName("State X"));

  @Test
  void childForcedLabourWithoutMeansIsNotAnOffenceInTheUs() {
    // DOMAIN.md §3 (United States): labour trafficking needs force, fraud or coercion.
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.none(),
        ExploitationPurpose.FORCED_LABOUR);
    DualCriminality d = DualCriminality.check(c, Fixtures.childOf16(), STATE_X,
        Jurisdictions.UNITED_STATES);
    assertThat(d.satisfied()).isEqualTo(Truth.FALSE);
    assertThat(d.requesting().jurisdictionId()).isEqualTo("xx");
    assertThat(d.requested().jurisdictionId()).isEqualTo("us");
    assertThat(d.explanation()).contains("is not satisfied").contains("xx").contains("us");
    assertThat(d.citation().toString()).isEqualTo("UNTOC art. 16(1)");
  }

  @Test
  void childProstitutionIsAnOffenceInBoth() {
    // DOMAIN.md §3: the US under-18 rule covers sex trafficking.
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.none(),
        ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION);
    DualCriminality d = DualCriminality.check(c, Fixtures.childOf16(), STATE_X,
        Jurisdictions.UNITED_STATES);
    assertThat(d.satisfied()).isEqualTo(Truth.TRUE);
    assertThat(d.explanation()).contains("is satisfied");
  }

  @Test
  void unknownMeansLeavesItUndecided() {
    // DOMAIN.md §1 rule 6: three-valued.
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.unknown(),
        ExploitationPurpose.FORCED_LABOUR);
    DualCriminality d = DualCriminality.check(c, Fixtures.adult(), STATE_X,
        Jurisdictions.UNITED_STATES);
    assertThat(d.satisfied()).isEqualTo(Truth.UNKNOWN);
    assertThat(d.explanation()).contains("cannot be decided");
  }

  @Test
  void failingEitherSideIsEnoughToFail() {
    // UNTOC art. 16(1): punishable under the law of both States. Indeterminate in one and not an
    // offence in the other is not satisfied.
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.none(),
        ExploitationPurpose.FORCED_LABOUR);
    DualCriminality d = DualCriminality.check(c, Fixtures.unknownAge(), STATE_X,
        Jurisdictions.UNITED_STATES);
    assertThat(d.requesting().outcome()).isEqualTo(dev.palermo.assessment.Outcome.INDETERMINATE);
    assertThat(d.satisfied()).isEqualTo(Truth.FALSE);
  }

  @Test
  void adultDeceivedIntoForcedLabourIsAnOffenceInBoth() {
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.only(Means.DECEPTION),
        ExploitationPurpose.FORCED_LABOUR);
    assertThat(DualCriminality.check(c, Fixtures.adult(), Jurisdictions.UNITED_STATES, STATE_X)
        .satisfied()).isEqualTo(Truth.TRUE);
  }
}
