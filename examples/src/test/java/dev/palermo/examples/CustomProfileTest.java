package dev.palermo.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.Outcome;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.comparison.ConformityCheck;
import dev.palermo.comparison.ConformityReport;
import dev.palermo.comparison.Shortfall;
import dev.palermo.comparison.ShortfallKind;
import dev.palermo.json.PalermoJson;
import dev.palermo.json.ReadResult;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.person.Person;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The custom profile built in code ({@link CustomProfiles#ruritania()}) and the same profile
 * read from {@code examples/profiles/ruritania.json} are one profile: equal, with the same
 * assessments of every sample case, and the conformity check names how it falls short of the
 * Protocol. Regenerate the file after a deliberate change with {@code ./mvnw -pl examples -am
 * test -Dtest=CustomProfileTest -Dpalermo.writeDocs=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CustomProfileTest {
  private static final Path FILE = Path.of("profiles", "ruritania.json");

  private static JurisdictionProfile fromFile() throws Exception {
    if (Boolean.getBoolean("palermo.writeDocs")) {
      Files.writeString(FILE, PalermoJson.writePretty(CustomProfiles.ruritania()) + "\n",
          StandardCharsets.UTF_8);
    }
    ReadResult<JurisdictionProfile> read =
        PalermoJson.reader().read(Files.readString(FILE), JurisdictionProfile.class);
    assertThat(read.report().problems()).as(read.report().render()).isEmpty();
    return read.value().orElseThrow();
  }

  @Test
  void theFileIsTheProfileBuiltInCode() throws Exception {
    assertThat(fromFile()).isEqualTo(CustomProfiles.ruritania());
    assertThat(Files.readString(FILE))
        .isEqualTo(PalermoJson.writePretty(CustomProfiles.ruritania()) + "\n");
  }

  @Test
  void bothGiveTheSameAssessmentsOfEverySampleCase() throws Exception {
    Jurisdiction inCode = CustomProfiles.ruritaniaJurisdiction();
    Jurisdiction loaded = Jurisdiction.of(fromFile());
    int assessed = 0;
    for (SampleCase s : SampleCases.all()) {
      Case c = s.theCase();
      for (Conduct k : c.conducts()) {
        Person victim = c.person(k.victim()).orElseGet(() -> Person.of(k.victim()));
        DefinitionAssessment a = TraffickingDefinition.assess(k, victim, inCode);
        DefinitionAssessment b = TraffickingDefinition.assess(k, victim, loaded);
        assertThat(b).as(c.id()).isEqualTo(a);
        assertThat(a.jurisdictionId()).isEqualTo("ruritania");
        assessed++;
      }
    }
    assertThat(assessed).isEqualTo(
        SampleCases.all().stream().mapToInt(s -> s.theCase().conducts().size()).sum());
  }

  @Test
  void theNarrowerDefinitionChangesAnOutcome() {
    // Domestic servitude: covered by the Protocol, not by Ruritania's four purposes.
    SampleCase servitude = SampleCases.all().stream()
        .filter(s -> s.theCase().id().equals("domestic-servitude-no-movement")).findFirst()
        .orElseThrow();
    Case c = servitude.theCase();
    Conduct k = c.conducts().get(0);
    Person victim = c.person(k.victim()).orElseThrow();
    assertThat(TraffickingDefinition.assess(k, victim, CustomProfiles.ruritaniaJurisdiction())
        .outcome()).isNotEqualTo(Outcome.MEETS);
  }

  @Test
  void theConformityCheckReportsTheShortfallsOfBoth() throws Exception {
    ConformityReport inCode = ConformityCheck.check(CustomProfiles.ruritania());
    ConformityReport loaded = ConformityCheck.check(fromFile());
    assertThat(loaded).isEqualTo(inCode);
    assertThat(inCode.conforms()).isFalse();
    assertThat(inCode.jurisdictionId()).isEqualTo("ruritania");
    assertThat(inCode.shortfalls().stream()
        .filter(f -> f.kind() == ShortfallKind.MISSING_PURPOSE)
        .map(f -> f.subject().orElse(""))
        .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("practices-similar-to-slavery", "servitude",
            "removal-of-organs");
    assertThat(inCode.shortfalls()).extracting(Shortfall::kind)
        .contains(ShortfallKind.CHILD_RULE_LIMITED)
        .doesNotContain(ShortfallKind.MISSING_ACT, ShortfallKind.MISSING_MEANS);
    for (Shortfall f : inCode.shortfalls()) {
      assertThat(f.message()).isNotBlank();
      assertThat(f.citation().toString()).isNotBlank();
    }
  }
}
