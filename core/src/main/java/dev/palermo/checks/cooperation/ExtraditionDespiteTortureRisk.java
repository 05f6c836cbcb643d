package dev.palermo.checks.cooperation;

import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.rights.Stage;
import java.util.List;
import java.util.Set;

/**
 * An extradition, not refused, of a person for whom there are substantial grounds for believing
 * that they would be in danger of torture or other cruel, inhuman or degrading treatment or
 * punishment. CAT art. 3(1): no State Party shall "extradite a person to another State where there
 * are substantial grounds for believing that he would be in danger of being subjected to torture"
 * (seeds/004_a416d8ba61ae2dbe.txt:456); the rules on extradition prevent it where the person "may
 * be subject to ... torture or cruel, inhuman or degrading treatment or punishment"
 * (seeds/000_4ef45050c65d0a55.txt:533); non-refoulement is customary
 * (seeds/001_ab6577e9586ed171.txt:172, 180); ICCPR art. 7.
 *
 * <p>Fires when {@code tortureRisk} is TRUE and the request is not recorded as refused. Code
 * PAL-C-0501. Cites {@code cat-3-1}, {@code cust-non-refoulement}, {@code ext-bar-torture},
 * {@code hr-iccpr-7-life}. Immutable and thread-safe.
 */
public final class ExtraditionDespiteTortureRisk extends RequestRule {
  /** Creates the check. */
  public ExtraditionDespiteTortureRisk() {
    super("extradition-despite-torture-risk", "PAL-C-0501", Stage.PROCEEDINGS,
        List.of("cat-3-1", "cust-non-refoulement", "ext-bar-torture", "hr-iccpr-7-life"),
        List.of("events[cooperation-request].tortureRisk", "events[cooperation-request].refused"),
        Set.of(CooperationType.EXTRADITION), Scope.EVERYONE);
  }

  @Override
  List<Condition> conditions(CooperationRequest e) {
    return List.of(new Condition("tortureRisk", e.tortureRisk()), notRefused(e));
  }

  @Override
  String findingField(CooperationRequest e) {
    return "tortureRisk";
  }
}
