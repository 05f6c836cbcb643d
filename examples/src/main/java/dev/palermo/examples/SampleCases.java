package dev.palermo.examples;

import static dev.palermo.definition.Act.HARBOURING;
import static dev.palermo.definition.Act.RECEIPT;
import static dev.palermo.definition.Act.RECRUITMENT;
import static dev.palermo.definition.Act.TRANSFER;
import static dev.palermo.definition.Act.TRANSPORTATION;

import dev.palermo.casefile.ActRecord;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.casefile.Consent;
import dev.palermo.casefile.Movement;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.CountryCode;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.AgeAssessment;
import dev.palermo.person.AgeAssessmentMethod;
import dev.palermo.person.AgeEvidence;
import dev.palermo.person.DateOfBirth;
import dev.palermo.person.Gender;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import dev.palermo.smuggling.AssistanceMotive;
import dev.palermo.smuggling.SmugglingFacts;
import java.time.LocalDate;
import java.util.List;

/**
 * Twelve fully fictional sample cases built in code, covering adults and children, missing and
 * unknown means, unknown age, consent, smuggling without trafficking, smuggling that turns into
 * trafficking, extension purposes, and definitions that disagree. No case describes a real person;
 * ids are opaque tokens. Thread-safe; has no instances.
 */
public final class SampleCases {
  private static final Jurisdiction PROTOCOL = Jurisdictions.PROTOCOL;

  private SampleCases() {}

  /** @return the sample cases, in a stable order */
  public static List<SampleCase> all() {
    return List.of(
        sample("adult-deceived-forced-labour",
            "Adult recruited and transported by deception for forced labour; she consented.",
            person("p1", DateOfBirth.parse("1990-04-02"), Gender.FEMALE),
            conduct("p1", date(2021, 3, 1), Movement.CROSS_BORDER, Consent.GIVEN,
                FactSet.only(Means.DECEPTION), FactSet.only(ExploitationPurpose.FORCED_LABOUR),
                RECRUITMENT, TRANSPORTATION),
            Jurisdictions.UNITED_STATES, Jurisdictions.EUROPEAN_UNION),
        sample("child-harboured-prostitution",
            "A 16-year-old recruited and harboured for the prostitution of others, no means.",
            person("p2", DateOfBirth.parse("2006-09"), Gender.FEMALE),
            conduct("p2", date(2022, 11, 20), Movement.INTERNAL, Consent.GIVEN, FactSet.none(),
                FactSet.only(ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION), RECRUITMENT,
                HARBOURING),
            Jurisdictions.UNITED_STATES, Jurisdictions.SAARC),
        sample("adult-no-means",
            "Adult recruited for work that turned exploitative; no means used, consent given.",
            person("p3", DateOfBirth.parse("1985"), Gender.MALE),
            conduct("p3", date(2020, 6, 15), Movement.INTERNAL, Consent.GIVEN, FactSet.none(),
                FactSet.only(ExploitationPurpose.FORCED_LABOUR), RECRUITMENT),
            Jurisdictions.UNITED_KINGDOM),
        sample("unknown-age-no-means",
            "Person assessed as 16 to 19, transferred for servitude without means.",
            person("p4", AgeAssessment.of(16, 19, AgeAssessmentMethod.INTERVIEW,
                LocalDate.of(2023, 2, 1)), null),
            conduct("p4", date(2023, 1, 10), Movement.CROSS_BORDER, Consent.UNKNOWN,
                FactSet.none(), FactSet.only(ExploitationPurpose.SERVITUDE), TRANSFER),
            Jurisdictions.COUNCIL_OF_EUROPE),
        sample("means-unknown-organs",
            "Adult received for the removal of organs; whether means were used is unknown.",
            person("p5", DateOfBirth.parse("1979-12-30"), Gender.MALE),
            conduct("p5", date(2019, 8, 5), Movement.CROSS_BORDER, Consent.UNKNOWN,
                FactSet.unknown(), FactSet.only(ExploitationPurpose.REMOVAL_OF_ORGANS), RECEIPT),
            Jurisdictions.UNITED_STATES),
        sample("child-forced-labour-us",
            "A 16-year-old recruited without means for forced labour: the Protocol and the US "
                + "disagree.",
            person("p6", DateOfBirth.parse("2007-05-20"), Gender.MALE),
            conduct("p6", date(2023, 7, 1), Movement.INTERNAL, Consent.GIVEN, FactSet.none(),
                FactSet.only(ExploitationPurpose.FORCED_LABOUR), RECRUITMENT),
            Jurisdictions.UNITED_STATES),
        sample("smuggling-family-help",
            "A brother helped across a border for close family ties: neither smuggling nor "
                + "trafficking.",
            person("p7", DateOfBirth.parse("1998"), Gender.MALE, "SY"),
            Conduct.builder().victim(PersonId.of("p7")).period(date(2016, 9, 1))
                .movement(Movement.CROSS_BORDER).acts(FactSet.none()).means(FactSet.none())
                .purposes(FactSet.none()).consent(Consent.GIVEN)
                .smuggling(SmugglingFacts.builder().entryProcured(Truth.TRUE)
                    .illegalEntry(Truth.TRUE).receivingState(CountryCode.of("DE"))
                    .notNationalOrPermanentResident(Truth.TRUE)
                    .motive(AssistanceMotive.CLOSE_FAMILY_TIES).build())
                .build()),
        sample("smuggled-then-trafficked",
            "Migrant smuggled for a fee, then harboured and held in debt bondage under threat.",
            person("p8", DateOfBirth.parse("1995-02-14"), Gender.MALE, "NG"),
            Conduct.builder().victim(PersonId.of("p8"))
                .addActRecords(ActRecord.of(TRANSPORTATION, date(2018, 4, 2), CountryCode.of("LY")))
                .addActRecords(ActRecord.of(HARBOURING, DateSpan.between(LocalDate.of(2018, 5, 1),
                    LocalDate.of(2019, 3, 1)), CountryCode.of("IT")))
                .means(FactSet.only(Means.THREAT_OF_FORCE, Means.ABUSE_OF_VULNERABILITY))
                .purposes(FactSet.only(ExploitationPurpose.DEBT_BONDAGE))
                .movement(Movement.CROSS_BORDER).consent(Consent.GIVEN)
                .organizedCriminalGroup(Truth.TRUE)
                .smuggling(SmugglingFacts.builder().entryProcured(Truth.TRUE)
                    .illegalEntry(Truth.TRUE).receivingState(CountryCode.of("IT"))
                    .notNationalOrPermanentResident(Truth.TRUE).materialBenefit(Truth.TRUE)
                    .lifeOrSafetyEndangered(Truth.TRUE).build())
                .build(),
            Jurisdictions.EUROPEAN_UNION),
        sample("forced-marriage-2025",
            "Adult recruited by deception for a forced marriage in 2025: an EU 2024 extension.",
            person("p9", DateOfBirth.parse("2001-01-01"), Gender.FEMALE),
            conduct("p9", date(2025, 2, 1), Movement.CROSS_BORDER, Consent.NOT_GIVEN,
                FactSet.only(Means.DECEPTION), FactSet.only(ExploitationPurpose.FORCED_MARRIAGE),
                RECRUITMENT),
            Jurisdictions.EUROPEAN_UNION),
        sample("adult-man-prostitution-saarc",
            "Adult man transported under coercion for prostitution: outside SAARC's scope.",
            person("p10", DateOfBirth.parse("1992-07"), Gender.MALE),
            conduct("p10", date(2021, 10, 9), Movement.CROSS_BORDER, Consent.NOT_GIVEN,
                FactSet.only(Means.OTHER_COERCION),
                FactSet.only(ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION), TRANSPORTATION),
            Jurisdictions.SAARC),
        sample("assessed-child-forced-begging",
            "A child assessed as 13 to 15, recruited and harboured for forced begging, no means.",
            person("p12", AgeAssessment.of(13, 15, AgeAssessmentMethod.MULTIDISCIPLINARY,
                LocalDate.of(2024, 5, 2)), Gender.MALE),
            conduct("p12", date(2024, 4, 20), Movement.INTERNAL, Consent.UNKNOWN,
                FactSet.none(), FactSet.only(ExploitationPurpose.FORCED_BEGGING), RECRUITMENT,
                HARBOURING),
            Jurisdictions.EUROPEAN_UNION),
        sample("domestic-servitude-no-movement",
            "Adult harboured at home in servitude by abuse of vulnerability, never moved.",
            person("p11", DateOfBirth.parse("1970"), Gender.FEMALE),
            conduct("p11", date(2017, 1, 1), Movement.NONE, Consent.UNKNOWN,
                FactSet.only(Means.ABUSE_OF_VULNERABILITY),
                FactSet.only(ExploitationPurpose.SERVITUDE), HARBOURING),
            Jurisdictions.UNITED_KINGDOM));
  }

