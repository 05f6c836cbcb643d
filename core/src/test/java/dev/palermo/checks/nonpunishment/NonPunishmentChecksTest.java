package dev.palermo.checks.nonpunishment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.casefile.Conduct;
import dev.palermo.casefile.Movement;
import dev.palermo.checks.Check;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.Checks;
import dev.palermo.events.Charge;
import dev.palermo.events.ChargeStage;
import dev.palermo.events.Identification;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.events.LinkToTrafficking;
import dev.palermo.events.OffenceCategory;
import dev.palermo.facts.CountryCode;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.jurisdiction.NonPunishment;
import dev.palermo.law.Instrument;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Severity;
import dev.palermo.rights.ProvisionCatalogue;
import dev.palermo.smuggling.SmugglingFacts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The non-punishment checks (PAL-C-0020..0024): each fires, passes and cannot tell. */
class NonPunishmentChecksTest {
  private static final LocalDate IDENTIFIED = LocalDate.of(2020, 3, 1);
  private static final LocalDate CHARGED = LocalDate.of(2020, 4, 1);

  private static List<Problem> run(Check check, Jurisdiction j, List<Conduct> conducts,
      CaseEvent... events) {
    Case c = Case.builder().id("c1").addPersons(Fixtures.adult()).addAllConducts(conducts)
        .addEvents(events).build();
    return check.run(CheckContext.of(c, j, LocalDate.of(2021, 1, 1)));
  }

  private static List<Problem> runOnVictim(Check check, Jurisdiction j, Charge charge) {
    return run(check, j, List.of(), identified(), charge);
  }

  private static Identification identified() {
    return Identification.builder().person(Fixtures.VICTIM).when(DateSpan.on(IDENTIFIED))
        .status(IdentificationStatus.IDENTIFIED).build();
  }

  private static Charge charge(OffenceCategory offence, ChargeStage stage,
      LinkToTrafficking link) {
    return Charge.builder().person(Fixtures.VICTIM).when(DateSpan.on(CHARGED)).offence(offence)
        .stage(stage).link(link).build();
  }

  private static Conduct smuggled() {
    SmugglingFacts f = SmugglingFacts.builder().entryProcured(Truth.TRUE)
        .illegalEntry(Truth.TRUE).receivingState(CountryCode.of("IT"))
        .notNationalOrPermanentResident(Truth.TRUE).materialBenefit(Truth.TRUE).build();
    Conduct.Builder b = Fixtures.conduct();
    b.movement(Movement.CROSS_BORDER).smuggling(f);
    return b.build();
  }

