package dev.palermo.checks.sanctions;

import dev.palermo.checks.EventRule;
import dev.palermo.events.AggravatingCircumstance;
import dev.palermo.events.Sentence;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * Previous final convictions abroad not taken into account in the penalty. CoE Convention art. 25:
 * "each Party shall adopt such legislative and other measures providing for the possibility to take
 * into account final sentences passed by another party ... when determining the penalty"
 * (international recidivism; seeds/000_4ef45050c65d0a55.txt:421, 435). The Convention requires the
 * possibility, and leaves its use to the court ("could be taken into account"): a concern where
 * the Convention binds, a recommendation elsewhere. Fires when
 * {@code previous-convictions-abroad} is present and {@code aggravationsConsidered} is FALSE.
 *
 * <p>Protects every person sentenced. Code PAL-C-0410. Cites {@code coe-25}. Immutable and thread-safe.
 */
public final class ForeignConvictionsNotConsidered extends EventRule<Sentence> {
  /** Creates the check. */
  public ForeignConvictionsNotConsidered() {
    super("foreign-convictions-not-considered", "PAL-C-0410", Stage.PROCEEDINGS,
        List.of("coe-25"),
        List.of("events[sentence].aggravations", "events[sentence].aggravationsConsidered"),
        Sentence.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Sentence e) {
    return e.aggravations().status(AggravatingCircumstance.PREVIOUS_CONVICTIONS_ABROAD)
        .and(e.aggravationsConsidered().not());
  }

  @Override
  protected String field(Sentence e, Truth breach) {
    return e.aggravations().status(AggravatingCircumstance.PREVIOUS_CONVICTIONS_ABROAD).isKnown() ? "aggravationsConsidered" : "aggravations";
  }
}
