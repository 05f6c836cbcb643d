package dev.palermo.checks;

import dev.palermo.casefile.Case;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of safeguard checks and the runner that applies them to a case. Every check is
 * listed once; ids and codes are unique (checked when the class loads).
 *
 * <p>Thread-safe; has no instances.
 */
public final class Checks {
  private static final List<Check> ALL = collect();
  private static final Map<String, Check> BY_ID = index();

  private Checks() {}

  private static List<Check> collect() {
    List<Check> all = new ArrayList<>();
    all.addAll(dev.palermo.checks.identification.IdentificationChecks.all());
    all.addAll(dev.palermo.checks.nonpunishment.NonPunishmentChecks.all());
    all.addAll(dev.palermo.checks.assistance.AssistanceChecks.all());
    all.addAll(dev.palermo.checks.detention.DetentionChecks.all());
    all.addAll(dev.palermo.checks.residence.ResidenceChecks.all());
    all.addAll(dev.palermo.checks.returns.ReturnChecks.all());
    all.addAll(dev.palermo.checks.proceedings.ProceedingsChecks.all());
    all.addAll(dev.palermo.checks.children.ChildrenChecks.all());
    all.addAll(dev.palermo.checks.interviews.InterviewChecks.all());
    all.addAll(dev.palermo.checks.trial.TrialChecks.all());
    all.addAll(dev.palermo.checks.sanctions.SanctionsChecks.all());
    all.addAll(dev.palermo.checks.cooperation.CooperationChecks.all());
    return List.copyOf(all);
  }

  private static Map<String, Check> index() {
    Map<String, Check> map = new LinkedHashMap<>();
    Set<String> codes = new HashSet<>();
    for (Check c : ALL) {
      if (map.put(c.id(), c) != null || !codes.add(c.code())) {
        throw new IllegalStateException("duplicate check id or code: " + c);
      }
    }
    return map;
  }

  /** @return every check, in a stable order; unmodifiable */
  public static List<Check> all() {
    return ALL;
  }

  /**
   * Looks up a check.
   *
   * @param id its id
   * @return the check, or empty
   */
  public static Optional<Check> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  /**
   * The checks of one stage.
   *
   * @param stage the stage
   * @return those checks
   */
  public static List<Check> of(Stage stage) {
    return ALL.stream().filter(c -> c.stage() == stage).toList();
  }

  /**
   * Runs every check over a case.
   *
   * @param c the case
   * @param jurisdiction the jurisdiction whose law applies
   * @param asOf the day to check for (pass it in: checks never read the clock)
   * @return the findings, check by check
   */
  public static Report run(Case c, Jurisdiction jurisdiction, LocalDate asOf) {
    return run(ALL, CheckContext.of(c, jurisdiction, asOf));
  }

  /**
   * Runs some checks.
   *
   * @param checks the checks
   * @param context the context
   * @return the findings
   */
  public static Report run(List<Check> checks, CheckContext context) {
    List<Problem> findings = new ArrayList<>();
    for (Check check : checks) {
      findings.addAll(check.run(context));
    }
    return Report.of(findings);
  }
}