  private static Problem single(List<Problem> found) {
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static void assertFinding(Problem p, String code, Severity severity, String path,
      String mainProvision) {
    assertThat(p.code()).isEqualTo(code);
    assertThat(p.severity()).isEqualTo(severity);
    assertThat(p.path()).isEqualTo(JsonPointer.parse(path));
    assertThat(p.citation()).contains(ProvisionCatalogue.require(mainProvision).provision());
    assertThat(p.remedy()).isPresent();
  }

  private static void assertCannotTell(List<Problem> found, String code, String path) {
    Problem p = single(found);
    assertThat(p.code()).isEqualTo(code);
    assertThat(p.severity()).isEqualTo(Severity.CANNOT_TELL);
    assertThat(p.path()).isEqualTo(JsonPointer.parse(path));
  }

  @Test
  void registered() {
    assertThat(Checks.all()).extracting(Check::code).contains("PAL-C-0020", "PAL-C-0021",
        "PAL-C-0022", "PAL-C-0023", "PAL-C-0024");
  }

  // --- PAL-C-0020: RPG Principle 7, seeds/004:88; Guideline 5, seeds/000:183.

  @Test
  void victimChargedWithImmigrationOffenceFires() {
    Problem p = single(runOnVictim(new VictimChargedForImmigrationOffence(),
        Jurisdictions.PROTOCOL,
        charge(OffenceCategory.IMMIGRATION, ChargeStage.PROSECUTION, LinkToTrafficking.UNKNOWN)));
    assertFinding(p, "PAL-C-0020", Severity.RECOMMENDATION, "/events/1/offence", "rpg-p7");
  }

  @Test
  void screenedOutPersonOrOtherOffencePasses() {
    // seeds/004:88: the rule protects "trafficked persons".
    Identification out = identified().withStatus(IdentificationStatus.NOT_A_VICTIM);
    assertThat(run(new VictimChargedForImmigrationOffence(), Jurisdictions.PROTOCOL, List.of(),
        out, charge(OffenceCategory.IMMIGRATION, ChargeStage.CHARGE, LinkToTrafficking.UNKNOWN)))
        .isEmpty();
    assertThat(runOnVictim(new VictimChargedForImmigrationOffence(), Jurisdictions.PROTOCOL,
        charge(OffenceCategory.OTHER, ChargeStage.CHARGE, LinkToTrafficking.UNKNOWN))).isEmpty();
  }

  @Test
  void unknownVictimStatusCannotTell() {
    // seeds/000:165: victims are charged "not as victims of trafficking, but as ... undocumented".
    assertCannotTell(run(new VictimChargedForImmigrationOffence(), Jurisdictions.PROTOCOL,
        List.of(), charge(OffenceCategory.IMMIGRATION, ChargeStage.CHARGE,
            LinkToTrafficking.UNKNOWN)), "PAL-C-0020", "/persons/0");
  }

  // --- PAL-C-0021: CoE art. 26, seeds/000:183, 197; seeds/001:164.

  @Test
  void compelledOffencePenalisedFiresAsViolationWhereCoeBinds() {
    Charge penalty = charge(OffenceCategory.DRUGS, ChargeStage.PENALTY,
        LinkToTrafficking.COMPELLED);
    Problem p = single(runOnVictim(new CompelledOffencePenalised(),
        Jurisdictions.COUNCIL_OF_EUROPE, penalty));
    assertFinding(p, "PAL-C-0021", Severity.VIOLATION, "/events/1/link", "coe-26");
    assertThat(p.message()).contains("CoE Convention art. 26");
    // the UK clause (MSA s. 45) has the same formulation and the UK is a CoE party
    assertThat(single(runOnVictim(new CompelledOffencePenalised(),
        Jurisdictions.UNITED_KINGDOM, penalty)).severity()).isEqualTo(Severity.VIOLATION);
    // a profile with the same formulation but not bound by the Convention
    Jurisdiction notBound = Jurisdiction.of(Jurisdictions.PROTOCOL.latest()
        .withNonPunishment(NonPunishment.COMPELLED));
    assertThat(single(runOnVictim(new CompelledOffencePenalised(), notBound, penalty))
        .severity()).isEqualTo(Severity.RECOMMENDATION);
  }

  @Test
  void compelledClausePassesUnrelatedOffencesOtherStagesAndOtherFormulations() {
    // seeds/000:183: art. 26 is about "not imposing penalties", "to the extent" compelled.
    assertThat(runOnVictim(new CompelledOffencePenalised(), Jurisdictions.COUNCIL_OF_EUROPE,
        charge(OffenceCategory.DRUGS, ChargeStage.PENALTY, LinkToTrafficking.UNRELATED)))
        .isEmpty();
    assertThat(runOnVictim(new CompelledOffencePenalised(), Jurisdictions.COUNCIL_OF_EUROPE,
        charge(OffenceCategory.DRUGS, ChargeStage.PROSECUTION, LinkToTrafficking.COMPELLED)))
        .isEmpty();
    assertThat(runOnVictim(new CompelledOffencePenalised(), Jurisdictions.PROTOCOL,
        charge(OffenceCategory.DRUGS, ChargeStage.PENALTY, LinkToTrafficking.COMPELLED)))
        .isEmpty();
  }

  @Test
  void compelledClauseWithUnknownLinkCannotTell() {
    // seeds/000:197 (art. 26): whether the act was compelled decides.
    assertCannotTell(runOnVictim(new CompelledOffencePenalised(), Jurisdictions.COUNCIL_OF_EUROPE,
        charge(OffenceCategory.BEGGING, ChargeStage.PENALTY, LinkToTrafficking.UNKNOWN)),
        "PAL-C-0021", "/events/1/link");
  }

  // --- PAL-C-0022: EU Directive art. 8, seeds/000:183, 199.

  @Test
  void compelledAsDirectConsequenceProsecutedFiresAsViolationInTheEu() {
    Charge prosecution = charge(OffenceCategory.FALSE_DOCUMENTS, ChargeStage.PROSECUTION,
        LinkToTrafficking.COMPELLED_AS_DIRECT_CONSEQUENCE);
    Problem p = single(runOnVictim(new CompelledAsDirectConsequenceOffenceProsecuted(),
        Jurisdictions.EUROPEAN_UNION, prosecution));
    assertFinding(p, "PAL-C-0022", Severity.VIOLATION, "/events/1/link", "eu-8");
    Jurisdiction notBound = Jurisdiction.of(Jurisdictions.PROTOCOL.latest()
        .withNonPunishment(NonPunishment.COMPELLED_AS_DIRECT_CONSEQUENCE));
    assertThat(single(runOnVictim(new CompelledAsDirectConsequenceOffenceProsecuted(), notBound,
        prosecution)).severity()).isEqualTo(Severity.RECOMMENDATION);
  }

  @Test
  void euClausePassesUnrelatedOffencesAndArrests() {
    // seeds/000:199 (art. 8): "not to prosecute or impose penalties".
    assertThat(runOnVictim(new CompelledAsDirectConsequenceOffenceProsecuted(),
        Jurisdictions.EUROPEAN_UNION, charge(OffenceCategory.DRUGS, ChargeStage.PROSECUTION,
            LinkToTrafficking.UNRELATED))).isEmpty();
    assertThat(runOnVictim(new CompelledAsDirectConsequenceOffenceProsecuted(),
        Jurisdictions.EUROPEAN_UNION, charge(OffenceCategory.DRUGS, ChargeStage.ARREST,
            LinkToTrafficking.COMPELLED_AS_DIRECT_CONSEQUENCE))).isEmpty();
  }

  @Test
  void euClauseWithOneTestOnlyCannotTell() {
    // seeds/000:183: the Directive joins both tests ("compelled ... as a direct consequence").
    assertCannotTell(runOnVictim(new CompelledAsDirectConsequenceOffenceProsecuted(),
        Jurisdictions.EUROPEAN_UNION, charge(OffenceCategory.DRUGS, ChargeStage.PROSECUTION,
            LinkToTrafficking.COMPELLED)), "PAL-C-0022", "/events/1/link");
  }

  // --- PAL-C-0023: RPG Principle 7 (seeds/004:88), WG 2009/2 para. 12 (seeds/004:86).

  @Test
  void directConsequenceOffenceFiresAsSoftLawWhereNoClause() {
    Problem p = single(runOnVictim(new NonPunishmentSoftLaw(), Jurisdictions.PROTOCOL,
        charge(OffenceCategory.PROSTITUTION, ChargeStage.CHARGE,
            LinkToTrafficking.DIRECT_CONSEQUENCE)));
    assertFinding(p, "PAL-C-0023", Severity.RECOMMENDATION, "/events/1/link", "rpg-p7");
    assertThat(p.message()).contains("none");
    // a CoE prosecution (before any penalty) of a compelled act: art. 26 does not reach it
    assertThat(runOnVictim(new NonPunishmentSoftLaw(), Jurisdictions.COUNCIL_OF_EUROPE,
        charge(OffenceCategory.DRUGS, ChargeStage.PROSECUTION, LinkToTrafficking.COMPELLED)))
        .singleElement().extracting(Problem::severity).isEqualTo(Severity.RECOMMENDATION);
  }

  @Test
  void softLawPassesUnrelatedOffencesAndChargesTheClauseJudges() {
    // seeds/004:88: "to the extent that such involvement is a direct consequence".
    assertThat(runOnVictim(new NonPunishmentSoftLaw(), Jurisdictions.PROTOCOL,
        charge(OffenceCategory.DRUGS, ChargeStage.CHARGE, LinkToTrafficking.UNRELATED)))
        .isEmpty();
    assertThat(runOnVictim(new NonPunishmentSoftLaw(), Jurisdictions.COUNCIL_OF_EUROPE,
        charge(OffenceCategory.DRUGS, ChargeStage.PENALTY, LinkToTrafficking.COMPELLED)))
        .isEmpty();
  }

  @Test
  void softLawWithUnknownLinkCannotTell() {
    // seeds/003:212: the link decides whether a victim-defendant is covered.
    assertCannotTell(runOnVictim(new NonPunishmentSoftLaw(), Jurisdictions.PROTOCOL,
        charge(OffenceCategory.BEGGING, ChargeStage.CHARGE, LinkToTrafficking.UNKNOWN)),
        "PAL-C-0023", "/events/1/link");
  }

  @Test
  void oneChargeGivesOneNonPunishmentFinding() {
    // The clause check and the soft-law check never both judge the same charge.
    Case c = Case.builder().id("c1").addPersons(Fixtures.adult()).addEvents(identified(),
        charge(OffenceCategory.DRUGS, ChargeStage.PENALTY, LinkToTrafficking.COMPELLED)).build();
    List<Problem> found = Checks.run(NonPunishmentChecks.all(),
        CheckContext.of(c, Jurisdictions.COUNCIL_OF_EUROPE, LocalDate.of(2021, 1, 1))).problems();
    assertThat(found).extracting(Problem::code).containsExactly("PAL-C-0021");
  }

  // --- PAL-C-0024: Smuggling Protocol art. 5, seeds/004:78, 58.

  @Test
  void chargeForHavingBeenSmuggledFires() {
    Charge c = charge(OffenceCategory.HAVING_BEEN_SMUGGLED, ChargeStage.CHARGE,
        LinkToTrafficking.UNRELATED);
    Problem p = single(run(new SmuggledMigrantChargedForBeingSmuggled(), Jurisdictions.PROTOCOL,
        List.of(), c));
    assertFinding(p, "PAL-C-0024", Severity.RECOMMENDATION, "/events/0/offence", "som-5");
    Jurisdiction bound = Jurisdiction.of(Jurisdictions.PROTOCOL.latest().withBoundBy(
        Instrument.TIP_PROTOCOL, Instrument.UNTOC, Instrument.SMUGGLING_PROTOCOL));
    assertThat(single(run(new SmuggledMigrantChargedForBeingSmuggled(), bound, List.of(), c))
        .severity()).isEqualTo(Severity.VIOLATION);
  }

  @Test
  void otherChargesPass() {
    // seeds/004:78: art. 6 leaves other domestic offences to the State.
    assertThat(run(new SmuggledMigrantChargedForBeingSmuggled(), Jurisdictions.PROTOCOL,
        List.of(smuggled()), charge(OffenceCategory.DRUGS, ChargeStage.CHARGE,
            LinkToTrafficking.UNRELATED))).isEmpty();
    assertThat(run(new SmuggledMigrantChargedForBeingSmuggled(), Jurisdictions.PROTOCOL,
        List.of(), charge(OffenceCategory.IMMIGRATION, ChargeStage.CHARGE,
            LinkToTrafficking.UNRELATED))).isEmpty();
  }

  @Test
  void immigrationChargeAgainstSmuggledMigrantCannotTell() {
    // seeds/004:78: art. 6 used "to justify prosecuting smuggled migrants for illegal entry".
    assertCannotTell(run(new SmuggledMigrantChargedForBeingSmuggled(), Jurisdictions.PROTOCOL,
        List.of(smuggled()), charge(OffenceCategory.IMMIGRATION, ChargeStage.PROSECUTION,
            LinkToTrafficking.UNRELATED)), "PAL-C-0024", "/events/0/offence");
  }
}
