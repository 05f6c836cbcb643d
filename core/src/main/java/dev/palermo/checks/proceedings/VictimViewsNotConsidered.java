package dev.palermo.checks.proceedings;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Participation;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A victim's views and concerns not presented and considered in criminal proceedings. TIP Protocol
 * art. 6(2)(b): assistance "to enable their views and concerns to be presented and considered during
 * proceedings, in a manner not prejudicial to the rights of the defence"
 * (seeds/004_a416d8ba61ae2dbe.txt:601-603; seeds/000_4ef45050c65d0a55.txt:263, 279); UNTOC art. 25(3)
 * (seeds/004_a416d8ba61ae2dbe.txt:313).
 *
 * <p>Code PAL-C-0224. Cites {@code tip-6-2-b}, {@code untoc-25-3}. Immutable and
 * thread-safe.
 */
public final class VictimViewsNotConsidered extends EventRule<Participation> {
  /** Creates the check. */
  public VictimViewsNotConsidered() {
    super("victim-views-not-considered", "PAL-C-0224", Stage.PROCEEDINGS,
        List.of("tip-6-2-b", "untoc-25-3"),
        List.of("events[participation].viewsConsidered"),
        Participation.class, Scope.VICTIMS);
  }

  @Override
  protected Truth breach(Participation e) {
    return e.viewsConsidered().not();
  }

  @Override
  protected String field(Participation e, Truth breach) {
    return "viewsConsidered";
  }
}
