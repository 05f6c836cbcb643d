package dev.palermo.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.jurisdiction.MovementRequirement;
import dev.palermo.jurisdiction.PersonScope;
import dev.palermo.law.NormativeStrength;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The conformity check against the Protocol floor: "A trafficking law that covers only trafficking
 * into sexual exploitation, or only trafficking in women [and] children, would fall short of this
 * standard" (seeds/000_4ef45050c65d0a55.txt:135; DOMAIN.md §3).
 */
class ConformityCheckTest {

  private static List<ShortfallKind> kinds(ConformityReport r) {
    return r.shortfalls().stream().map(Shortfall::kind).collect(Collectors.toList());
  }

  private static List<String> subjects(ConformityReport r, ShortfallKind kind) {
    return r.shortfalls().stream().filter(s -> s.kind() == kind).map(Shortfall::subject)
        .flatMap(Optional::stream).collect(Collectors.toList());
  }

  private static JurisdictionProfile custom() {
    return Jurisdictions.PROTOCOL.latest().withId("xx").withName("State X");
  }

  @Test
  void protocolShapedProfilesConform() {
    // DOMAIN.md §3: CoE, EU (both versions) and ASEAN keep the Protocol's definition or go
    // further; extensions are never shortfalls (seeds/003_d1561a5ed447703d.txt:106).
    for (Jurisdiction j : List.of(Jurisdictions.PROTOCOL, Jurisdictions.COUNCIL_OF_EUROPE,
        Jurisdictions.ASEAN, Jurisdictions.EUROPEAN_UNION)) {
      for (JurisdictionProfile p : j.versions()) {
        ConformityReport r = ConformityCheck.check(p);
        assertThat(r.shortfalls()).as(p.toString()).isEmpty();
        assertThat(r.conforms()).isTrue();
        assertThat(r.meetsUncontestedFloor()).isTrue();
        assertThat(r.jurisdictionId()).isEqualTo(p.id());
        assertThat(r.profileVersion()).isEqualTo(p.version());
      }
    }
    assertThat(Jurisdictions.EUROPEAN_UNION.versions()).hasSize(2);
  }

  @Test
  void saarcFallsShortBySexPurposeAndActs() {
    // seeds/000_4ef45050c65d0a55.txt:135; DOMAIN.md §3: SAARC covers women and children, for
    // prostitution only.
    ConformityReport r = ConformityCheck.check(Jurisdictions.SAARC.latest());
    assertThat(r.conforms()).isFalse();
    assertThat(r.meetsUncontestedFloor()).isFalse();
    assertThat(kinds(r)).contains(ShortfallKind.LIMITED_BY_SEX,
        ShortfallKind.LIMITED_TO_SEXUAL_EXPLOITATION);
    assertThat(subjects(r, ShortfallKind.MISSING_PURPOSE)).containsExactlyInAnyOrder(
        "other-sexual-exploitation", "forced-labour", "slavery", "practices-similar-to-slavery",
        "servitude", "removal-of-organs");
    assertThat(subjects(r, ShortfallKind.MISSING_ACT)).containsExactlyInAnyOrder("recruitment",
        "harbouring", "receipt");
    assertThat(kinds(r)).doesNotContain(ShortfallKind.MISSING_MEANS,
        ShortfallKind.MOVEMENT_REQUIRED);
    Shortfall sex = r.shortfalls().stream().filter(s -> s.kind() == ShortfallKind.LIMITED_BY_SEX)
        .findFirst().orElseThrow();
    assertThat(sex.strength()).isEqualTo(NormativeStrength.BINDING);
    assertThat(sex.citation().toString()).isEqualTo("TIP Protocol art. 3(a)");
  }

  @Test
  void unitedStatesLimitsTheChildRuleAndMissesActsMeansAndOrgans() {
    // DOMAIN.md §3 (United States): the under-18 rule applies to sex trafficking only; different
    // acts; "force, fraud or coercion". TIP Protocol art. 3(c), seeds/003…:60.
    ConformityReport r = ConformityCheck.check(Jurisdictions.UNITED_STATES.latest());
    assertThat(subjects(r, ShortfallKind.CHILD_RULE_LIMITED)).contains("forced-labour")
        .doesNotContain("exploitation-of-prostitution", "other-sexual-exploitation");
    assertThat(subjects(r, ShortfallKind.MISSING_PURPOSE)).contains("removal-of-organs");
    assertThat(subjects(r, ShortfallKind.MISSING_ACT)).containsExactlyInAnyOrder("transfer",
        "receipt");
    assertThat(subjects(r, ShortfallKind.MISSING_MEANS)).isNotEmpty()
        .contains("abuse-of-vulnerability");
    assertThat(kinds(r)).doesNotContain(ShortfallKind.LIMITED_BY_SEX,
        ShortfallKind.LIMITED_TO_SEXUAL_EXPLOITATION, ShortfallKind.NO_CHILD_RULE);
    Shortfall limited = r.shortfalls().stream()
        .filter(s -> s.kind() == ShortfallKind.CHILD_RULE_LIMITED).findFirst().orElseThrow();
    assertThat(limited.citation().toString()).isEqualTo("TIP Protocol art. 3(c)");
  }

