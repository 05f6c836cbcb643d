package dev.palermo.checks.cooperation;

import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.rights.Stage;
import java.util.List;
import java.util.Set;

/**
 * An extradition, not refused, of a person who may face the death penalty in the requesting State,
 * with no assurance that it will not be imposed or carried out. The rules on extradition "prevent
 * persons from being extradited on grounds that ... the person may be subject to the death
 * penalty" (seeds/000_4ef45050c65d0a55.txt:533); some extradition treaties forbid it, others allow
 * refusal (fn 89, seeds/000_4ef45050c65d0a55.txt:417); the death penalty is a barrier to extradition
 * (seeds/004_a416d8ba61ae2dbe.txt:794). That an assurance against the death penalty lifts the
 * bar is the treaty practice of the European Convention on Extradition art. 11, which seeds/000
 * line 417 cites; the seeds do not quote its assurance clause (recalled, to be verified).
 *
 * <p>Fires when {@code deathPenaltyRisk} is TRUE, {@code deathPenaltyAssurance} FALSE and the
 * request is not recorded as refused. Code PAL-C-0500. Cites {@code ext-bar-death-penalty}.
 * Immutable and thread-safe.
 */
public final class ExtraditionDespiteDeathPenalty extends RequestRule {
  /** Creates the check. */
  public ExtraditionDespiteDeathPenalty() {
    super("extradition-despite-death-penalty", "PAL-C-0500", Stage.PROCEEDINGS,
        List.of("ext-bar-death-penalty"),
        List.of("events[cooperation-request].deathPenaltyRisk",
            "events[cooperation-request].deathPenaltyAssurance",
            "events[cooperation-request].refused"),
        Set.of(CooperationType.EXTRADITION), Scope.EVERYONE);
  }

  @Override
  List<Condition> conditions(CooperationRequest e) {
    return List.of(new Condition("deathPenaltyRisk", e.deathPenaltyRisk()),
        new Condition("deathPenaltyAssurance", e.deathPenaltyAssurance().not()), notRefused(e));
  }

  @Override
  String findingField(CooperationRequest e) {
    return "deathPenaltyAssurance";
  }
}
