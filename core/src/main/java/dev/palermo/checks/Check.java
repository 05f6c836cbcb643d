package dev.palermo.checks;

import dev.palermo.report.Problem;
import dev.palermo.rights.LegalProvision;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * One safeguard check: a rule over the facts of a case, taken from a provision of the
 * {@link dev.palermo.rights.ProvisionCatalogue}. Running it yields findings as {@link Problem}s
 * with a stable code ({@code PAL-C-nnnn}), a severity derived from the provision's strength and
 * whether the jurisdiction is bound ({@link SeverityRule}), the JSON pointer of the fact, a
 * message, the citations and what would satisfy the rule. When the facts the rule needs are
 * unknown, it reports {@link dev.palermo.report.Severity#CANNOT_TELL}, never a silent pass.
 *
 * <p>Implementations are immutable and thread-safe, one class per check, named after what it
 * checks.
 */
public interface Check {
  /** @return the stable id, lower-case words joined by hyphens, e.g. {@code routine-detention} */
  String id();

  /** @return the stable finding code, {@code PAL-C-nnnn}, never reused */
  String code();

  /** @return the stage of the case the check applies to */
  Stage stage();

  /** @return the provisions the rule comes from, the main one first */
  List<LegalProvision> provisions();

  /** @return the facts the check reads, as JSON paths, e.g. {@code events[detention].routinePolicy} */
  List<String> reads();

  /** @return the rule in one sentence, for the generated docs table */
  String rule();

  /**
   * Runs the check.
   *
   * @param context the case, jurisdiction and day
   * @return the findings; empty when the rule is satisfied or does not apply
   */
  List<Problem> run(CheckContext context);
}
