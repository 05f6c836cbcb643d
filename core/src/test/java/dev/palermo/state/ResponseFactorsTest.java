package dev.palermo.state;

import static dev.palermo.state.Support.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * The factors of a "full and effective" response (seeds/000_4ef45050c65d0a55.txt:311, 327;
 * Rantsev v. Cyprus and Russia, fn 66 at line 325), data (line 327), identification procedures
 * (line 305), specialisation (lines 305, 339) and training (lines 329-337): PAL-D-0009 to
 * PAL-D-0016.
 */
class ResponseFactorsTest {

  // seeds/000 line 311: "whether an adequate legislative framework is in place"
  @Test
  void legislativeFrameworkInadequateFires() {
    assertOnly(assess(compliant().withAdequateLegislativeFramework(Truth.FALSE)),
        DueDiligence.LEGISLATIVE_FRAMEWORK_INADEQUATE, Severity.RECOMMENDATION,
        "/adequateLegislativeFramework");
  }

  // seeds/000 line 311
  @Test
  void legislativeFrameworkInadequateSilent() {
    assertThat(assess(compliant().withAdequateLegislativeFramework(Truth.TRUE))).isEmpty();
  }

  // seeds/000 line 311: unknown gives "cannot tell"
  @Test
  void legislativeFrameworkInadequateCannotTell() {
    assertOnly(assess(compliant().withAdequateLegislativeFramework(Truth.UNKNOWN)),
        DueDiligence.LEGISLATIVE_FRAMEWORK_INADEQUATE, Severity.CANNOT_TELL,
        "/adequateLegislativeFramework");
  }

  // seeds/000 line 327: "whether officials are able to apply the national legal framework"
  @Test
  void officialsUnableToApplyFrameworkFires() {
    assertOnly(assess(compliant().withOfficialsApplyFramework(Truth.FALSE)),
        DueDiligence.OFFICIALS_UNABLE_TO_APPLY_FRAMEWORK, Severity.RECOMMENDATION,
        "/officialsApplyFramework");
  }

  // seeds/000 line 327
  @Test
  void officialsUnableToApplyFrameworkSilent() {
    assertThat(assess(compliant().withOfficialsApplyFramework(Truth.TRUE))).isEmpty();
  }

  // seeds/000 line 327: unknown gives "cannot tell"
  @Test
  void officialsUnableToApplyFrameworkCannotTell() {
    assertOnly(assess(compliant().withOfficialsApplyFramework(Truth.UNKNOWN)),
        DueDiligence.OFFICIALS_UNABLE_TO_APPLY_FRAMEWORK, Severity.CANNOT_TELL,
        "/officialsApplyFramework");
  }

  // seeds/000 line 327: "whether criminal justice agencies been given the powers, resources and
  // technical capacity required to investigate and prosecute this crime"
  @Test
  void agenciesLackCapacityFires() {
    assertOnly(assess(compliant().withPowersResourcesCapacity(Truth.FALSE)),
        DueDiligence.AGENCIES_LACK_CAPACITY, Severity.RECOMMENDATION, "/powersResourcesCapacity");
  }

  // seeds/000 line 327
  @Test
  void agenciesLackCapacitySilent() {
    assertThat(assess(compliant().withPowersResourcesCapacity(Truth.TRUE))).isEmpty();
  }

  // seeds/000 line 327: unknown gives "cannot tell"
  @Test
  void agenciesLackCapacityCannotTell() {
    assertOnly(assess(compliant().withPowersResourcesCapacity(Truth.UNKNOWN)),
        DueDiligence.AGENCIES_LACK_CAPACITY, Severity.CANNOT_TELL, "/powersResourcesCapacity");
  }

  // seeds/000 line 327: "and whether essential victim cooperation is facilitated"
  @Test
  void victimCooperationNotFacilitatedFires() {
    assertOnly(assess(compliant().withVictimCooperationFacilitated(Truth.FALSE)),
        DueDiligence.VICTIM_COOPERATION_NOT_FACILITATED, Severity.RECOMMENDATION,
        "/victimCooperationFacilitated");
  }

  // seeds/000 line 327
  @Test
  void victimCooperationNotFacilitatedSilent() {
    assertThat(assess(compliant().withVictimCooperationFacilitated(Truth.TRUE))).isEmpty();
  }

  // seeds/000 line 327: unknown gives "cannot tell"
  @Test
  void victimCooperationNotFacilitatedCannotTell() {
    assertOnly(assess(compliant().withVictimCooperationFacilitated(Truth.UNKNOWN)),
        DueDiligence.VICTIM_COOPERATION_NOT_FACILITATED, Severity.CANNOT_TELL,
        "/victimCooperationFacilitated");
  }

