package dev.palermo.checks.cooperation;

import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.rights.Stage;
import java.util.List;
import java.util.Set;

/**
 * An extradition, or a cooperation measure that moves a person across borders (the voluntary
 * appearance of a person in the requesting State, the transfer of prisoners or of an
 * investigation), not refused, that puts a victim at risk with no plan for the victim's safety.
 * "The physical presence in a country of the alleged perpetrator following extradition ... may
 * create a risk to the personal safety of the victim, who might face threats, retribution or
 * intimidation. It also increases the risk of retraumatization"
 * (seeds/001_ab6577e9586ed171.txt:150); where cooperation measures "might affect victims and
 * victim-witnesses, the consideration of their rights and needs should be of utmost priority"
 * (seeds/001_ab6577e9586ed171.txt:148); UNTOC art. 25(1) (protection of victims, in particular
 * against retaliation or intimidation) and art. 24 (protection of witnesses)
 * (seeds/001_ab6577e9586ed171.txt:234).
 *
 * <p>Fires when {@code victimAtRisk} is TRUE, {@code victimSafetyPlan} is FALSE and the request is
 * not recorded as refused. Code PAL-C-0508. Cites {@code coop-extradition-victim-safety},
 * {@code untoc-25-1}, {@code untoc-24}. Immutable and thread-safe.
 */
public final class CooperationEndangeringVictim extends RequestRule {
  /** Creates the check. */
  public CooperationEndangeringVictim() {
    super("cooperation-endangering-victim", "PAL-C-0508", Stage.PROCEEDINGS,
        List.of("coop-extradition-victim-safety", "untoc-25-1", "untoc-24"),
        List.of("events[cooperation-request].victimAtRisk",
            "events[cooperation-request].victimSafetyPlan", "events[cooperation-request].refused"),
        Set.of(CooperationType.EXTRADITION, CooperationType.MLA_VOLUNTARY_APPEARANCE,
            CooperationType.MLA_TRANSFER_OF_INVESTIGATION_OR_PRISONERS,
            CooperationType.MLA_PRISONER_TO_GIVE_EVIDENCE),
        Scope.EVERYONE);
  }

  @Override
  List<Condition> conditions(CooperationRequest e) {
    return List.of(new Condition("victimAtRisk", e.victimAtRisk()),
        new Condition("victimSafetyPlan", e.victimSafetyPlan().not()), notRefused(e));
  }

  @Override
  String findingField(CooperationRequest e) {
    return "victimSafetyPlan";
  }
}
