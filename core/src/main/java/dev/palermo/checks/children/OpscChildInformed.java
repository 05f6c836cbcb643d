package dev.palermo.checks.children;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Participation;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * OPSC art. 8(1)(b) in proceedings: the child informed of the child's rights, role and the scope, timing and progress of the proceedings and of the disposition of the case
 * (seeds/003_d1561a5ed447703d.txt:181; chapeau at :178, applied to child victims of trafficking
 * at :190). Applies to a Participation of a person who is or may be a child
 * (seeds/004_a416d8ba61ae2dbe.txt:282) and is a victim or presumed victim. Binding on States party to
 * the Optional Protocol, a recommendation elsewhere.
 *
 * <p>Code PAL-C-0244. Cites {@code opsc-8-1-b}, {@code opsc-8-1}, {@code sl-lg-65b}. Immutable and
 * thread-safe.
 */
public final class OpscChildInformed extends EventRule<Participation> {
  /** Creates the check. */
  public OpscChildInformed() {
    super("opsc-8-1-b", "PAL-C-0244", Stage.PROCEEDINGS,
        List.of("opsc-8-1-b", "opsc-8-1", "sl-lg-65b"),
        List.of("events[participation].childInformed"),
        Participation.class, Scope.CHILD_VICTIMS);
  }

  @Override
  protected Truth breach(Participation e) {
    return e.childInformed().not();
  }

  @Override
  protected String field(Participation e, Truth breach) {
    return "childInformed";
  }
}
