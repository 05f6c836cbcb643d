package dev.palermo.state;

import static dev.palermo.state.Support.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.rights.LegalProvision;
import dev.palermo.rights.ProvisionCatalogue;
import dev.palermo.vocabulary.Codes;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The model and the rule registry of the State-level assessment. */
class StateModelTest {

  @Test
  void defaultsAreUnknownAndCountsAbsent() {
    StateResponse r = StateResponse.builder().jurisdiction("xx").period(YEAR).build();
    assertThat(r.offenceInLaw()).isEqualTo(Truth.UNKNOWN);
    assertThat(r.officialComplaintScrutiny()).isEqualTo(Truth.UNKNOWN);
    assertThat(r.prosecutions()).isEmpty();
    assertThat(r.investigationsReviewed()).isEmpty();
    assertThat(Investigation.builder().build().prompt()).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void negativeCountsAndReversedPeriodsAreRejected() {
    assertThatThrownBy(() -> compliant().withProsecutions(-1))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("prosecutions");
    assertThatThrownBy(() -> compliant().withPeriod(
        DateSpan.between(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 1, 1))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void codesAreStableConsecutiveAndUnique() {
    List<DueDiligenceRule> rules = DueDiligence.rules();
    assertThat(rules).hasSize(21);
    for (int i = 0; i < rules.size(); i++) {
      assertThat(rules.get(i).code()).isEqualTo(String.format("PAL-D-%04d", i + 1));
    }
    assertThat(rules.stream().map(DueDiligenceRule::id).collect(Collectors.toSet()))
        .hasSize(rules.size());
  }

  // Every rule cites seeds/000 §1.2.4 or §1.2.7 and has its four messages; every message key
  // belongs to a rule.
  @Test
  void everyRuleIsSourcedAndWorded() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = DueDiligence.class.getResourceAsStream("messages.properties")) {
      bundle.load(in);
    }
    Set<String> expected = new HashSet<>();
    for (DueDiligenceRule rule : DueDiligence.rules()) {
      assertThat(rule.provisions()).as(rule.id()).isNotEmpty();
      assertThat(rule.provisions().get(0).sources()).as(rule.id())
          .anyMatch(s -> s.startsWith("seeds/000_4ef45050c65d0a55.txt:"));
      assertThat(rule.reads()).as(rule.id()).isNotEmpty();
      for (String kind : List.of("rule", "finding", "cannot-tell", "remedy")) {
        expected.add(rule.id() + "." + kind);
        assertThat(rule.text(Locale.ROOT, kind, "2022", "x")).as(rule.id() + "." + kind)
            .isNotBlank().doesNotContain("{");
      }
      assertThat(rule.rule()).contains("seeds/000");
    }
    for (DueDiligenceRule rule : List.of(DueDiligence.INVESTIGATORS_NOT_INDEPENDENT,
        DueDiligence.INVESTIGATION_NOT_PROMPT, DueDiligence.EVIDENCE_NOT_SECURED,
        DueDiligence.INVESTIGATION_CLOSED_TO_SCRUTINY)) {
      expected.add(rule.id() + ".none-reviewed");
    }
    assertThat(bundle.stringPropertyNames()).isEqualTo(expected);
  }

  @Test
  void theCatalogueHoldsTheStateProvisions() {
    Set<String> ids = ProvisionCatalogue.all().stream().map(LegalProvision::id)
        .collect(Collectors.toSet());
    assertThat(ids).contains("dd-obligation", "dd-clear-fail", "dd-effective-investigation",
        "dd-full-and-effective", "dd-data", "dd-corruption", "dd-uncac-offences", "tip-5-1",
        "untoc-9-2");
    for (DueDiligenceRule rule : DueDiligence.rules()) {
      for (LegalProvision p : rule.provisions()) {
        assertThat(p.sources()).as(p.id()).allMatch(s -> s.matches("seeds/\\d{3}_[0-9a-f]+\\.txt:\\d+"));
      }
    }
  }

  @Test
  void corruptionOffenceIsACodeSystem() {
    assertThat(Codes.systems()).contains(CorruptionOffence.class);
    assertThat(Codes.find(CorruptionOffence.class, "obstruction-of-justice"))
        .contains(CorruptionOffence.OBSTRUCTION_OF_JUSTICE);
  }
}
