package dev.palermo.checks.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.Check;
import dev.palermo.checks.Checks;
import dev.palermo.events.AssetRecoveryStep;
import dev.palermo.events.CooperationType;
import dev.palermo.events.DiscriminationGround;
import dev.palermo.rights.LegalProvision;
import dev.palermo.rights.ProvisionCatalogue;
import dev.palermo.vocabulary.Codes;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cooperation checks: codes in PAL-C-0500..0559, unique ids, every message present and
 * formatted, registered in the engine, citations from the catalogue; the new code systems listed.
 */
class CooperationRegistryTest {
  @Test
  void codesInRangeMessagesCompleteAndRegistered() {
    List<Check> checks = CooperationChecks.all();
    assertThat(checks).hasSizeGreaterThanOrEqualTo(12);
    Set<String> ids = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (Check c : checks) {
      assertThat(ids.add(c.id())).as(c.id()).isTrue();
      assertThat(codes.add(c.code())).as(c.code()).isTrue();
      int n = Integer.parseInt(c.code().substring("PAL-C-".length()));
      assertThat(n).as(c.code()).isBetween(500, 559);
      AbstractCheck a = (AbstractCheck) c;
      for (String kind : List.of("rule", "finding", "cannot-tell", "remedy")) {
        assertThat(a.text(Locale.ROOT, kind, "2018-09-01", "field", "tip-protocol", "us", 0))
            .as(c.id() + "." + kind).isNotBlank().doesNotContain("{").doesNotContain("''");
      }
      assertThat(c.reads()).isNotEmpty();
      assertThat(c.provisions()).isNotEmpty();
      assertThat(Checks.byId(c.id()).map(Check::code)).contains(c.code());
    }
  }

  @Test
  void catalogueHasTheCooperationEntries() {
    for (String id : List.of("untoc-16-1", "untoc-16-10", "untoc-16-14", "untoc-15-3",
        "coe-31-3", "ext-bar-death-penalty", "ext-bar-torture", "ext-bar-discrimination",
        "ext-bar-double-jeopardy", "ext-bar-no-dual-criminality", "ext-fair-trial-assurance",
        "coop-victim-data", "coop-informal-rights", "coop-extradition-victim-safety",
        "coop-forum-choice", "untoc-18-18-option", "coop-video-at-risk", "coop-mla-human-rights",
        "assets-to-victims-advisory")) {
      LegalProvision p = ProvisionCatalogue.require(id);
      assertThat(p.sources()).as(id).isNotEmpty()
          .allMatch(s -> s.matches("seeds/00[0-4]_[0-9a-f]+\\.txt:\\d+"));
    }
  }

  @Test
  void newCodeSystemsAreListed() {
    assertThat(Codes.systems()).contains(CooperationType.class, DiscriminationGround.class,
        AssetRecoveryStep.class);
    // The eleven types of mutual legal assistance of seeds/000 line 557 (transfer of proceedings
    // counted apart).
    assertThat(List.of(CooperationType.values()))
        .filteredOn(CooperationType::isMutualLegalAssistance).hasSize(11);
    assertThat(DiscriminationGround.values()).hasSize(6);
  }
}
