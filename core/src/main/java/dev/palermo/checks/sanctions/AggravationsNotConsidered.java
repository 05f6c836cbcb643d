package dev.palermo.checks.sanctions;

import dev.palermo.checks.EventRule;
import dev.palermo.events.AggravatingCircumstance;
import dev.palermo.events.Sentence;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * Aggravating circumstances present but not taken into account in the penalty. The CoE Convention
 * "requires that certain circumstances be regarded as aggravating circumstances in the
 * determination of penalties": the offence endangered the life of the victim or was committed
 * against a child; it was committed by a public official in the performance of duties; it was
 * committed within the framework of a criminal organization (art. 24;
 * seeds/000_4ef45050c65d0a55.txt:405, 419, 445, 459); OHCHR Guideline 4.3 asks States to consider
 * additional penalties in aggravating circumstances (seeds/000_4ef45050c65d0a55.txt:421, 433);
 * sentences that "do not take into account aggravating factors" (seeds/004_a416d8ba61ae2dbe.txt:802).
 * A violation where the CoE Convention binds, a recommendation elsewhere. Fires when one of the four
 * is present and {@code aggravationsConsidered} is FALSE.
 *
 * <p>Protects every person sentenced. Code PAL-C-0409. Cites {@code coe-24}, {@code rpg-g4-3}. Immutable and thread-safe.
 */
public final class AggravationsNotConsidered extends EventRule<Sentence> {
  private static final List<AggravatingCircumstance> COE_24 = List.of(
      AggravatingCircumstance.CHILD_VICTIM, AggravatingCircumstance.ENDANGERED_LIFE,
      AggravatingCircumstance.PUBLIC_OFFICIAL, AggravatingCircumstance.CRIMINAL_ORGANIZATION);

  /** Creates the check. */
  public AggravationsNotConsidered() {
    super("aggravations-not-considered", "PAL-C-0409", Stage.PROCEEDINGS,
        List.of("coe-24", "rpg-g4-3"),
        List.of("events[sentence].aggravations", "events[sentence].aggravationsConsidered"),
        Sentence.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Sentence e) {
    return e.aggravations().anyOf(COE_24).and(e.aggravationsConsidered().not());
  }

  @Override
  protected String field(Sentence e, Truth breach) {
    return e.aggravations().anyOf(COE_24).isKnown() ? "aggravationsConsidered" : "aggravations";
  }
}