  private static SampleCase sample(String id, String description, Person person, Conduct conduct,
      Jurisdiction... others) {
    Case c = Case.builder().id(id).addPersons(person).addConducts(conduct).build();
    List<Jurisdiction> jurisdictions = new java.util.ArrayList<>();
    jurisdictions.add(PROTOCOL);
    jurisdictions.addAll(List.of(others));
    return SampleCase.of(c, description, jurisdictions);
  }

  private static Person person(String id, AgeEvidence age, Gender gender, String... nations) {
    Person.Builder b = Person.builder().id(PersonId.of(id)).ageEvidence(age);
    if (gender != null) {
      b.gender(gender);
    }
    for (String n : nations) {
      b.addNationalities(CountryCode.of(n));
    }
    return b.build();
  }

  private static Conduct conduct(String victim, DateSpan when, Movement movement, Consent consent,
      FactSet<Means> means, FactSet<ExploitationPurpose> purposes, Act... acts) {
    return Conduct.builder().victim(PersonId.of(victim)).period(when)
        .acts(acts.length == 0 ? FactSet.none() : FactSet.only(acts[0], rest(acts)))
        .means(means).purposes(purposes).movement(movement).consent(consent)
        .exploitationOccurred(Truth.UNKNOWN).build();
  }

  private static Act[] rest(Act[] acts) {
    return java.util.Arrays.copyOfRange(acts, 1, acts.length);
  }

  private static DateSpan date(int y, int m, int d) {
    return DateSpan.on(LocalDate.of(y, m, d));
  }
}
