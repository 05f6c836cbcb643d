package dev.palermo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.casefile.ActRecord;
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
import dev.palermo.jurisdiction.ChildRule;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.jurisdiction.MovementRequirement;
import dev.palermo.jurisdiction.PersonScope;
import dev.palermo.law.Instrument;
import dev.palermo.person.AgeAssessment;
import dev.palermo.person.AgeAssessmentMethod;
import dev.palermo.person.AgeEvidence;
import dev.palermo.person.DateOfBirth;
import dev.palermo.person.Gender;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The assessment renders its explanation lazily (issue 8); this test holds it to the eager
 * explanation it replaced, frozen in {@link EagerExplanationOracle}: every attribute and every
 * step (rule, text, citation), byte for byte, and equality both ways, over exhaustive crosses of
 * the facts, the age evidence, the dates (including conduct before the first version and undated
 * conduct under a jurisdiction whose versions agree or disagree) and every shape a profile can
 * take (child rule, persons covered, movement, means required).
 */
class LazyExplanationEquivalenceTest {
  private static final PersonId VICTIM = PersonId.of("V1");
  private static final LocalDate DAY = LocalDate.of(2018, 6, 1);

  /** The dates of conduct: none, before every version, in force, after the EU amendment. */
  private static final List<LocalDate> DATES = java.util.Arrays.asList(null,
      LocalDate.of(1999, 6, 1), DAY, LocalDate.of(2025, 1, 1));

  private static <C extends Enum<C> & dev.palermo.vocabulary.Code> List<FactSet<C>> choices(
      Class<C> type, boolean eachValue) {
    List<FactSet<C>> out = new ArrayList<>();
    out.add(FactSet.none());
    out.add(FactSet.unknown());
    C[] values = type.getEnumConstants();
    if (eachValue) {
      for (C c : values) {
        out.add(FactSet.only(c));
      }
    } else {
      out.add(FactSet.only(values[0]));
      out.add(FactSet.only(values[values.length - 1]));
    }
    // One known true among unknowns; one known false among unknowns; a mix of both.
    out.add(FactSet.including(values[0]));
    Map<C, Truth> mixed = new EnumMap<>(type);
    mixed.put(values[0], Truth.FALSE);
    out.add(FactSet.of(mixed, Truth.UNKNOWN));
    mixed.put(values[values.length - 1], Truth.TRUE);
    mixed.put(values[values.length / 2], Truth.UNKNOWN);
    out.add(FactSet.of(mixed, Truth.FALSE));
    return out;
  }

  private static List<Person> persons() {
    return List.of(
        Person.of(VICTIM, DateOfBirth.parse("2001-11-13")),
        Person.builder().id(VICTIM).ageEvidence(DateOfBirth.parse("1991-10-07"))
            .gender(Gender.FEMALE).build(),
        Person.builder().id(VICTIM).ageEvidence(DateOfBirth.parse("2000"))
            .gender(Gender.MALE).build(),
        Person.builder().id(VICTIM).ageEvidence(AgeAssessment.of(16, 19,
            AgeAssessmentMethod.INTERVIEW, DAY)).gender(Gender.FEMALE).build(),
        Person.of(VICTIM, AgeEvidence.unknown()));
  }

  private static Conduct conduct(FactSet<Act> acts, FactSet<Means> means,
      FactSet<ExploitationPurpose> purposes, LocalDate day, int variant) {
    Conduct.Builder b = Conduct.builder().victim(VICTIM).acts(acts).means(means)
        .purposes(purposes)
        .consent(Consent.values()[variant % Consent.values().length])
        .movement(Movement.values()[(variant / 3) % Movement.values().length])
        .organizedCriminalGroup(Truth.values()[(variant / 2) % 3])
        .exploitationOccurred(Truth.values()[(variant / 5) % 3]);
    if (day != null) {
      if (variant % 7 == 3) {
        // Dated through an act record only: Conduct.when() derives the period.
        b.addActRecords(ActRecord.of(Act.TRANSFER, DateSpan.on(day), CountryCode.of("FR")));
      } else {
        b.period(variant % 2 == 0 ? DateSpan.on(day) : DateSpan.since(day));
      }
    }
    return b.build();
  }

