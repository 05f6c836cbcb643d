package dev.palermo.checks.returns;

import dev.palermo.checks.EventRule;
import dev.palermo.events.ReturnDecision;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A victim's return decided without an individual risk assessment. The safety requirement of
 * TIP Protocol art. 8(2) "implies that the State where a victim is located should carry out an
 * individual risk assessment before reaching a decision about a possible return (though the victim
 * is entitled to leave the State voluntarily even prior to such an assessment)"
 * (seeds/003_d1561a5ed447703d.txt:300); the decision to return should be "based on thorough risk and
 * social inclusion assessments" (ICMPD, seeds/001_ab6577e9586ed171.txt:176); for a child, CRC
 * General Comment No. 6 (seeds/003_d1561a5ed447703d.txt:284). An implied duty, so soft law is
 * cited first: a recommendation. Does not fire when the person asked to leave.
 *
 * <p>Code PAL-C-0202. Cites {@code sl-reflection-encouraged}, {@code tip-8-2-safety}, {@code crc-gc6}. Immutable and
 * thread-safe.
 */
public final class ReturnWithoutRiskAssessment extends EventRule<ReturnDecision> {
  /** Creates the check. */
  public ReturnWithoutRiskAssessment() {
    super("return-without-risk-assessment", "PAL-C-0202", Stage.RETURN,
        List.of("sl-reflection-encouraged", "tip-8-2-safety", "crc-gc6"),
        List.of("events[return-decision].riskAssessment", "events[return-decision].requestedByPerson"),
        ReturnDecision.class, Scope.VICTIMS);
  }

  @Override
  protected Truth breach(ReturnDecision e) {
    if (e.requestedByPerson().isTrue()) {
      return Truth.FALSE;
    }
    return e.riskAssessment().not().and(e.requestedByPerson().not());
  }

  @Override
  protected String field(ReturnDecision e, Truth breach) {
    return !breach.isTrue() && e.riskAssessment().isFalse()
        ? "requestedByPerson" : "riskAssessment";
  }
}
