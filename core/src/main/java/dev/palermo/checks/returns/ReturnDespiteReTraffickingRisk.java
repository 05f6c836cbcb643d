package dev.palermo.checks.returns;

import dev.palermo.checks.EventRule;
import dev.palermo.events.ReturnDecision;
import dev.palermo.events.ReturnRisk;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A victim removed despite a risk of re-trafficking or reprisals. Working Group on Contemporary
 * Forms of Slavery 2004 para. 29: no victim is removed "if there is a reasonable likelihood that she
 * will be re-trafficked or subjected to other forms of serious harm, irrespective of whether she
 * decides to cooperate" (seeds/003_d1561a5ed447703d.txt:294); ICAT: return is not suitable "where
 * there is a risk of being re-trafficked" (seeds/001_ab6577e9586ed171.txt:170); the duty to protect
 * from re-victimisation "may require" not returning (seeds/004_a416d8ba61ae2dbe.txt:458); RPG
 * Guideline 6 item 8 (reprisals, re-trafficking; seeds/004_a416d8ba61ae2dbe.txt:374). Soft law, as
 * the catalogue gives it: a recommendation. Does not fire when the person asked to leave.
 *
 * <p>Code PAL-C-0206. Cites {@code sl-wg-slavery-29}, {@code sl-icat-return}, {@code hr-re-victimisation-return}, {@code rpg-g6-8}, {@code rpg-p11}. Immutable and
 * thread-safe.
 */
public final class ReturnDespiteReTraffickingRisk extends EventRule<ReturnDecision> {
  /** Creates the check. */
  public ReturnDespiteReTraffickingRisk() {
    super("return-despite-re-trafficking-risk", "PAL-C-0206", Stage.RETURN,
        List.of("sl-wg-slavery-29", "sl-icat-return", "hr-re-victimisation-return", "rpg-g6-8", "rpg-p11"),
        List.of("events[return-decision].risks", "events[return-decision].requestedByPerson"),
        ReturnDecision.class, Scope.VICTIMS);
  }

  @Override
  protected Truth breach(ReturnDecision e) {
    if (e.requestedByPerson().isTrue()) {
      return Truth.FALSE;
    }
    return e.risks().anyOf(List.of(ReturnRisk.RE_TRAFFICKING, ReturnRisk.REPRISALS));
  }

  @Override
  protected String field(ReturnDecision e, Truth breach) {
    return "risks";
  }
}