  /** Every shape of profile, from the Protocol's. */
  private static List<JurisdictionProfile> shapes() {
    JurisdictionProfile base = Jurisdictions.PROTOCOL.latest();
    List<JurisdictionProfile> out = new ArrayList<>();
    int i = 0;
    for (ChildRule rule : ChildRule.values()) {
      for (PersonScope scope : PersonScope.values()) {
        for (MovementRequirement movement : MovementRequirement.values()) {
          for (boolean meansRequired : new boolean[] {true, false}) {
            JurisdictionProfile p = base.withId("shape-" + i).withVersion("v" + i)
                .withChildRule(rule).withPersonScope(scope).withMovementRequirement(movement)
                .withAdultMeansRequired(meansRequired);
            if (rule == ChildRule.LISTED_PURPOSES) {
              p = p.withChildRulePurposes(ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION,
                  ExploitationPurpose.SLAVERY);
            }
            if (i % 3 == 1) {
              p = p.withChildAgeProvision(java.util.Optional.empty())
                  .withConsentProvision(java.util.Optional.empty()).withChildAge(16);
            }
            if (i % 4 == 2) {
              p = p.withBoundBy(Instrument.COE_CONVENTION, Instrument.TIP_PROTOCOL)
                  .withPurposes(ExploitationPurpose.FORCED_LABOUR,
                      ExploitationPurpose.PRACTICES_SIMILAR_TO_SLAVERY,
                      ExploitationPurpose.WORST_FORMS_OF_CHILD_LABOUR);
            }
            out.add(p);
            i++;
          }
        }
      }
    }
    return out;
  }

  /** Jurisdictions of several versions: versions that agree and versions that disagree. */
  private static List<Jurisdiction> versioned() {
    JurisdictionProfile v1 = Jurisdictions.PROTOCOL.latest().withId("versioned")
        .withVersion("2000").withEffectiveFrom(LocalDate.of(2000, 1, 1));
    JurisdictionProfile v2 = v1.withVersion("2010").withEffectiveFrom(LocalDate.of(2010, 1, 1))
        .withAdultMeansRequired(false);
    JurisdictionProfile v3 = v1.withVersion("2020").withEffectiveFrom(LocalDate.of(2020, 1, 1))
        .withChildRule(ChildRule.NONE).withPurposes(ExploitationPurpose.FORCED_LABOUR);
    JurisdictionProfile same = v1.withVersion("2005").withEffectiveFrom(LocalDate.of(2005, 1, 1))
        .withName("Renamed");
    return List.of(Jurisdiction.of(List.of(v1, v2)), Jurisdiction.of(List.of(v1, v2, v3)),
        Jurisdiction.of(List.of(v1, same)));
  }

  /** Every attribute and every step, as text, so that a mismatch shows where it differs. */
  private static String describe(DefinitionAssessment a) {
    StringBuilder sb = new StringBuilder();
    sb.append(a.jurisdictionId()).append('|').append(a.profileVersion()).append('|')
        .append(a.outcome()).append('|').append(a.elements()).append('|')
        .append(a.undecided()).append('|').append(a.consent()).append('|')
        .append(a.consentRule()).append('|').append(a.conductDate()).append('|')
        .append(a.ageAtConduct()).append('|').append(a.child()).append('|')
        .append(a.presumedChild()).append('|').append(a.ifChild()).append('|')
        .append(a.ifAdult()).append('|').append(a).append('\n');
    for (ExplanationStep s : a.steps()) {
      sb.append(s.rule()).append(" | ").append(s.text()).append(" | ").append(s.citation())
          .append(" | ").append(s).append('\n');
    }
    return sb.toString();
  }

  private int compared;
  private final List<String> mismatches = new ArrayList<>();

  private void compare(DefinitionAssessment lazy, DefinitionAssessment eager,
      java.util.function.Supplier<String> where) {
    compared++;
    String expected = describe(eager);
    String actual = describe(lazy);
    if (!expected.equals(actual) && mismatches.size() < 5) {
      mismatches.add(where.get() + "\nexpected:\n" + expected + "actual:\n" + actual);
    }
    if (compared % 97 == 0 && mismatches.size() < 5 && (!lazy.equals(eager)
        || !eager.equals(lazy) || lazy.hashCode() != eager.hashCode())) {
      mismatches.add(where.get() + ": equal text but not equal values");
    }
  }

