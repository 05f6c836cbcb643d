package dev.palermo.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.checks.Check;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.Checks;
import dev.palermo.events.Detention;
import dev.palermo.events.DetentionKind;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.DateOfBirth;
import dev.palermo.law.Provision;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import dev.palermo.report.Severity;
import dev.palermo.rights.LegalProvision;
import dev.palermo.rights.ProvisionCatalogue;
import dev.palermo.rights.Stage;
import dev.palermo.testkit.PalermoGenerators;
import dev.palermo.testkit.SeededCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Properties of the checks engine ({@link Checks#run}) over generated cases with events of every
 * kind, under every built-in jurisdiction, on days from a month before the conduct to over two
 * years after. They hold with no check registered and must keep holding as checks are added.
 *
 * <p>They live in the serialization module, not the testkit, because they read the JSON form of
 * the case (a finding's path must point into it) and the serialization module already depends
 * on the testkit: the testkit depending on serialization would be a Maven cycle.
 */
class CheckPropertiesTest {
  private static final long SEED = 20_260_613L;
  private static final int EXAMPLES = 40;
  private static final Pattern CODE = Pattern.compile("PAL-C-\\d{4}");
  /** How many CANNOT_TELL findings per case and jurisdiction the resolution property tries. */
  private static final int RESOLVED_PER_RUN = 4;

  private static LocalDate asOf(Case c, int offset) {
    LocalDate conduct = c.conducts().stream().flatMap(x -> x.when().stream())
        .map(s -> s.start()).min(LocalDate::compareTo).orElse(LocalDate.of(2020, 1, 1));
    return conduct.minusDays(30).plusDays(offset);
  }

  /** The checks under test: every registered check (none yet is fine). */
  private List<Check> checks = Checks.all();

  private Report run(Case c, Jurisdiction j, LocalDate asOf) {
    return checks == Checks.all() ? Checks.run(c, j, asOf)
        : Checks.run(checks, CheckContext.of(c, j, asOf));
  }

  @Test
  void theEngineNeverThrowsAndEveryFindingIsWellFormed() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(PalermoGenerators.casesWithEvents(), integers().between(0, 900))
        .checkAssert(this::wellFormed);
  }

  private void wellFormed(Case c, int offset) {
    JsonNode tree = PalermoJson.toTree(c);
    Map<String, Boolean> inForm = new HashMap<>();
    for (Jurisdiction j : Jurisdictions.all()) {
      LocalDate day = asOf(c, offset);
      List<Problem> findings = new ArrayList<>();
      assertThatCode(() -> findings.addAll(run(c, j, day).problems()))
          .as("Checks.run under %s on %s", j.id(), day).doesNotThrowAnyException();
      for (Problem p : findings) {
        assertThat(p.code()).matches(CODE);
        assertThat(p.citations()).as("citations of %s", p.code()).isNotEmpty();
        assertThat(p.message()).as("message of %s", p.code()).isNotBlank();
        assertThat(inForm.computeIfAbsent(p.path().toString(), x -> inJsonForm(tree, x)))
            .as("%s: path %s is in the JSON form of the case", p.code(), p.path())
            .isTrue();
      }
    }
  }

  @Test
  void noMessageNamesAPersonOrADateOfBirth() {
    qt().withFixedSeed(SEED + 1).withExamples(EXAMPLES)
        .forAll(PalermoGenerators.casesWithEvents(), integers().between(0, 900))
        .checkAssert(this::noPersonalData);
  }

  private void noPersonalData(Case c, int offset) {
    List<Pattern> personal = personalData(c);
    for (Jurisdiction j : Jurisdictions.all()) {
      for (Problem p : run(c, j, asOf(c, offset)).problems()) {
        String text = p.message() + "\n" + p.remedy().orElse("");
        // Instrument names are fixed text ("Modern Slavery Act 2015"), not data of the case.
        for (dev.palermo.law.Instrument i : dev.palermo.law.Instrument.builtIns()) {
          text = text.replace(i.shortName(), "").replace(i.title(), "");
        }
        for (Pattern data : personal) {
          assertThat(data.matcher(text).find())
              .as("%s under %s repeats personal data %s: %s", p.code(), j.id(), data, text)
              .isFalse();
        }
      }
    }
  }

  @Test
  void checksReadOnlyWhatTheJsonFormHolds() {
    // The same case read back from its JSON form gives the same findings, in the same order.
    qt().withFixedSeed(SEED + 2).withExamples(EXAMPLES)
        .forAll(PalermoGenerators.casesWithEvents(), integers().between(0, 900))
        .checkAssert(this::sameFromJson);
  }

  private void sameFromJson(Case c, int offset) {
    Case read = PalermoJson.readCase(PalermoJson.write(c));
    for (Jurisdiction j : Jurisdictions.all()) {
      LocalDate day = asOf(c, offset);
      assertThat(run(read, j, day)).isEqualTo(run(c, j, day));
    }
  }

  @Test
  void aKnownFactIsNeverWhatCannotBeTold() {
    // A CANNOT_TELL finding points at the missing fact: never at a fact known true or false.
    qt().withFixedSeed(SEED + 3).withExamples(EXAMPLES)
        .forAll(PalermoGenerators.casesWithEvents(), integers().between(0, 900))
        .checkAssert(this::noCannotTellOfKnownFacts);
  }

  private void noCannotTellOfKnownFacts(Case c, int offset) {
    JsonNode tree = PalermoJson.toTree(c);
    for (Jurisdiction j : Jurisdictions.all()) {
      for (Problem p : run(c, j, asOf(c, offset)).withSeverity(Severity.CANNOT_TELL)) {
        JsonNode at = tree.at(p.path().toString());
        assertThat(at.isString() && Set.of("true", "false").contains(at.stringValue()))
            .as("%s cannot tell the known fact at %s", p.code(), p.path()).isFalse();
      }
    }
  }

  /**
   * Resolving the unknown fact a CANNOT_TELL finding points at, to true and then to false,
   * leaves at most one finding of that check at that place, and never a CANNOT_TELL one: the
   * check then either is satisfied or reports the one finding it could not tell before. (Which
   * value satisfies the rule is check-specific, so both are tried; only findings at the same
   * path are compared, because a check may go on to a fact it had not reached.)
   */
  @Test
  void resolvingTheMissingFactSettlesTheQuestion() {
    qt().withFixedSeed(SEED + 4).withExamples(EXAMPLES)
        .forAll(PalermoGenerators.casesWithEvents(), integers().between(0, 900))
        .checkAssert(this::resolvedOnce);
  }

  private void resolvedOnce(Case c, int offset) {
    LocalDate day = asOf(c, offset);
    for (Jurisdiction j : Jurisdictions.all()) {
      List<Problem> unknown = run(c, j, day).withSeverity(Severity.CANNOT_TELL).stream()
          .filter(p -> isOmittedTruth(c, p)).limit(RESOLVED_PER_RUN).toList();
      for (Problem p : unknown) {
        for (String value : List.of("true", "false")) {
          Case resolved = withFact(c, p.path().toString(), value);
          List<Problem> same = run(resolved, j, day).problems().stream()
              .filter(q -> q.code().equals(p.code()) && q.path().equals(p.path()))
              .toList();
          assertThat(same).as("%s at %s once the fact is %s, under %s", p.code(),
              p.path(), value, j.id()).hasSizeLessThanOrEqualTo(1)
              .noneMatch(q -> q.severity() == Severity.CANNOT_TELL);
        }
      }
    }
  }


  // --- the properties bite: run over fake checks, right and wrong -------------------------------

  /** A fake check: a detention by routine policy is a finding; unknown, cannot tell. */
  private static Check fake(String code, boolean leakId, boolean cannotTellKnown) {
    return new Check() {
      @Override
      public String id() {
        return "fake";
      }

      @Override
      public String code() {
        return code;
      }

      @Override
      public Stage stage() {
        return Stage.DETENTION;
      }

      @Override
      public List<LegalProvision> provisions() {
        return List.of(ProvisionCatalogue.all().get(0));
      }

      @Override
      public List<String> reads() {
        return List.of("events[detention].routinePolicy");
      }

      @Override
      public String rule() {
        return "no routine detention";
      }

      @Override
      public List<Problem> run(CheckContext ctx) {
        List<Problem> out = new ArrayList<>();
        List<Provision> cites = provisions().stream().map(LegalProvision::provision).toList();
        for (CheckContext.Located<Detention> d : ctx.events(Detention.class)) {
          Truth routine = d.event().routinePolicy();
          String text = leakId ? "person " + d.event().person().value() : "routine detention";
          if (routine == Truth.UNKNOWN || cannotTellKnown) {
            out.add(Problem.of(code, Severity.CANNOT_TELL, d.at("routinePolicy"), text)
                .withCitations(cites));
          } else if (routine == Truth.TRUE) {
            out.add(Problem.of(code, Severity.VIOLATION, d.at("routinePolicy"), text)
                .withCitations(cites));
          }
        }
        return out;
      }
    };
  }

  @Test
  void thePropertiesHoldForAWellBehavedCheck() {
    checks = List.of(fake("PAL-C-9999", false, false));
    theEngineNeverThrowsAndEveryFindingIsWellFormed();
    noMessageNamesAPersonOrADateOfBirth();
    aKnownFactIsNeverWhatCannotBeTold();
    resolvingTheMissingFactSettlesTheQuestion();
  }

  @Test
  void thePropertiesCatchABadlyBehavedCheck() {
    // Run once on a fixed case, not under QuickTheories, which would spend its time shrinking.
    Case seeded = SeededCases.casesWithEvents(SeededCases.random(SEED));
    PersonId someone = seeded.persons().get(0).id();
    List<CaseEvent> events = new ArrayList<>(seeded.events());
    for (Truth t : Truth.values()) {
      events.add(Detention.builder().person(someone).type(DetentionKind.PRISON)
          .routinePolicy(t).build());
    }
    Case c = seeded.withEvents(events);
    checks = List.of(fake("PAL-C-99", false, false));
    assertThatThrownBy(() -> wellFormed(c, 400)).isInstanceOf(AssertionError.class);
    checks = List.of(fake("PAL-C-9999", true, false));
    assertThatThrownBy(() -> noPersonalData(c, 400)).isInstanceOf(AssertionError.class);
    checks = List.of(fake("PAL-C-9999", false, true));
    assertThatThrownBy(() -> noCannotTellOfKnownFacts(c, 400))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void pathsInTheJsonForm() {
    Case c = Case.builder().id("c1").addPersons(Person.builder().id(PersonId.of("V1")).build())
        .addEvents(Detention.builder().person(PersonId.of("V1")).type(DetentionKind.PRISON)
            .build()).build();
    JsonNode tree = PalermoJson.toTree(c);
    assertThat(inJsonForm(tree, "")).isTrue();
    assertThat(inJsonForm(tree, "/events/0")).isTrue();
    assertThat(inJsonForm(tree, "/events/0/type")).isTrue();
    assertThat(inJsonForm(tree, "/events/0/routinePolicy")).isTrue();
    assertThat(inJsonForm(tree, "/persons/0/ageEvidence")).isTrue();
    assertThat(inJsonForm(tree, "/events/0/colour")).isFalse();
    assertThat(inJsonForm(tree, "/events/1")).isFalse();
    assertThat(inJsonForm(tree, "/events/0/type/x")).isFalse();
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Whether a pointer is in the JSON form of the case: every prefix that exists resolves, and
   * the first property that does not is one the JSON form defines at that place (a fact left
   * out because it is unknown, an absent optional value). The strict reader tells: a property
   * set to a placeholder is reported as unknown only if the form does not define it.
   */
  static boolean inJsonForm(JsonNode tree, String pointer) {
    if (pointer.isEmpty() || !tree.at(pointer).isMissingNode()) {
      return true;
    }
    String[] tokens = pointer.substring(1).split("/", -1);
    StringBuilder prefix = new StringBuilder();
    for (String token : tokens) {
      JsonNode parent = tree.at(prefix.toString());
      String name = token.replace("~1", "/").replace("~0", "~");
      String here = prefix + "/" + token;
      if (tree.at(here).isMissingNode()) {
        if (!parent.isObject()) {
          return false;
        }
        JsonNode copy = tree.deepCopy();
        ((ObjectNode) copy.at(prefix.toString())).putArray(name).add(Double.NaN);
        ReadResult<Case> read = PalermoJson.reader().read(copy, Case.class);
        return read.report().problems().stream().noneMatch(q -> q.code().equals("PAL-J-0008")
            && q.path().toString().equals(here));
      }
      prefix.append('/').append(token);
    }
    return true;
  }

  /** Patterns of the person ids and dates of birth of a case, as whole tokens. */
  static List<Pattern> personalData(Case c) {
    String rest = PalermoJson.write(c.withPersons(List.of()));
    Set<String> tokens = new LinkedHashSet<>();
    for (Person p : c.persons()) {
      tokens.add(p.id().value());
      if (p.ageEvidence() instanceof DateOfBirth) {
        String dob = ((DateOfBirth) p.ageEvidence()).date().toString();
        // A date of birth that is also the date of something else in the case cannot be told
        // apart from that date in a message.
        if (!rest.contains(dob)) {
          tokens.add(dob);
        }
      }
    }
    // A token inside a longer token is not a match: a birth year 2011 is not in "2011/36/EU".
    return tokens.stream().map(t -> Pattern.compile("(?<![A-Za-z0-9._/-])" + Pattern.quote(t)
        + "(?![A-Za-z0-9_/-])")).collect(Collectors.toList());
  }

  /** Whether a finding points at an event's three-valued fact left out because unknown. */
  private static boolean isOmittedTruth(Case c, Problem p) {
    String path = p.path().toString();
    if (!path.matches("/events/\\d+/[A-Za-z]+")) {
      return false;
    }
    JsonNode tree = PalermoJson.toTree(c);
    if (!tree.at(path).isMissingNode()) {
      return false;
    }
    return PalermoJson.reader().read(withValue(tree, path, "true"), Case.class).isValid();
  }

  private static JsonNode withValue(JsonNode tree, String path, String value) {
    JsonNode copy = tree.deepCopy();
    int slash = path.lastIndexOf('/');
    ((ObjectNode) copy.at(path.substring(0, slash))).put(path.substring(slash + 1), value);
    return copy;
  }

  private static Case withFact(Case c, String path, String value) {
    return PalermoJson.reader().read(withValue(PalermoJson.toTree(c), path, value), Case.class)
        .orElseThrow();
  }
}
