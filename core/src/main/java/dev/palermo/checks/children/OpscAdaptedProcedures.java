package dev.palermo.checks.children;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Participation;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * OPSC art. 8(1)(a) in proceedings: procedures adapted to recognise the child's vulnerability and special needs, including as a witness
 * (seeds/003_d1561a5ed447703d.txt:180; chapeau at :178, applied to child victims of trafficking
 * at :190). Applies to a Participation of a person who is or may be a child
 * (seeds/004_a416d8ba61ae2dbe.txt:282) and is a victim or presumed victim. Binding on States party to
 * the Optional Protocol, a recommendation elsewhere.
 *
 * <p>Code PAL-C-0243. Cites {@code opsc-8-1-a}, {@code opsc-8-1}. Immutable and
 * thread-safe.
 */
public final class OpscAdaptedProcedures extends EventRule<Participation> {
  /** Creates the check. */
  public OpscAdaptedProcedures() {
    super("opsc-8-1-a", "PAL-C-0243", Stage.PROCEEDINGS,
        List.of("opsc-8-1-a", "opsc-8-1"),
        List.of("events[participation].childProceduresAdapted"),
        Participation.class, Scope.CHILD_VICTIMS);
  }

  @Override
  protected Truth breach(Participation e) {
    return e.childProceduresAdapted().not();
  }

  @Override
  protected String field(Participation e, Truth breach) {
    return "childProceduresAdapted";
  }
}
