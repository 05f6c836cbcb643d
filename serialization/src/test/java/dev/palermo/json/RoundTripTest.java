package dev.palermo.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.SmugglingAssessment;
import dev.palermo.assessment.SmugglingDefinition;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.comparison.Comparison;
import dev.palermo.comparison.ConformityCheck;
import dev.palermo.comparison.ConformityReport;
import dev.palermo.comparison.DualCriminality;
import dev.palermo.comparison.SideBySide;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.law.Instrument;
import dev.palermo.law.InstrumentKind;
import dev.palermo.law.Provision;
import dev.palermo.person.Person;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import dev.palermo.report.Severity;
import dev.palermo.testkit.PalermoGenerators;
import dev.palermo.testkit.SeededCases;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** For every generated or built-in object, {@code read(write(x))} equals {@code x}. */
class RoundTripTest {
  private static final long SEED = 20_260_611L;

  static <T> T roundTrip(T value, Class<T> type) {
    String json = PalermoJson.write(value);
    ReadResult<T> read = PalermoJson.reader().read(json, type);
    assertThat(read.report().problems()).as(json).isEmpty();
    return read.orElseThrow();
  }

  @Test
  void generatedCases() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(PalermoGenerators.cases())
        .checkAssert(c -> assertThat(roundTrip(c, Case.class)).isEqualTo(c));
  }

  @Test
  void generatedPersons() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(PalermoGenerators.persons())
        .checkAssert(p -> assertThat(roundTrip(p, Person.class)).isEqualTo(p));
  }

  @Test
  void generatedConducts() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(PalermoGenerators.conducts())
        .checkAssert(c -> assertThat(roundTrip(c, Conduct.class)).isEqualTo(c));
  }

  @Test
  void smugglingConductsIncludingTheirFacts() {
    qt().withFixedSeed(SEED).withExamples(100).forAll(PalermoGenerators.smugglingOnly())
        .checkAssert(s -> assertThat(roundTrip(s.conduct(), Conduct.class))
            .isEqualTo(s.conduct()));
  }

  @Test
  void definitionAssessmentsUnderEveryBuiltInJurisdiction() {
    qt().withFixedSeed(SEED).withExamples(100).forAll(PalermoGenerators.scenarios())
        .checkAssert(s -> {
          for (Jurisdiction j : Jurisdictions.all()) {
            DefinitionAssessment a = s.assess(j);
            assertThat(roundTrip(a, DefinitionAssessment.class)).isEqualTo(a);
          }
        });
  }

  @Test
  void assessmentsOfUncertainAgeKeepBothBranches() {
    qt().withFixedSeed(SEED).withExamples(50).forAll(PalermoGenerators.unknownAge())
        .checkAssert(s -> {
          DefinitionAssessment a = s.assess(Jurisdictions.PROTOCOL);
          assertThat(roundTrip(a, DefinitionAssessment.class)).isEqualTo(a);
        });
  }

  @Test
  void smugglingAssessments() {
    qt().withFixedSeed(SEED).withExamples(100).forAll(PalermoGenerators.scenarios())
        .checkAssert(s -> {
          SmugglingAssessment a = SmugglingDefinition.assess(s.conduct(), s.person());
          assertThat(roundTrip(a, SmugglingAssessment.class)).isEqualTo(a);
        });
  }

  @Test
  void everyBuiltInProfileAndJurisdiction() {
    for (Jurisdiction j : Jurisdictions.all()) {
      assertThat(roundTrip(j, Jurisdiction.class)).isEqualTo(j);
      for (JurisdictionProfile p : j.versions()) {
        assertThat(roundTrip(p, JurisdictionProfile.class)).isEqualTo(p);
      }
    }
  }

  @Test
  void aProfileWithAUserDefinedInstrument() {
    Instrument statute = Instrument.of("xx-penal-code", "Penal Code (XX)", "Penal Code of XX",
        2019, InstrumentKind.NATIONAL_LAW, "s.");
    JurisdictionProfile p = Jurisdictions.PROTOCOL.latest().withId("xx").withName("XX")
        .withDefinition(Provision.of(statute, "301(2)(b)")).withBoundBy(statute,
            Instrument.TIP_PROTOCOL).withChildAge(16).withAdultMeansRequired(false)
        .withReflectionPeriodDays(30);
    assertThat(roundTrip(p, JurisdictionProfile.class)).isEqualTo(p);
    assertThat(PalermoJson.toTree(p).get("boundBy").get(0).get("code").stringValue())
        .isEqualTo("xx-penal-code");
  }

  @Test
  void conformityReportsOfEveryBuiltInProfile() {
    for (Jurisdiction j : Jurisdictions.all()) {
      for (JurisdictionProfile p : j.versions()) {
        ConformityReport r = ConformityCheck.check(p);
        assertThat(roundTrip(r, ConformityReport.class)).isEqualTo(r);
      }
    }
  }

  @Test
  void comparisonsAndDualCriminality() {
    qt().withFixedSeed(SEED).withExamples(50).forAll(PalermoGenerators.scenarios())
        .checkAssert(s -> {
          Comparison c = SideBySide.assess(s.conduct(), s.person(), Jurisdictions.all());
          Comparison back = roundTrip(c, Comparison.class);
          assertThat(back).isEqualTo(c);
          assertThat(List.copyOf(back.assessments().keySet()))
              .isEqualTo(List.copyOf(c.assessments().keySet()));
          DualCriminality d = DualCriminality.check(s.conduct(), s.person(),
              Jurisdictions.UNITED_KINGDOM, Jurisdictions.UNITED_STATES);
          assertThat(roundTrip(d, DualCriminality.class)).isEqualTo(d);
        });
  }

  @Test
  void seededCasesAndTheirAssessments() {
    RandomGenerator random = SeededCases.random(SEED);
    for (int i = 0; i < 200; i++) {
      Case c = SeededCases.caseFile(random);
      assertThat(roundTrip(c, Case.class)).isEqualTo(c);
      for (DefinitionAssessment a : TraffickingDefinition.assess(c, Jurisdictions.EUROPEAN_UNION)) {
        assertThat(roundTrip(a, DefinitionAssessment.class)).isEqualTo(a);
      }
    }
  }

  @Test
  void reportsAndProblems() {
    Report r = Report.of(List.of(
        Problem.of("PAL-V-0001", Severity.ERROR, JsonPointer.of("persons", 0, "id"), "bad id"),
        Problem.of("PAL-C-0002", Severity.CONCERN, JsonPointer.root(), "a finding")
            .withCitation(Provision.of(Instrument.TIP_PROTOCOL, "6(3)"))
            .withRemedy("provide assistance"),
        Problem.of("PAL-X-0003", Severity.WARNING, JsonPointer.of("a/b", "c~d"), "escaped")));
    assertThat(roundTrip(r, Report.class)).isEqualTo(r);
    assertThat(roundTrip(Report.empty(), Report.class)).isEqualTo(Report.empty());
    assertThat(PalermoJson.write(Report.empty())).isEqualTo("{}");
  }

  @Test
  void scalarsAndSmallTypes() {
    assertThat(roundTrip(dev.palermo.facts.DateSpan.since(LocalDate.of(2020, 2, 29)),
        dev.palermo.facts.DateSpan.class)).isEqualTo(
            dev.palermo.facts.DateSpan.since(LocalDate.of(2020, 2, 29)));
    assertThat(roundTrip(dev.palermo.person.AgeRange.unknown(),
        dev.palermo.person.AgeRange.class)).isEqualTo(dev.palermo.person.AgeRange.unknown());
    assertThat(roundTrip(dev.palermo.person.AgeEvidence.unknown(),
        dev.palermo.person.AgeEvidence.class)).isSameAs(dev.palermo.person.AgeEvidence.unknown());
  }
}
