package dev.palermo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.assessment.Outcome;
import dev.palermo.assessment.SmugglingDefinition;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Conduct;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.person.Person;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The main job of the Quick start: every sample case gives the outcome the law prescribes. */
class AssessSamplesTest {

  /**
   * Expected outcomes per sample and jurisdiction, each with its reason:
   * TIP Protocol art. 3(a)-(d) (seeds/003_d1561a5ed447703d.txt:48, 62, 64) and DOMAIN.md §1-3.
   */
  private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

  static {
    // Means used: consent irrelevant (art. 3(b)).
    EXPECTED.put("adult-deceived-forced-labour", List.of("tip-protocol MEETS", "us MEETS",
        "eu MEETS"));
    // Child: act + purpose suffice (art. 3(c)); SAARC names moving, selling, buying only.
    EXPECTED.put("child-harboured-prostitution", List.of("tip-protocol MEETS", "us MEETS",
        "saarc DOES_NOT_MEET"));
    // Adult without means falls outside art. 3(a); the UK has no means element.
    EXPECTED.put("adult-no-means", List.of("tip-protocol DOES_NOT_MEET", "uk MEETS"));
    // Age 16-19 straddles 18 and no means: both branches reported (DOMAIN.md §5).
    EXPECTED.put("unknown-age-no-means", List.of("tip-protocol INDETERMINATE",
        "coe INDETERMINATE"));
    // Means unknown for an adult: indeterminate; the US names neither receipt nor organs.
    EXPECTED.put("means-unknown-organs", List.of("tip-protocol INDETERMINATE",
        "us DOES_NOT_MEET"));
    // The US child rule covers sex trafficking only (DOMAIN.md §3).
    EXPECTED.put("child-forced-labour-us", List.of("tip-protocol MEETS", "us DOES_NOT_MEET"));
    EXPECTED.put("smuggling-family-help", List.of("tip-protocol DOES_NOT_MEET"));
    EXPECTED.put("smuggled-then-trafficked", List.of("tip-protocol MEETS", "eu MEETS"));
    // Forced marriage: an EU 2024 extension, not in the Protocol's floor.
    EXPECTED.put("forced-marriage-2025", List.of("tip-protocol DOES_NOT_MEET", "eu MEETS"));
    // SAARC covers women and children only.
    EXPECTED.put("adult-man-prostitution-saarc", List.of("tip-protocol MEETS",
        "saarc DOES_NOT_MEET"));
    // Forced begging: an EU extension (DOMAIN.md §1 item 7), not in the Protocol's floor.
    EXPECTED.put("assessed-child-forced-begging", List.of("tip-protocol DOES_NOT_MEET",
        "eu MEETS"));
    // Movement is not a Protocol element; the UK requires travel.
    EXPECTED.put("domestic-servitude-no-movement", List.of("tip-protocol MEETS",
        "uk DOES_NOT_MEET"));
  }

  @Test
  void everySampleHasTheOutcomesTheLawGives() {
    List<SampleCase> samples = SampleCases.all();
    assertThat(samples).hasSizeGreaterThanOrEqualTo(8);
    assertThat(samples).extracting(s -> s.theCase().id())
        .containsExactlyElementsOf(EXPECTED.keySet());
    for (SampleCase sample : samples) {
      Conduct conduct = sample.theCase().conducts().get(0);
      Person victim = sample.theCase().person(conduct.victim()).orElseThrow();
      List<String> actual = sample.jurisdictions().stream()
          .map(j -> j.id() + " " + TraffickingDefinition.assess(conduct, victim, j).outcome())
          .toList();
      assertThat(actual).as(sample.theCase().id())
          .containsExactlyElementsOf(EXPECTED.get(sample.theCase().id()));
    }
  }

  @Test
  void smugglingSamplesShowTheBenefitElement() {
    Map<String, Outcome> smuggling = new LinkedHashMap<>();
    for (SampleCase s : SampleCases.all()) {
      Conduct c = s.theCase().conducts().get(0);
      smuggling.put(s.theCase().id(), SmugglingDefinition.assess(c,
          s.theCase().person(c.victim()).orElseThrow()).outcome());
    }
    // Interpretative notes A/55/383/Add.1 para 88 (seeds/004_a416d8ba61ae2dbe.txt:64-76).
    assertThat(smuggling.get("smuggling-family-help")).isEqualTo(Outcome.DOES_NOT_MEET);
    // Smuggling and trafficking can both hold for one person (DOMAIN.md §2).
    assertThat(smuggling.get("smuggled-then-trafficked")).isEqualTo(Outcome.MEETS);
  }

  @Test
  void theReportPrintsOneLinePerJurisdictionWithTheDecidingElements() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AssessSamples.print(SampleCases.all(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);
    assertThat(report).startsWith("Palermo: 12 sample cases");
    Matcher m = Pattern.compile("(?m)^  (\\S+)@\\S+\\s+(MEETS|DOES_NOT_MEET|INDETERMINATE)\\s+"
        + "act=").matcher(report);
    int lines = 0;
    while (m.find()) {
      lines++;
    }
    int expected = EXPECTED.values().stream().mapToInt(List::size).sum();
    assertThat(lines).isEqualTo(expected);
    assertThat(report).contains("| if child: MEETS, if adult: DOES_NOT_MEET");
    assertThat(report).doesNotContain("1990-04-02").doesNotContain("2007-05-20");
  }

  @Test
  void theBomListsEveryPublishedModule() throws Exception {
    String bom = Files.readString(Path.of("..", "bom", "pom.xml"));
    for (String artifact : List.of("palermo-core", "palermo-validation", "palermo-serialization",
        "palermo-testkit", "palermo-cli")) {
      assertThat(bom).contains("<artifactId>" + artifact + "</artifactId>");
    }
    assertThat(bom).doesNotContain("<artifactId>palermo-examples</artifactId>");
  }

  @Test
  void samplesUseEveryJurisdictionAtLeastOnce() {
    java.util.Set<String> used = new java.util.HashSet<>();
    SampleCases.all().forEach(s -> s.jurisdictions().stream().map(Jurisdiction::id)
        .forEach(used::add));
    assertThat(used).contains("tip-protocol", "coe", "eu", "us", "uk", "saarc");
  }
}
