package dev.palermo.checks.returns;

import dev.palermo.checks.EventRule;
import dev.palermo.events.ReturnDecision;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A child's return not decided in the child's best interests. "As with any decision relating to
 * a child, decisions about return must accord with the child's best interests"
 * (seeds/004_a416d8ba61ae2dbe.txt:460); CRC art. 3, the paramount rule
 * (seeds/004_a416d8ba61ae2dbe.txt:282, 290); CRC General Comment No. 6 on unaccompanied and
 * separated children (seeds/003_d1561a5ed447703d.txt:284). A person who may be a child is treated
 * as a child until the age is determined (seeds/004_a416d8ba61ae2dbe.txt:282).
 *
 * <p>Code PAL-C-0209. Cites {@code crc-3}, {@code crc-gc6}. Immutable and
 * thread-safe.
 */
public final class ChildReturnWithoutBestInterests extends EventRule<ReturnDecision> {
  /** Creates the check. */
  public ChildReturnWithoutBestInterests() {
    super("child-return-without-best-interests", "PAL-C-0209", Stage.RETURN,
        List.of("crc-3", "crc-gc6"),
        List.of("events[return-decision].bestInterestsAssessed"),
        ReturnDecision.class, Scope.CHILDREN);
  }

  @Override
  protected Truth breach(ReturnDecision e) {
    return e.bestInterestsAssessed().not();
  }

  @Override
  protected String field(ReturnDecision e, Truth breach) {
    return "bestInterestsAssessed";
  }
}
