package dev.palermo.checks.cooperation;

import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.rights.Stage;
import java.util.List;
import java.util.Set;

/**
 * An extradition, not refused, although the requesting State gave no assurance that the person
 * will receive the minimum procedural guarantees essential to a fair trial. "States can (and,
 * arguably, should) also refuse extradition when the Requesting State is not able to assure that
 * the suspect will receive the minimum procedural guarantees that are essential to a fair trial"
 * (seeds/000_4ef45050c65d0a55.txt:533): an emerging norm, so a recommendation.
 *
 * <p>Fires when {@code fairTrialAssurance} is FALSE and the request is not recorded as refused.
 * Code PAL-C-0504. Cites {@code ext-fair-trial-assurance}. Immutable and thread-safe.
 */
public final class ExtraditionWithoutFairTrialAssurance extends RequestRule {
  /** Creates the check. */
  public ExtraditionWithoutFairTrialAssurance() {
    super("extradition-without-fair-trial-assurance", "PAL-C-0504", Stage.PROCEEDINGS,
        List.of("ext-fair-trial-assurance"),
        List.of("events[cooperation-request].fairTrialAssurance",
            "events[cooperation-request].refused"),
        Set.of(CooperationType.EXTRADITION), Scope.EVERYONE);
  }

  @Override
  List<Condition> conditions(CooperationRequest e) {
    return List.of(new Condition("fairTrialAssurance", e.fairTrialAssurance().not()),
        notRefused(e));
  }

  @Override
  String findingField(CooperationRequest e) {
    return "fairTrialAssurance";
  }
}
