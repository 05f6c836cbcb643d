package dev.palermo.checks.returns;

import dev.palermo.checks.EventRule;
import dev.palermo.events.ReturnDecision;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A collective expulsion. "International law prohibits collective expulsion ... and thus guarantees
 * due process and individual assessments of persons before such returns are carried out"
 * (seeds/004_a416d8ba61ae2dbe.txt:448); Smuggling Protocol art. 19 savings clause
 * (seeds/004_a416d8ba61ae2dbe.txt:127). Protects everyone. Fires when {@code individual} is FALSE.
 *
 * <p>Code PAL-C-0207. Cites {@code hr-no-collective-expulsion}, {@code som-19-1}. Immutable and
 * thread-safe.
 */
public final class CollectiveExpulsion extends EventRule<ReturnDecision> {
  /** Creates the check. */
  public CollectiveExpulsion() {
    super("collective-expulsion", "PAL-C-0207", Stage.RETURN,
        List.of("hr-no-collective-expulsion", "som-19-1"),
        List.of("events[return-decision].individual"),
        ReturnDecision.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(ReturnDecision e) {
    return e.individual().not();
  }

  @Override
  protected String field(ReturnDecision e, Truth breach) {
    return "individual";
  }
}
