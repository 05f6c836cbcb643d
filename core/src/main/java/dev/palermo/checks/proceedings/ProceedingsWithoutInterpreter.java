package dev.palermo.checks.proceedings;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Participation;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A victim who needed an interpreter in proceedings had none. Council of Europe Convention art.
 * 12(1)-(2): assistance includes interpretation and translation services
 * (seeds/001_ab6577e9586ed171.txt:270); skilled translators at interviews, court preparation and
 * testimony (seeds/000_4ef45050c65d0a55.txt:617); RPG Guideline 6 item 6
 * (seeds/004_a416d8ba61ae2dbe.txt:372). Binding for Council of Europe parties, a recommendation
 * elsewhere.
 *
 * <p>Code PAL-C-0223. Cites {@code coe-12-1-2}, {@code sl-translators}, {@code rpg-g6-6}. Immutable and
 * thread-safe.
 */
public final class ProceedingsWithoutInterpreter extends EventRule<Participation> {
  /** Creates the check. */
  public ProceedingsWithoutInterpreter() {
    super("proceedings-without-interpreter", "PAL-C-0223", Stage.PROCEEDINGS,
        List.of("coe-12-1-2", "sl-translators", "rpg-g6-6"),
        List.of("events[participation].interpreter"),
        Participation.class, Scope.VICTIMS);
  }

  @Override
  protected Truth breach(Participation e) {
    return e.interpreter().not();
  }

  @Override
  protected String field(Participation e, Truth breach) {
    return "interpreter";
  }
}
