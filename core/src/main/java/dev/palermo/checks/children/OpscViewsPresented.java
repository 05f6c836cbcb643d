package dev.palermo.checks.children;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Participation;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * OPSC art. 8(1)(c) in proceedings: the child's views, needs and concerns presented and considered where the child's personal interests are affected
 * (seeds/003_d1561a5ed447703d.txt:182; chapeau at :178, applied to child victims of trafficking
 * at :190). Applies to a Participation of a person who is or may be a child
 * (seeds/004_a416d8ba61ae2dbe.txt:282) and is a victim or presumed victim. Binding on States party to
 * the Optional Protocol, a recommendation elsewhere.
 *
 * <p>Code PAL-C-0245. Cites {@code opsc-8-1-c}, {@code opsc-8-1}, {@code crc-12}. Immutable and
 * thread-safe.
 */
public final class OpscViewsPresented extends EventRule<Participation> {
  /** Creates the check. */
  public OpscViewsPresented() {
    super("opsc-8-1-c", "PAL-C-0245", Stage.PROCEEDINGS,
        List.of("opsc-8-1-c", "opsc-8-1", "crc-12"),
        List.of("events[participation].childViewsHeard"),
        Participation.class, Scope.CHILD_VICTIMS);
  }

  @Override
  protected Truth breach(Participation e) {
    return e.childViewsHeard().not();
  }

  @Override
  protected String field(Participation e, Truth breach) {
    return "childViewsHeard";
  }
}