  @Test
  void theBuiltInJurisdictionsExplainAsBeforeForEveryElementChoice() {
    List<FactSet<Act>> acts = choices(Act.class, true);
    List<FactSet<Means>> means = choices(Means.class, true);
    List<FactSet<ExploitationPurpose>> purposes = choices(ExploitationPurpose.class, true);
    List<Person> persons = persons();
    int variant = 0;
    for (Jurisdiction j : Jurisdictions.all()) {
      for (FactSet<Act> a : acts) {
        for (FactSet<Means> m : means) {
          for (FactSet<ExploitationPurpose> p : purposes) {
            Person person = persons.get(variant % persons.size());
            LocalDate day = DATES.get((variant / persons.size()) % DATES.size());
            Conduct c = conduct(a, m, p, day, variant++);
            compare(TraffickingDefinition.assess(c, person, j),
                EagerExplanationOracle.assess(c, person, j), () -> j + " " + c + " " + person);
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(compared).isEqualTo(7 * 16 * 14 * 20);
  }

  @Test
  void everyShapeOfProfileExplainsAsBefore() {
    List<FactSet<Act>> acts = choices(Act.class, false);
    List<FactSet<Means>> means = choices(Means.class, false);
    List<FactSet<ExploitationPurpose>> purposes = choices(ExploitationPurpose.class, true);
    List<Person> persons = persons();
    int variant = 0;
    for (JurisdictionProfile profile : shapes()) {
      Jurisdiction j = Jurisdiction.of(profile);
      for (FactSet<Act> a : acts) {
        for (FactSet<Means> m : means) {
          for (FactSet<ExploitationPurpose> p : purposes) {
            Person person = persons.get(variant % persons.size());
            LocalDate day = DATES.get((variant / persons.size()) % DATES.size());
            Conduct c = conduct(a, m, p, day, variant++);
            compare(TraffickingDefinition.assess(c, person, j),
                EagerExplanationOracle.assess(c, person, j),
                () -> profile + " " + c + " " + person);
            if (variant % 5 == 0) {
              compare(TraffickingDefinition.assess(c, person, profile),
                  EagerExplanationOracle.assess(c, person, profile), () -> profile + " " + c);
            }
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(compared).isGreaterThan(60_000);
  }

  @Test
  void versionsThatAgreeOrDisagreeExplainAsBefore() {
    List<FactSet<Act>> acts = choices(Act.class, false);
    List<FactSet<Means>> means = choices(Means.class, true);
    List<FactSet<ExploitationPurpose>> purposes = choices(ExploitationPurpose.class, true);
    List<Person> persons = persons();
    int variant = 0;
    for (Jurisdiction j : versioned()) {
      for (FactSet<Act> a : acts) {
        for (FactSet<Means> m : means) {
          for (FactSet<ExploitationPurpose> p : purposes) {
            Person person = persons.get(variant % persons.size());
            for (LocalDate day : DATES) {
              Conduct c = conduct(a, m, p, day, variant++);
              compare(TraffickingDefinition.assess(c, person, j),
                  EagerExplanationOracle.assess(c, person, j), () -> j + " " + c + " " + person);
            }
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(compared).isEqualTo(3 * 7 * 14 * 20 * 4);
  }

  @Test
  void aCaseExplainsAsBefore() {
    dev.palermo.casefile.Case c = dev.palermo.casefile.Case.builder().id("C-1")
        .addPersons(persons().get(0))
        .addConducts(conduct(FactSet.only(Act.RECRUITMENT), FactSet.none(),
            FactSet.only(ExploitationPurpose.FORCED_LABOUR), DAY, 0))
        .addConducts(conduct(FactSet.only(Act.RECRUITMENT), FactSet.none(),
            FactSet.only(ExploitationPurpose.FORCED_LABOUR), DAY, 1)
            .withVictim(PersonId.of("V2")))
        .build();
    for (Jurisdiction j : Jurisdictions.all()) {
      List<DefinitionAssessment> lazy = TraffickingDefinition.assess(c, j);
      List<DefinitionAssessment> eager = EagerExplanationOracle.assess(c, j);
      assertThat(lazy).hasSameSizeAs(eager);
      for (int i = 0; i < lazy.size(); i++) {
        int at = i;
        compare(lazy.get(i), eager.get(i), () -> j + " case conduct " + at);
      }
    }
    assertThat(mismatches).isEmpty();
  }
}
