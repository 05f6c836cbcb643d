package dev.palermo.benchmarks;

import dev.palermo.assessment.DefinitionAssessment;
import dev.palermo.assessment.TraffickingDefinition;
import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.Person;
import dev.palermo.report.Report;
import dev.palermo.validation.CaseValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.AssertTrue;
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
 * Hibernate Validator (its own factory, no EL) on a field-annotated POJO carrying the same
 * field constraints and the case-level rules as {@code @AssertTrue} methods, then the bit-mask
 * check. Target (issue 8): at most 1.3 times the baseline.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ValidationBenchmark {
  /** The equivalent of {@link Case}: id rules, cascaded persons and conducts, case rules. */
  public static final class CaseBean {
    @NotBlank
    @Size(max = 128)
    @Pattern(regexp = "[A-Za-z0-9._:/#-]*")
    String id;

    @Valid
    List<PersonBean> persons = new ArrayList<>();

    @Valid
    List<ConductBean> conducts = new ArrayList<>();

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
        if (!ids.contains(c.victim)) {
          return false;
        }
      }
      return true;
    }

    @AssertTrue
    public boolean isBornBeforeConduct() {
      for (ConductBean c : conducts) {
        for (PersonBean p : persons) {
          if (p.id.equals(c.victim) && p.born != null && c.period != null
              && c.period.start != null && p.born.isAfter(c.period.start)) {
            return false;
          }
        }
      }
      return true;
    }
  }

  public static final class PersonBean {
    @NotBlank
    @Size(max = 128)
    @Pattern(regexp = "[A-Za-z0-9._:/#-]*")
    String id;

    LocalDate born;
  }

  public static final class ConductBean {
    @NotNull
    String victim;

    @Valid
    SpanBean period;

    BitMask facts;
  }

  public static final class SpanBean {
    @NotNull
    LocalDate start;

    LocalDate end;

    @AssertTrue
    public boolean isOrdered() {
      return start == null || end == null || !end.isBefore(start);
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
    bean = new CaseBean();
    bean.id = aCase.id();
    for (Person p : aCase.persons()) {
      PersonBean pb = new PersonBean();
      pb.id = p.id().value();
      bean.persons.add(pb);
    }
    for (Conduct c : aCase.conducts()) {
      ConductBean cb = new ConductBean();
      cb.victim = c.victim().value();
      cb.facts = BitMask.of(c, aCase.person(c.victim()).orElseThrow());
      c.period().ifPresent(span -> {
        cb.period = new SpanBean();
        cb.period.start = span.start();
        cb.period.end = span.end().orElse(null);
      });
      bean.conducts.add(cb);
    }
    bareFactory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    bare = bareFactory.getValidator();
    if (!CaseValidator.validate(aCase).problems().isEmpty() || !bare.validate(bean).isEmpty()) {
      throw new IllegalStateException("The sample case must be valid on both sides: " + caseFile);
    }
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
  public void baselineHibernateValidator(Blackhole bh) {
    Set<ConstraintViolation<CaseBean>> violations = bare.validate(bean);
    bh.consume(violations);
    for (ConductBean c : bean.conducts) {
      bh.consume(c.facts.meets());
    }
  }
}
