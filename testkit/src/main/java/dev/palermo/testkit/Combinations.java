package dev.palermo.testkit;

import dev.palermo.casefile.Consent;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.person.AgeAssessment;
import dev.palermo.person.AgeAssessmentMethod;
import dev.palermo.person.AgeEvidence;
import dev.palermo.person.DateOfBirth;
import dev.palermo.person.PartialDate;
import dev.palermo.vocabulary.Code;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Exhaustive enumeration of the finite parts of the definition of trafficking in persons (TIP
 * Protocol art. 3): every way the act, the means and the purpose can stand (known none, unknown,
 * or each single value), crossed with the person's age and the consent recorded. Each
 * {@link Combination} becomes conduct and a person with {@link Combination#scenario()}.
 *
 * <p>The standard enumeration, {@link #protocolBaseline()}, has 7 act choices (none, unknown, the
 * five acts) x 11 means choices (none, unknown, the nine means) x 9 purpose choices (none,
 * unknown, the seven forms) x 3 age classes (child, adult, unknown) x 3 consents (given, not
 * given, unknown) = {@value #PROTOCOL_BASELINE_COUNT} combinations.
 *
 * <p>Stateless and thread-safe; has no instances. The lists returned are new and unmodifiable.
 */
public final class Combinations {
  /** The day of the conduct in every combination: 15 June 2020. */
  public static final LocalDate CONDUCT_DATE = LocalDate.of(2020, 6, 15);
  /** The number of combinations of {@link #protocolBaseline()}: 7 x 11 x 9 x 3 x 3. */
  public static final int PROTOCOL_BASELINE_COUNT = 7 * 11 * 9 * 3 * 3;

  private Combinations() {}

  /**
   * The choices for an element: none, unknown, then each value alone.
   *
   * @param <C> the code system
   * @param values the values to offer one at a time
   * @return {@code values.size() + 2} choices
   */
  public static <C extends Enum<C> & Code> List<ElementChoice<C>> choices(List<C> values) {
    List<ElementChoice<C>> out = new ArrayList<>(values.size() + 2);
    out.add(ElementChoice.none());
    out.add(ElementChoice.unknown());
    for (C value : values) {
      out.add(ElementChoice.only(value));
    }
    return List.copyOf(out);
  }

  /**
   * One age case per class on {@link #CONDUCT_DATE}: a child of 10 and an adult of 30 by exact
   * date of birth, and a person of whom no age evidence exists.
   *
   * @return three age cases: child, adult, unknown
   */
  public static List<AgeCase> ageClasses() {
    LocalDate d = CONDUCT_DATE;
    return List.of(
        AgeCase.of("child-exact", AgeClass.CHILD, dob(d.minusYears(10).minusDays(40))),
        AgeCase.of("adult-exact", AgeClass.ADULT, dob(d.minusYears(30).minusDays(100))),
        AgeCase.of("unknown", AgeClass.UNKNOWN, AgeEvidence.unknown()));
  }

  /**
   * Every form of age evidence, each with the class it gives on {@link #CONDUCT_DATE}: exact,
   * partial (month or year) and assessed ages on both sides of 18, the 18th birthday itself and
   * its eve, no evidence, and partial or assessed evidence that straddles 18.
   *
   * @return eleven age cases
   */
  public static List<AgeCase> ageCases() {
    LocalDate d = CONDUCT_DATE;
    List<AgeCase> out = new ArrayList<>(ageClasses());
    out.add(AgeCase.of("child-eve-of-18th-birthday", AgeClass.CHILD,
        dob(d.minusYears(18).plusDays(1))));
    out.add(AgeCase.of("child-month", AgeClass.CHILD, DateOfBirth.of(
        PartialDate.ofYearMonth(YearMonth.from(d.minusYears(12))))));
    out.add(AgeCase.of("child-assessed", AgeClass.CHILD,
        AgeAssessment.of(14, 16, AgeAssessmentMethod.MULTIDISCIPLINARY, d.plusMonths(6))));
    out.add(AgeCase.of("adult-18th-birthday", AgeClass.ADULT, dob(d.minusYears(18))));
    out.add(AgeCase.of("adult-year", AgeClass.ADULT,
        DateOfBirth.of(PartialDate.ofYear(d.getYear() - 40))));
    out.add(AgeCase.of("adult-assessed", AgeClass.ADULT,
        AgeAssessment.of(25, 30, AgeAssessmentMethod.MEDICAL, d.plusYears(1))));
    out.add(AgeCase.of("straddling-year", AgeClass.UNKNOWN,
        DateOfBirth.of(PartialDate.ofYear(d.getYear() - 18))));
    out.add(AgeCase.of("straddling-assessed", AgeClass.UNKNOWN,
        AgeAssessment.of(16, 19, AgeAssessmentMethod.INTERVIEW, d)));
    return List.copyOf(out);
  }

  /**
   * The standard enumeration: the baseline acts, the nine means and the baseline purposes, the
   * three {@linkplain #ageClasses() age classes}, the three consents.
   *
   * @return {@value #PROTOCOL_BASELINE_COUNT} combinations
   */
  public static List<Combination> protocolBaseline() {
    return of(choices(CodeSystems.baseline(Act.class)), choices(CodeSystems.values(Means.class)),
        choices(CodeSystems.baseline(ExploitationPurpose.class)), ageClasses(),
        CodeSystems.values(Consent.class));
  }

  /**
   * The standard enumeration with every {@linkplain #ageCases() form of age evidence} in place
   * of the three classes.
   *
   * @return 7 x 11 x 9 x 11 x 3 combinations
   */
  public static List<Combination> protocolBaselineAllAgeEvidence() {
    return of(choices(CodeSystems.baseline(Act.class)), choices(CodeSystems.values(Means.class)),
        choices(CodeSystems.baseline(ExploitationPurpose.class)), ageCases(),
        CodeSystems.values(Consent.class));
  }

  /**
   * Every act and every purpose, extensions included, with every means, the three age classes
   * and the three consents.
   *
   * @return 13 x 11 x 18 x 3 x 3 combinations
   */
  public static List<Combination> allCodes() {
    return of(choices(CodeSystems.values(Act.class)), choices(CodeSystems.values(Means.class)),
        choices(CodeSystems.values(ExploitationPurpose.class)), ageClasses(),
        CodeSystems.values(Consent.class));
  }

  /**
   * The cross product of the given dimensions, on {@link #CONDUCT_DATE}, act varying slowest.
   *
   * @param acts the act choices
   * @param means the means choices
   * @param purposes the purpose choices
   * @param ages the age cases
   * @param consents the consents
   * @return every combination; unmodifiable
   */
  public static List<Combination> of(List<ElementChoice<Act>> acts,
      List<ElementChoice<Means>> means, List<ElementChoice<ExploitationPurpose>> purposes,
      List<AgeCase> ages, List<Consent> consents) {
    List<Combination> out = new ArrayList<>(
        acts.size() * means.size() * purposes.size() * ages.size() * consents.size());
    for (ElementChoice<Act> a : acts) {
      for (ElementChoice<Means> m : means) {
        for (ElementChoice<ExploitationPurpose> p : purposes) {
          for (AgeCase age : ages) {
            for (Consent c : consents) {
              out.add(Combination.of(a, m, p, age, c, CONDUCT_DATE));
            }
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private static AgeEvidence dob(LocalDate day) {
    return DateOfBirth.of(PartialDate.ofDate(day));
  }
}
