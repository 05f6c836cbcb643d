package dev.palermo.checks.proceedings;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Participation;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A victim not informed of the proceedings in a language the victim understands. TIP Protocol art.
 * 6(2)(a): information on court and administrative proceedings, in appropriate cases
 * (seeds/004_a416d8ba61ae2dbe.txt:601); art. 6(3): counselling and information on legal rights "in a
 * language they can understand" (seeds/004_a416d8ba61ae2dbe.txt:603); RPG Guideline 6 item 6
 * (seeds/004_a416d8ba61ae2dbe.txt:372); Basic Principles (seeds/004_a416d8ba61ae2dbe.txt:605).
 *
 * <p>Code PAL-C-0222. Cites {@code tip-6-2-a}, {@code tip-6-3}, {@code rpg-g6-6}, {@code sl-participation-informed}. Immutable and
 * thread-safe.
 */
public final class ProceedingsInformationNotInLanguageUnderstood extends EventRule<Participation> {
  /** Creates the check. */
  public ProceedingsInformationNotInLanguageUnderstood() {
    super("proceedings-information-not-in-language-understood", "PAL-C-0222", Stage.PROCEEDINGS,
        List.of("tip-6-2-a", "tip-6-3", "rpg-g6-6", "sl-participation-informed"),
        List.of("events[participation].informedInLanguageUnderstood"),
        Participation.class, Scope.VICTIMS);
  }

  @Override
  protected Truth breach(Participation e) {
    return e.informedInLanguageUnderstood().not();
  }

  @Override
  protected String field(Participation e, Truth breach) {
    return "informedInLanguageUnderstood";
  }
}
