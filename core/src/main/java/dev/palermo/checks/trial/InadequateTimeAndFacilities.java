package dev.palermo.checks.trial;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Prosecution;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A defendant denied adequate time and facilities to prepare the defence and to communicate
 * with counsel of the defendant's choosing. ICCPR art. 14(3)(b) (seeds/004_a416d8ba61ae2dbe.txt:672,
 * 683, 704). Fires when {@code adequateTimeAndFacilities} is FALSE.
 *
 * <p>Protects every suspect or defendant, natural or legal person, whether or not also a victim
 * ("A human rights based response to trafficking is protective of the rights of all persons",
 * seeds/000_4ef45050c65d0a55.txt:359). Code PAL-C-0301. Cites {@code iccpr-14-3-b}. Immutable and thread-safe.
 */
public final class InadequateTimeAndFacilities extends EventRule<Prosecution> {
  /** Creates the check. */
  public InadequateTimeAndFacilities() {
    super("inadequate-time-and-facilities", "PAL-C-0301", Stage.PROCEEDINGS,
        List.of("iccpr-14-3-b"),
        List.of("events[prosecution].adequateTimeAndFacilities"),
        Prosecution.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Prosecution e) {
    return e.adequateTimeAndFacilities().not();
  }

  @Override
  protected String field(Prosecution e, Truth breach) {
    return "adequateTimeAndFacilities";
  }
}
