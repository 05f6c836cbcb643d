package dev.palermo.checks.cooperation;

import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.rights.Stage;
import java.util.List;
import java.util.Set;

/**
 * An extradition, not refused, for conduct that has already been the subject of a final acquittal
 * or punishment (double jeopardy). The rules on extradition "require States to deny requests for
 * extradition that may result in the suspect being treated unfairly (e.g. being tried for conduct
 * that has already been the subject of acquittal or punishment ...)"
 * (seeds/000_4ef45050c65d0a55.txt:533).
 *
 * <p>Fires when {@code priorFinalJudgment} is TRUE and the request is not recorded as refused.
 * Code PAL-C-0503. Cites {@code ext-bar-double-jeopardy}. Immutable and thread-safe.
 */
public final class ExtraditionDespitePriorJudgment extends RequestRule {
  /** Creates the check. */
  public ExtraditionDespitePriorJudgment() {
    super("extradition-despite-prior-judgment", "PAL-C-0503", Stage.PROCEEDINGS,
        List.of("ext-bar-double-jeopardy"),
        List.of("events[cooperation-request].priorFinalJudgment",
            "events[cooperation-request].refused"),
        Set.of(CooperationType.EXTRADITION), Scope.EVERYONE);
  }

  @Override
  List<Condition> conditions(CooperationRequest e) {
    return List.of(new Condition("priorFinalJudgment", e.priorFinalJudgment()), notRefused(e));
  }

  @Override
  String findingField(CooperationRequest e) {
    return "priorFinalJudgment";
  }
}
