package dev.palermo.checks.returns;

import dev.palermo.checks.EventRule;
import dev.palermo.events.ReturnDecision;
import dev.palermo.events.ReturnRisk;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A return, expulsion or extradition where there are grounds to believe the person would face
 * torture or cruel, inhuman or degrading treatment, or a threat to life. CAT art. 3(1): "No State
 * Party shall expel, return ("refouler") or extradite a person to another State where there are
 * substantial grounds for believing that he would be in danger of being subjected to torture";
 * ICCPR art. 7 and the right to life (seeds/004_a416d8ba61ae2dbe.txt:456, 458); customary and
 * jus cogens (seeds/001_ab6577e9586ed171.txt:172, 180). Risk from traffickers counts. Fires when
 * the risk {@code torture} or {@code threat-to-life} is TRUE.
 *
 * <p>Code PAL-C-0205. Cites {@code cust-non-refoulement}, {@code cat-3-1}, {@code hr-iccpr-7-life}. Immutable and
 * thread-safe.
 */
public final class RefoulementToTorture extends EventRule<ReturnDecision> {
  /** Creates the check. */
  public RefoulementToTorture() {
    super("refoulement-to-torture", "PAL-C-0205", Stage.RETURN,
        List.of("cust-non-refoulement", "cat-3-1", "hr-iccpr-7-life"),
        List.of("events[return-decision].risks"),
        ReturnDecision.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(ReturnDecision e) {
    return e.risks().anyOf(List.of(ReturnRisk.TORTURE, ReturnRisk.THREAT_TO_LIFE));
  }

  @Override
  protected String field(ReturnDecision e, Truth breach) {
    return "risks";
  }
}
