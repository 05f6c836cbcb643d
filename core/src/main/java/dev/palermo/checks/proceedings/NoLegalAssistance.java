package dev.palermo.checks.proceedings;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Participation;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A victim without legal assistance in proceedings. EU Directive 2011/36 art. 12: victims have
 * access without delay to legal counselling and representation, including to claim compensation
 * (seeds/000_4ef45050c65d0a55.txt:261, 273); CoE Convention art. 12(1)(d)-(e)
 * (seeds/000_4ef45050c65d0a55.txt:275); RPG Guideline 6 item 6, legal and other assistance in
 * actions against traffickers (seeds/004_a416d8ba61ae2dbe.txt:372); Basic Principles
 * (seeds/004_a416d8ba61ae2dbe.txt:605). Binding for EU Member States (the main citation), a
 * recommendation elsewhere.
 *
 * <p>Code PAL-C-0225. Cites {@code eu-12}, {@code coe-12-1-2}, {@code rpg-g6-6}, {@code sl-basic-principles}. Immutable and
 * thread-safe.
 */
public final class NoLegalAssistance extends EventRule<Participation> {
  /** Creates the check. */
  public NoLegalAssistance() {
    super("no-legal-assistance", "PAL-C-0225", Stage.PROCEEDINGS,
        List.of("eu-12", "coe-12-1-2", "rpg-g6-6", "sl-basic-principles"),
        List.of("events[participation].legalAssistance"),
        Participation.class, Scope.VICTIMS);
  }

  @Override
  protected Truth breach(Participation e) {
    return e.legalAssistance().not();
  }

  @Override
  protected String field(Participation e, Truth breach) {
    return "legalAssistance";
  }
}
