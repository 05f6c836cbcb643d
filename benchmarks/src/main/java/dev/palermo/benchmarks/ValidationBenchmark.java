package dev.palermo.benchmarks;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.ActRecord;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.casefile.Conduct;
import dev.palermo.events.GuardianAppointment;
import dev.palermo.events.Participation;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.AgeAssessment;
import dev.palermo.person.AgeEvidence;
import dev.palermo.person.DateOfBirth;
import dev.palermo.person.Person;
import dev.palermo.report.Report;
import dev.palermo.validation.CaseValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Constraint validation and assessment of one case: {@link CaseValidator#validate(Case)} then
 * {@link TraffickingDefinition#assess(Case, dev.palermo.jurisdiction.Jurisdiction)}, against bare
 * Hibernate Validator (its own factory, no EL) on field-annotated POJOs carrying the same
 * constraints in the same places (the class-level rules as {@code @AssertTrue} methods), then the
 * bit-mask check. Target (issue 8): at most 1.3 times the baseline. {@code validateOnly} and
 * {@code baselineValidateOnly} measure the validation alone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@State(Scope.Benchmark)
public class ValidationBenchmark {
  /*
   * The baseline beans carry the constraints of the model, place for place: on Case the id rules
   * (@NotBlank @Size @Pattern) and the four class-level rules (unique person ids, known
   * references, born before the conduct, child measures for children), here @AssertTrue methods;
   * cascades into persons, their age evidence, conducts, their act records and their periods,
   * smuggling facts and events; the span and age-range orderings, the age bounds (@Min @Max) and
   * the smuggling motive rule. Where the model holds an Optional, the bean holds a nullable field
   * (what a plain POJO would do); the person id, which the model checks when a PersonId is made,
   * is a String with the same rules as constraints, so the baseline does slightly more work than
   * ours. The check logic mirrors the model's validators in core's dev.palermo.constraints.
   */

  /** The equivalent of {@link Case}. */
  public static final class CaseBean {
    @NotBlank
    @Size(max = 128)
    @Pattern(regexp = "[A-Za-z0-9._:/#-]*")
    String id;

    @Valid
    List<PersonBean> persons = new ArrayList<>();

    @Valid
    List<ConductBean> conducts = new ArrayList<>();

    @Valid
    List<EventBean> events = new ArrayList<>();

    @AssertTrue
    public boolean isUniquePersonIds() {
      Set<String> seen = new HashSet<>();
      for (PersonBean p : persons) {
        if (!seen.add(p.id)) {
          return false;
        }
      }
      return true;
    }

    @AssertTrue
    public boolean isKnownPersonReferences() {
      Set<String> ids = new HashSet<>();
      for (PersonBean p : persons) {
        ids.add(p.id);
      }
      for (ConductBean c : conducts) {
        if (!ids.contains(c.victim) || !ids.containsAll(c.perpetrators)) {
          return false;
        }
        for (ActRecordBean r : c.actRecords) {
          if (!ids.containsAll(r.by)) {
            return false;
          }
        }
      }
      for (EventBean e : events) {
        if (!ids.contains(e.person)) {
          return false;
        }
      }
      return true;
    }

    @AssertTrue
    public boolean isBornBeforeConduct() {
      for (ConductBean c : conducts) {
        if (c.period == null) {
          continue;
        }
        for (PersonBean p : persons) {
          if (c.names(p.id) && p.ageEvidence != null && p.ageEvidence.earliestBirth() != null
              && p.ageEvidence.earliestBirth().isAfter(c.period.start)) {
            return false;
          }
        }
      }
      return true;
    }

    @AssertTrue
    public boolean isChildMeasuresForChildren() {
      for (EventBean e : events) {
        if (!e.childMeasure || e.when == null) {
          continue;
        }
        for (PersonBean p : persons) {
          if (p.id.equals(e.person) && p.ageEvidence != null
              && p.ageEvidence.adultOn(e.when.start)) {
            return false;
          }
        }
      }
      return true;
    }
  }

  /** The equivalent of {@link Person}. */
  public static final class PersonBean {
    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9._:/#-]*")
    String id;

    @Valid
    AgeBean ageEvidence;
  }

  /** The equivalent of the age evidence: a date of birth or an age assessment. */
  public abstract static class AgeBean {
    abstract LocalDate earliestBirth();

    abstract boolean adultOn(LocalDate day);
  }

  /** A date of birth (no constraints, as in the model). */
  public static final class BirthBean extends AgeBean {
    LocalDate earliest;
    LocalDate latest;

    @Override
    LocalDate earliestBirth() {
      return earliest;
    }

    @Override
    boolean adultOn(LocalDate day) {
      return !latest.plusYears(18).isAfter(day);
    }
  }

  /** An age assessment: bounds and ordering, as in the model. */
  public static final class AssessedAgeBean extends AgeBean {
    @Min(0)
    @Max(130)
    int minAge;

    @Min(0)
    @Max(130)
    int maxAge;

    LocalDate assessedOn;

    @AssertTrue
    public boolean isOrdered() {
      return minAge <= maxAge;
    }

    @Override
    LocalDate earliestBirth() {
      return assessedOn.minusYears(maxAge + 1L).plusDays(1);
    }

    @Override
    boolean adultOn(LocalDate day) {
      return minAge >= 18;
    }
  }

  /** The equivalent of {@link Conduct}. */
  public static final class ConductBean {
    @NotNull
    String victim;

    List<String> perpetrators = new ArrayList<>();

    @Valid
    List<ActRecordBean> actRecords = new ArrayList<>();

    @Valid
    SpanBean period;

    @Valid
    SmugglingBean smuggling;

    BitMask facts;

    boolean names(String person) {
      if (victim.equals(person) || perpetrators.contains(person)) {
        return true;
      }
      for (ActRecordBean r : actRecords) {
        if (r.by.contains(person)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The equivalent of an act record. */
  public static final class ActRecordBean {
    @Valid
    SpanBean when;

    List<String> by = new ArrayList<>();
  }

  /** The equivalent of the smuggling facts: a motive is not given with a material benefit. */
  public static final class SmugglingBean {
    boolean motive;
    boolean materialBenefit;

    @AssertTrue
    public boolean isMotiveWithoutBenefit() {
      return !motive || !materialBenefit;
    }
  }

  /** The equivalent of an event: its person, its span, whether it is a child measure. */
  public static final class EventBean {
    @NotNull
    String person;

    @Valid
    SpanBean when;

    boolean childMeasure;
  }

  /** The equivalent of a date span. */
  public static final class SpanBean {
    @NotNull
    LocalDate start;

    LocalDate end;

    @AssertTrue
    public boolean isOrdered() {
      return start == null || end == null || !end.isBefore(start);
    }

    static SpanBean of(DateSpan span) {
      SpanBean bean = new SpanBean();
      bean.start = span.start();
      bean.end = span.end().orElse(null);
      return bean;
    }
  }

  @Param(SampleCases.DEFAULT)
  public String caseFile;

  private Case aCase;
  private CaseBean bean;
  private ValidatorFactory bareFactory;
  private Validator bare;

  @Setup
  public void setUp() {
    aCase = SampleCases.read(caseFile);
    bean = toBean(aCase);
    bareFactory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    bare = bareFactory.getValidator();
    if (!CaseValidator.validate(aCase).problems().isEmpty() || !bare.validate(bean).isEmpty()) {
      throw new IllegalStateException("The sample case must be valid on both sides: " + caseFile);
    }
  }

  private static boolean childFlagKnown(Participation p) {
    return p.childProceduresAdapted().isKnown() || p.childInformed().isKnown()
        || p.childViewsHeard().isKnown() || p.childSupportServices().isKnown()
        || p.childPrivacyProtected().isKnown() || p.childSafetyProtected().isKnown()
        || p.childNoUndueDelay().isKnown();
  }

  /** The baseline bean holding the same values as the case. */
  static CaseBean toBean(Case aCase) {
    CaseBean bean = new CaseBean();
    bean.id = aCase.id();
    for (Person p : aCase.persons()) {
      PersonBean pb = new PersonBean();
      pb.id = p.id().value();
      AgeEvidence evidence = p.ageEvidence();
      if (evidence instanceof DateOfBirth) {
        BirthBean birth = new BirthBean();
        birth.earliest = ((DateOfBirth) evidence).date().earliest();
        birth.latest = ((DateOfBirth) evidence).date().latest();
        pb.ageEvidence = birth;
      } else if (evidence instanceof AgeAssessment) {
        AgeAssessment a = (AgeAssessment) evidence;
        AssessedAgeBean assessed = new AssessedAgeBean();
        assessed.minAge = a.minAge();
        assessed.maxAge = a.maxAge();
        assessed.assessedOn = a.assessedOn();
        pb.ageEvidence = assessed;
      }
      bean.persons.add(pb);
    }
    for (Conduct c : aCase.conducts()) {
      ConductBean cb = new ConductBean();
      cb.victim = c.victim().value();
      c.perpetrators().forEach(id -> cb.perpetrators.add(id.value()));
      for (ActRecord r : c.actRecords()) {
        ActRecordBean rb = new ActRecordBean();
        rb.when = r.when().map(SpanBean::of).orElse(null);
        r.by().forEach(id -> rb.by.add(id.value()));
        cb.actRecords.add(rb);
      }
      cb.period = c.period().map(SpanBean::of).orElse(null);
      c.smuggling().ifPresent(f -> {
        cb.smuggling = new SmugglingBean();
        cb.smuggling.motive = f.motive().isPresent();
        cb.smuggling.materialBenefit = f.materialBenefit() == Truth.TRUE;
      });
      cb.facts = BitMask.of(c, aCase.person(c.victim()).orElseThrow());
      bean.conducts.add(cb);
    }
    for (CaseEvent e : aCase.events()) {
      EventBean eb = new EventBean();
      eb.person = e.person().value();
      eb.when = e.when().map(SpanBean::of).orElse(null);
      eb.childMeasure = e instanceof GuardianAppointment
          || (e instanceof Participation && childFlagKnown((Participation) e));
      bean.events.add(eb);
    }
    return bean;
  }

  @TearDown
  public void tearDown() {
    bareFactory.close();
  }

  @Benchmark
  public void validateAndAssess(Blackhole bh) {
    Report report = CaseValidator.validate(aCase);
    bh.consume(report);
    List<DefinitionAssessment> assessments = TraffickingDefinition.assess(aCase,
        Jurisdictions.PROTOCOL);
    bh.consume(assessments);
  }

  @Benchmark
  public Report validateOnly() {
    return CaseValidator.validate(aCase);
  }

  @Benchmark
  public Set<ConstraintViolation<CaseBean>> baselineValidateOnly() {
    return bare.validate(bean);
  }

  @Benchmark
  public void baselineHibernateValidator(Blackhole bh) {
    Set<ConstraintViolation<CaseBean>> violations = bare.validate(bean);
    bh.consume(violations);
    for (ConductBean c : bean.conducts) {
      bh.consume(c.facts.meets());
    }
  }
}
