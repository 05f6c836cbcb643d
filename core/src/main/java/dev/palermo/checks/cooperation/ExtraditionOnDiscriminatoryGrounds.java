package dev.palermo.checks.cooperation;

import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.events.DiscriminationGround;
import dev.palermo.rights.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An extradition, not refused, where there are substantial grounds for believing that the request
 * was made to prosecute or punish the person on account of race, sex, religion, nationality,
 * ethnic origin or political opinions, or that complying would prejudice the person's position for
 * any of these reasons. UNTOC art. 16(14) lifts any obligation to extradite in that case
 * (seeds/000_4ef45050c65d0a55.txt:545); the rules on extradition "prevent persons from being
 * extradited on grounds that the request is discriminatory in purpose or effect"
 * (seeds/000_4ef45050c65d0a55.txt:533).
 *
 * <p>Fires when any ground of {@code discriminationGrounds} is TRUE and the request is not
 * recorded as refused. Code PAL-C-0502. Cites {@code untoc-16-14}, {@code ext-bar-discrimination}.
 * Immutable and thread-safe.
 */
public final class ExtraditionOnDiscriminatoryGrounds extends RequestRule {
  /** Creates the check. */
  public ExtraditionOnDiscriminatoryGrounds() {
    super("extradition-on-discriminatory-grounds", "PAL-C-0502", Stage.PROCEEDINGS,
        List.of("untoc-16-14", "ext-bar-discrimination"),
        List.of("events[cooperation-request].discriminationGrounds",
            "events[cooperation-request].refused"),
        Set.of(CooperationType.EXTRADITION), Scope.EVERYONE);
  }

  @Override
  List<Condition> conditions(CooperationRequest e) {
    return List.of(new Condition("discriminationGrounds",
        e.discriminationGrounds().anyOf(EnumSet.allOf(DiscriminationGround.class))),
        notRefused(e));
  }

  @Override
  String findingField(CooperationRequest e) {
    return "discriminationGrounds";
  }
}
