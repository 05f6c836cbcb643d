package dev.palermo.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palermo.Fixtures;
import dev.palermo.assessment.Outcome;
import dev.palermo.casefile.Conduct;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.FactSet;
import dev.palermo.jurisdiction.Jurisdictions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same facts under several profiles (DOMAIN.md §3, Uses; seeds/003…:94). */
class SideBySideTest {

  @Test
  void agreeWhenEveryProfileMeets() {
    // DOMAIN.md §3: transportation by force for prostitution of a woman meets every profile.
    Conduct c = Fixtures.conduct(Act.TRANSPORTATION, FactSet.only(Means.USE_OF_FORCE),
        ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION).withMovement(
            dev.palermo.casefile.Movement.CROSS_BORDER);
    Comparison cmp = SideBySide.assess(c, Fixtures.adult(dev.palermo.person.Gender.FEMALE),
        Jurisdictions.all());
    assertThat(cmp.agree()).isTrue();
    assertThat(cmp.outcomes()).hasSize(7).containsOnlyKeys("tip-protocol", "coe", "eu", "asean",
        "saarc", "us", "uk");
    assertThat(cmp.outcomes().values()).containsOnly(Outcome.MEETS);
  }

  @Test
  void disagreeOnAChildInForcedLabour() {
    // seeds/003_d1561a5ed447703d.txt:94: "a criminal recognized by one State as a trafficker may
    // not be regarded as such by another State"; DOMAIN.md §3 (United States).
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.none(),
        ExploitationPurpose.FORCED_LABOUR);
    Comparison cmp = SideBySide.assess(c, Fixtures.childOf16(),
        List.of(Jurisdictions.PROTOCOL, Jurisdictions.UNITED_STATES));
    assertThat(cmp.agree()).isFalse();
    assertThat(cmp.outcomes()).containsExactly(
        java.util.Map.entry("tip-protocol", Outcome.MEETS),
        java.util.Map.entry("us", Outcome.DOES_NOT_MEET));
    assertThat(cmp.assessments().get("us").jurisdictionId()).isEqualTo("us");
  }

  @Test
  void keepsTheOrderAsked() {
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.only(Means.FRAUD),
        ExploitationPurpose.FORCED_LABOUR);
    Comparison cmp = SideBySide.assess(c, Fixtures.adult(),
        List.of(Jurisdictions.UNITED_KINGDOM, Jurisdictions.PROTOCOL, Jurisdictions.ASEAN));
    assertThat(cmp.outcomes().keySet()).containsExactly("uk", "tip-protocol", "asean");
  }

  @Test
  void rejectsTheSameJurisdictionTwice() {
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.only(Means.FRAUD),
        ExploitationPurpose.FORCED_LABOUR);
    assertThatThrownBy(() -> SideBySide.assess(c, Fixtures.adult(),
        List.of(Jurisdictions.PROTOCOL, Jurisdictions.PROTOCOL)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyComparisonAgrees() {
    Conduct c = Fixtures.conduct(Act.RECRUITMENT, FactSet.only(Means.FRAUD),
        ExploitationPurpose.FORCED_LABOUR);
    assertThat(SideBySide.assess(c, Fixtures.adult(), List.of()).agree()).isTrue();
  }
}