  // seeds/000 line 327: "States should be able to produce the necessary data on investigations,
  // arrests, prosecutions and convictions"
  @Test
  void noCriminalJusticeDataFires() {
    assertOnly(assess(compliant().withDataProduced(Truth.FALSE)),
        DueDiligence.NO_CRIMINAL_JUSTICE_DATA, Severity.RECOMMENDATION, "/dataProduced");
  }

  // seeds/000 line 327
  @Test
  void noCriminalJusticeDataSilent() {
    assertThat(assess(compliant().withDataProduced(Truth.TRUE))).isEmpty();
  }

  // seeds/000 line 327: unknown gives "cannot tell"
  @Test
  void noCriminalJusticeDataCannotTell() {
    assertOnly(assess(compliant().withDataProduced(Truth.UNKNOWN)),
        DueDiligence.NO_CRIMINAL_JUSTICE_DATA, Severity.CANNOT_TELL, "/dataProduced");
  }

  // seeds/000 line 305: "the obligation of investigation and prosecution requires procedures for
  // the rapid and accurate identification of victims of trafficking"
  @Test
  void noIdentificationProceduresFires() {
    assertOnly(assess(compliant().withIdentificationProcedures(Truth.FALSE)),
        DueDiligence.NO_IDENTIFICATION_PROCEDURES, Severity.RECOMMENDATION,
        "/identificationProcedures");
  }

  // seeds/000 line 305
  @Test
  void noIdentificationProceduresSilent() {
    assertThat(assess(compliant().withIdentificationProcedures(Truth.TRUE))).isEmpty();
  }

  // seeds/000 line 305: unknown gives "cannot tell"
  @Test
  void noIdentificationProceduresCannotTell() {
    assertOnly(assess(compliant().withIdentificationProcedures(Truth.UNKNOWN)),
        DueDiligence.NO_IDENTIFICATION_PROCEDURES, Severity.CANNOT_TELL,
        "/identificationProcedures");
  }

  // seeds/000 lines 305, 339: "A failure to cultivate such specialization could well contribute
  // to a finding"; CoE Convention art. 29 (fn 70-71, lines 349-351) binds a CoE profile
  @Test
  void noSpecialisedUnitsFires() {
    StateResponse r = compliant().withSpecialisedUnits(Truth.FALSE);
    assertOnly(assess(r, Jurisdictions.COUNCIL_OF_EUROPE), DueDiligence.NO_SPECIALISED_UNITS,
        Severity.VIOLATION, "/specialisedUnits");
    assertOnly(assess(r), DueDiligence.NO_SPECIALISED_UNITS, Severity.RECOMMENDATION,
        "/specialisedUnits");
  }

  // seeds/000 lines 305, 339
  @Test
  void noSpecialisedUnitsSilent() {
    assertThat(assess(compliant().withSpecialisedUnits(Truth.TRUE))).isEmpty();
  }

  // seeds/000 lines 305, 339: unknown gives "cannot tell"
  @Test
  void noSpecialisedUnitsCannotTell() {
    assertOnly(assess(compliant().withSpecialisedUnits(Truth.UNKNOWN)),
        DueDiligence.NO_SPECIALISED_UNITS, Severity.CANNOT_TELL, "/specialisedUnits");
  }

  // seeds/000 lines 329-337: "an effective criminal justice response to trafficking requires
  // trained and competent officials"; TIP Protocol art. 10(2), CoE art. 29(3), Directive art.
  // 18(3) (fn 68, line 345)
  @Test
  void noTrainingFires() {
    StateResponse r = compliant().withTraining(Truth.FALSE);
    assertOnly(assess(r), DueDiligence.NO_TRAINING, Severity.VIOLATION, "/training");
    assertOnly(assess(r, Jurisdictions.COUNCIL_OF_EUROPE), DueDiligence.NO_TRAINING,
        Severity.VIOLATION, "/training");
    assertOnly(assess(r, Jurisdictions.ASEAN), DueDiligence.NO_TRAINING,
        Severity.RECOMMENDATION, "/training");
  }

  // seeds/000 lines 329-337
  @Test
  void noTrainingSilent() {
    assertThat(assess(compliant().withTraining(Truth.TRUE))).isEmpty();
  }

  // seeds/000 lines 329-337: unknown gives "cannot tell"
  @Test
  void noTrainingCannotTell() {
    assertOnly(assess(compliant().withTraining(Truth.UNKNOWN)), DueDiligence.NO_TRAINING,
        Severity.CANNOT_TELL, "/training");
  }
}