  @Test
  void unitedKingdomOnlyRequiresMovementWhichIsContested() {
    // seeds/003_d1561a5ed447703d.txt:58, 222: whether movement is required is an outstanding
    // debate, so it is reported as an emerging norm.
    ConformityReport r = ConformityCheck.check(Jurisdictions.UNITED_KINGDOM.latest());
    assertThat(kinds(r)).containsExactly(ShortfallKind.MOVEMENT_REQUIRED);
    assertThat(r.shortfalls().get(0).strength()).isEqualTo(NormativeStrength.EMERGING);
    assertThat(r.conforms()).isFalse();
    assertThat(r.meetsUncontestedFloor()).isTrue();
  }

  @Test
  void childAgeBelowEighteen() {
    // TIP Protocol art. 3(d): "any person under eighteen years of age".
    ConformityReport r = ConformityCheck.check(custom().withChildAge(16));
    assertThat(kinds(r)).containsExactly(ShortfallKind.CHILD_AGE_BELOW_18);
    assertThat(r.shortfalls().get(0).citation().toString()).isEqualTo("TIP Protocol art. 3(d)");
  }

  @Test
  void smugglingBenefitDropped() {
    // DOMAIN.md §2: a check must flag a domestic offence that drops the benefit element;
    // seeds/004_a416d8ba61ae2dbe.txt:70.
    ConformityReport r = ConformityCheck.check(custom().withSmugglingRequiresMaterialBenefit(false));
    assertThat(kinds(r)).containsExactly(ShortfallKind.SMUGGLING_BENEFIT_DROPPED);
    assertThat(r.shortfalls().get(0).citation().toString()).isEqualTo("Smuggling Protocol art. 3(a)");
    assertThat(r.meetsUncontestedFloor()).isFalse();
  }

  @Test
  void crossBorderRequired() {
    // UNTOC art. 34(2); seeds/003_d1561a5ed447703d.txt:84: offences apply to domestic cases.
    ConformityReport r = ConformityCheck.check(
        custom().withMovementRequirement(MovementRequirement.CROSS_BORDER));
    assertThat(kinds(r)).containsExactly(ShortfallKind.CROSS_BORDER_REQUIRED);
    assertThat(r.shortfalls().get(0).strength()).isEqualTo(NormativeStrength.BINDING);
    assertThat(r.meetsUncontestedFloor()).isFalse();
  }

  @Test
  void childrenOnlyAndNoChildRule() {
    // seeds/000_4ef45050c65d0a55.txt:135: the law must recognise women, men and children as
    // victims; TIP Protocol art. 3(c).
    assertThat(kinds(ConformityCheck.check(custom().withPersonScope(PersonScope.CHILDREN_ONLY))))
        .containsExactly(ShortfallKind.LIMITED_BY_AGE);
    assertThat(kinds(ConformityCheck.check(
        custom().withChildRule(dev.palermo.jurisdiction.ChildRule.NONE))))
        .containsExactly(ShortfallKind.NO_CHILD_RULE);
  }

  @Test
  void droppingABaselineValueIsAShortfallButAddingOneIsNot() {
    // DOMAIN.md §1 item 7: a national definition may add forms but one that drops a form falls
    // short.
    JurisdictionProfile p = custom();
    java.util.Set<dev.palermo.definition.ExploitationPurpose> purposes =
        java.util.EnumSet.copyOf(p.purposes());
    purposes.remove(dev.palermo.definition.ExploitationPurpose.REMOVAL_OF_ORGANS);
    purposes.add(dev.palermo.definition.ExploitationPurpose.FORCED_BEGGING);
    ConformityReport r = ConformityCheck.check(p.withPurposes(purposes));
    assertThat(subjects(r, ShortfallKind.MISSING_PURPOSE)).containsExactly("removal-of-organs");
    assertThat(kinds(r)).containsExactly(ShortfallKind.MISSING_PURPOSE);
  }
}
