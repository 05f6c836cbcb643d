package dev.palermo.checks.proceedings;

import dev.palermo.checks.EventRule;
import dev.palermo.events.CompensationRefusal;
import dev.palermo.events.CompensationStatus;
import dev.palermo.events.Participation;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * Compensation refused because the victim returned home, was absent, or for the victim's
 * immigration status. Working Group recommendation: States "should ensure that the immigration
 * status of the victim, the return of the victim to his or her home country or other absence of the
 * victim from the jurisdiction do not prevent the payment of compensation"
 * (CTOC/COP/WG.4/2010/7; seeds/001_ab6577e9586ed171.txt:200); rapid deportation denies an
 * effective remedy (seeds/000_4ef45050c65d0a55.txt:167). Soft law: a recommendation.
 *
 * <p>Code PAL-C-0227. Cites {@code sl-wg-2010-7-h}, {@code sl-deport-denies-remedy}, {@code tip-6-6}. Immutable and
 * thread-safe.
 */
public final class CompensationBarredByReturnOrStatus extends EventRule<Participation> {
  /** Creates the check. */
  public CompensationBarredByReturnOrStatus() {
    super("compensation-barred-by-return-or-status", "PAL-C-0227", Stage.COMPENSATION,
        List.of("sl-wg-2010-7-h", "sl-deport-denies-remedy", "tip-6-6"),
        List.of("events[participation].compensation", "events[participation].compensationRefusal"),
        Participation.class, Scope.VICTIMS);
  }

  @Override
  protected Truth breach(Participation e) {
    if (e.compensation().filter(s -> s == CompensationStatus.REFUSED).isEmpty()) {
      return Truth.FALSE;
    }
    return e.compensationRefusal()
        .map(r -> Truth.of(r == CompensationRefusal.RETURNED
            || r == CompensationRefusal.IMMIGRATION_STATUS))
        .orElse(Truth.UNKNOWN);
  }

  @Override
  protected String field(Participation e, Truth breach) {
    return "compensationRefusal";
  }
}
