package dev.palermo.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.person.AgeAssessment;
import dev.palermo.person.AgeAssessmentMethod;
import dev.palermo.person.DateOfBirth;
import dev.palermo.person.PartialDate;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import dev.palermo.report.ReportException;
import dev.palermo.smuggling.AssistanceMotive;
import dev.palermo.smuggling.SmugglingFacts;
import dev.palermo.testkit.PalermoGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Properties over the testkit's generated cases (QuickTheories, fixed seed, overridable with
 * {@code -Dpalermo.seed=N}): valid cases produce no problem; each deliberately broken variant,
 * with one part broken, produces the error for that part, at its pointer, and nothing else, and
 * never crashes; and no message, exception or log line carries a date of birth, a name or any
 * other text entered about a person.
 */
class GeneratedCaseTest {
  static final long SEED = Long.getLong("palermo.seed", 20_001_115L);
  static final int EXAMPLES = 300;
  /** Free text a user might type where it does not belong. */
  static final String NAME = "Maria Lopez Garcia";

  static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(EXAMPLES);
  }

  /** A broken variant of a case and the one problem (code@pointer) it must produce. */
  record Broken(Case aCase, String expected) {}

  static Gen<Broken> broken(Function<Case, Broken> breaker) {
    return PalermoGenerators.cases().map(breaker::apply);
  }

  static LocalDate began(Conduct conduct) {
    return conduct.when().map(DateSpan::start).orElse(LocalDate.of(2099, 1, 1));
  }

  static Case replacePerson(Case c, int index, Person person) {
    List<Person> persons = new ArrayList<>(c.persons());
    persons.set(index, person);
    return c.withPersons(persons);
  }

  static Case replaceConduct(Case c, int index, Conduct conduct) {
    List<Conduct> conducts = new ArrayList<>(c.conducts());
    conducts.set(index, conduct);
    return c.withConducts(conducts);
  }

  static int indexOf(Case c, PersonId id) {
    for (int i = 0; i < c.persons().size(); i++) {
      if (c.persons().get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("generated conduct names a person not in the case");
  }

  /** The breakers, one part broken each. */
  static final List<Function<Case, Broken>> BREAKERS = List.of(
      c -> new Broken(c.withId(NAME), "PAL-V-0003@/id"),
      c -> new Broken(c.withId(""), "PAL-V-0001@/id"),
      c -> new Broken(c.withId("x".repeat(129)), "PAL-V-0002@/id"),
      c -> {
        int last = c.persons().size() - 1;
        return new Broken(replacePerson(c, last, c.persons().get(last).withAgeEvidence(
            AgeAssessment.of(17, 15, AgeAssessmentMethod.INTERVIEW, LocalDate.of(2030, 1, 1)))),
            "PAL-V-0005@/persons/" + last + "/ageEvidence/maxAge");
      },
      c -> new Broken(replacePerson(c, 0, c.persons().get(0).withAgeEvidence(
          AgeAssessment.of(25, 140, AgeAssessmentMethod.MEDICAL, LocalDate.of(2030, 1, 1)))),
          "PAL-V-0004@/persons/0/ageEvidence/maxAge"),
      c -> {
        Conduct first = c.conducts().get(0);
        LocalDate start = began(first);
        return new Broken(replaceConduct(c, 0,
            first.withPeriod(DateSpan.between(start, start.minusDays(1)))),
            "PAL-V-0006@/conducts/0/period/end");
      },
      c -> {
        List<Person> persons = new ArrayList<>(c.persons());
        persons.add(Person.of(persons.get(0).id()));
        return new Broken(c.withPersons(persons), "PAL-V-0007@/persons/" + c.persons().size()
            + "/id");
      },
      c -> {
        int last = c.conducts().size() - 1;
        return new Broken(replaceConduct(c, last,
            c.conducts().get(last).withVictim(PersonId.of("not-in-case"))),
            "PAL-V-0008@/conducts/" + last + "/victim");
      },
      c -> {
        Conduct first = c.conducts().get(0);
        LocalDate start = began(first);
        Case dated = replaceConduct(c, 0, first.withPeriod(DateSpan.on(start)));
        int victim = indexOf(c, first.victim());
        return new Broken(replacePerson(dated, victim, c.persons().get(victim).withAgeEvidence(
            DateOfBirth.of(PartialDate.ofDate(start.plusDays(1))))),
            "PAL-V-0009@/persons/" + victim + "/ageEvidence");
      },
      c -> {
        Conduct first = c.conducts().get(0);
        return new Broken(replaceConduct(c, 0, first.withSmuggling(SmugglingFacts.builder()
            .materialBenefit(Truth.TRUE).motive(AssistanceMotive.HUMANITARIAN).build())),
            "PAL-V-0010@/conducts/0/smuggling/motive");
      });

  @Test
  void validGeneratedCasesHaveNoProblems() {
    qt().forAll(PalermoGenerators.cases()).checkAssert(c -> {
      Report report = CaseValidator.validate(c);
      assertThat(report.problems()).as(report.render()).isEmpty();
      assertThat(report.canBeAssessed()).isTrue();
    });
  }

  @Test
  void eachBrokenPartIsReportedAloneAndNothingCrashes() {
    for (int i = 0; i < BREAKERS.size(); i++) {
      int breaker = i;
      qt().forAll(broken(BREAKERS.get(i))).checkAssert(b -> {
        Report report = CaseValidator.validate(b.aCase());
        assertThat(report.problems()).as("breaker %d", breaker)
            .extracting(p -> p.code() + "@" + p.path()).containsExactly(b.expected());
        assertThat(report.canBeAssessed()).isFalse();
      });
    }
  }

  @Test
  void noMessageExceptionOrLogLineCarriesPersonalData() {
    List<LogRecord> records = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord r) {
        records.add(r);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger hibernate = Logger.getLogger("org.hibernate");
    Level before = hibernate.getLevel();
    hibernate.setLevel(Level.ALL);
    hibernate.addHandler(handler);
    Logger palermo = Logger.getLogger("dev.palermo");
    palermo.addHandler(handler);
    try {
      qt().forAll(PalermoGenerators.cases(), org.quicktheories.generators.SourceDSL.integers().between(0,
          BREAKERS.size() - 1)).checkAssert((c, i) -> {
            Case bad = BREAKERS.get(i).apply(c).aCase().withId(NAME);
            List<String> secrets = new ArrayList<>(List.of(NAME, "Maria"));
            for (Person p : bad.persons()) {
              if (p.ageEvidence() instanceof DateOfBirth) {
                secrets.add(((DateOfBirth) p.ageEvidence()).date().toString());
              }
              secrets.add(p.id().value());
            }
            List<String> texts = new ArrayList<>();
            for (Locale locale : ValidationMessages.LANGUAGES) {
              Report report = CaseValidator.validate(bad, locale);
              texts.add(report.render());
              report.problems().stream().map(Problem::message).forEach(texts::add);
              try {
                CaseValidator.validateOrThrow(bad, locale);
                throw new AssertionError("a broken case passed");
              } catch (ReportException e) {
                texts.add(e.getMessage());
                texts.add(String.valueOf(e));
              }
            }
            texts.addAll(records.stream().map(r -> r.getMessage() + " "
                + (r.getParameters() == null ? "" : List.of(r.getParameters())))
                .collect(Collectors.toList()));
            for (String text : texts) {
              for (String secret : secrets) {
                assertThat(text).doesNotContain(secret);
              }
            }
          });
    } finally {
      hibernate.removeHandler(handler);
      hibernate.setLevel(before);
      palermo.removeHandler(handler);
    }
  }
}
