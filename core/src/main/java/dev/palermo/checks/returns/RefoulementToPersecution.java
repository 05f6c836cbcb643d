package dev.palermo.checks.returns;

import dev.palermo.checks.EventRule;
import dev.palermo.events.ReturnDecision;
import dev.palermo.events.ReturnRisk;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A return to a place where the person faces a risk of persecution. Non-refoulement is "a norm of
 * international customary law" (seeds/004_a416d8ba61ae2dbe.txt:448, 454) that "should always guide
 * decisions on returning victims" (seeds/001_ab6577e9586ed171.txt:172); Refugee Convention art.
 * 33(1) prohibits the return of refugees "to any place where they face persecution"
 * (seeds/004_a416d8ba61ae2dbe.txt:454); TIP Protocol art. 14(1) saves it
 * (seeds/003_d1561a5ed447703d.txt:134). Customary: a violation in every jurisdiction. Protects
 * everyone, victim or not. Fires when the risk {@code persecution} is TRUE; UNKNOWN is "cannot tell".
 *
 * <p>Code PAL-C-0204. Cites {@code cust-non-refoulement}, {@code ref-33-1}, {@code tip-14-1}. Immutable and
 * thread-safe.
 */
public final class RefoulementToPersecution extends EventRule<ReturnDecision> {
  /** Creates the check. */
  public RefoulementToPersecution() {
    super("refoulement-to-persecution", "PAL-C-0204", Stage.RETURN,
        List.of("cust-non-refoulement", "ref-33-1", "tip-14-1"),
        List.of("events[return-decision].risks"),
        ReturnDecision.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(ReturnDecision e) {
    return e.risks().status(ReturnRisk.PERSECUTION);
  }

  @Override
  protected String field(ReturnDecision e, Truth breach) {
    return "risks";
  }
}
