package dev.palermo.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.law.Instrument;
import dev.palermo.law.NormativeStrength;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The provisions catalogue: coverage the issue asks for, sources, lookup and binding. */
class ProvisionCatalogueTest {

  @Test
  void coversTheProvisionsTheIssueNames() {
    Set<String> ids = ProvisionCatalogue.all().stream().map(LegalProvision::id)
        .collect(Collectors.toSet());
    assertThat(ids).contains("tip-6-1", "tip-6-2-a", "tip-6-2-b", "tip-6-3", "tip-6-4",
        "tip-6-6", "tip-7-1", "tip-8-2-safety", "tip-8-2-voluntary", "tip-8-2-proceedings",
        "tip-14-1", "som-5", "som-16-1", "som-16-5", "som-18", "untoc-24", "untoc-25-1",
        "rpg-p7", "rpg-p9", "rpg-p11", "rpg-g2", "rpg-g6-3", "rpg-g8", "coe-10-3", "coe-12-6",
        "coe-13-1", "coe-14", "coe-15", "coe-16", "coe-26", "crc-3", "crc-12", "crc-37",
        "crc-39", "opsc-8-1-a", "opsc-8-1-g");
    assertThat(ProvisionCatalogue.all()).hasSizeGreaterThanOrEqualTo(140);
  }

  @Test
  void everyEntryHasASourceAndASummary() {
    for (LegalProvision p : ProvisionCatalogue.all()) {
      assertThat(p.sources()).as(p.id()).isNotEmpty();
      assertThat(p.summary()).as(p.id()).isNotBlank();
      assertThat(p.protects()).as(p.id()).isNotEmpty();
      assertThat(p.stages()).as(p.id()).isNotEmpty();
    }
  }

  @Test
  void strengthsFollowTheWording() {
    // TIP art. 6(3) "shall consider" is hortatory; art. 6(6) "shall ensure" is binding
    // (seeds/003_d1561a5ed447703d.txt:116; seeds/004_a416d8ba61ae2dbe.txt:599).
    assertThat(ProvisionCatalogue.require("tip-6-3").strength())
        .isEqualTo(NormativeStrength.HORTATORY);
    assertThat(ProvisionCatalogue.require("tip-6-6").strength())
        .isEqualTo(NormativeStrength.BINDING);
    assertThat(ProvisionCatalogue.require("rpg-p7").strength())
        .isEqualTo(NormativeStrength.SOFT_LAW);
    assertThat(ProvisionCatalogue.require("rpg-p7").provision().instrument())
        .isEqualTo(Instrument.OHCHR_PRINCIPLES);
  }

  @Test
  void rangesOfSubdivisionsAreCitationsToo() {
    var p = dev.palermo.law.Provision.of(Instrument.COE_CONVENTION, "12(1)-(2)");
    assertThat(p).hasToString("CoE Convention art. 12(1)-(2)");
    assertThat(p.range()).isEqualTo("-(2)");
    assertThat(dev.palermo.law.Provision.parse(p.toString())).isEqualTo(p);
    assertThat(ProvisionCatalogue.require("coe-12-1-2").provision()).isEqualTo(p);
  }

  @Test
  void lookupAndFilters() {
    assertThat(ProvisionCatalogue.find("nope")).isEmpty();
    assertThatThrownBy(() -> ProvisionCatalogue.require("nope"))
        .isInstanceOf(NoSuchElementException.class);
    assertThat(ProvisionCatalogue.of(Stage.RETURN)).isNotEmpty()
        .allMatch(p -> p.stages().contains(Stage.RETURN));
    assertThat(ProvisionCatalogue.protecting(Beneficiary.CHILD))
        .extracting(LegalProvision::id).contains("crc-3", "opsc-8-1-a");
  }

  @Test
  void bindingFollowsTheProfilesRatifications() {
    // CoE art. 12(6) binds a CoE profile, not the Protocol baseline (DOMAIN.md §3, §6).
    var coe = ProvisionCatalogue.bindingIn(Jurisdictions.COUNCIL_OF_EUROPE.latest());
    var protocol = ProvisionCatalogue.bindingIn(Jurisdictions.PROTOCOL.latest());
    assertThat(coe).extracting(LegalProvision::id).contains("coe-12-6").doesNotContain("tip-6-6");
    assertThat(protocol).extracting(LegalProvision::id).contains("tip-6-6")
        .doesNotContain("coe-12-6");
  }
}
