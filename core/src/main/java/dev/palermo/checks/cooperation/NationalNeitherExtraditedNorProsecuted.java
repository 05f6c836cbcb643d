package dev.palermo.checks.cooperation;

import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.rights.Stage;
import java.util.List;
import java.util.Set;

/**
 * Extradite or prosecute: a State that refused to extradite its own national did not submit the
 * case to its authorities for prosecution. UNTOC art. 16(10) and art. 15(3) extend "extradite or
 * prosecute" to trafficking, "limited ... to cases where refusal relates to nationality of the
 * suspect" (seeds/000_4ef45050c65d0a55.txt:535, 553); CoE Convention art. 31(3) likewise
 * (seeds/000_4ef45050c65d0a55.txt:555, 567).
 *
 * <p>The ground of the refusal is not recorded: a refusal to extradite a national of the requested
 * State is read as a refusal on the ground of nationality. Fires when {@code refused} and
 * {@code personIsNationalOfRequested} are TRUE and {@code prosecutedInstead} is FALSE. Code
 * PAL-C-0505. Cites {@code untoc-16-10}, {@code untoc-15-3}, {@code coe-31-3}. Immutable and
 * thread-safe.
 */
public final class NationalNeitherExtraditedNorProsecuted extends RequestRule {
  /** Creates the check. */
  public NationalNeitherExtraditedNorProsecuted() {
    super("national-neither-extradited-nor-prosecuted", "PAL-C-0505", Stage.PROCEEDINGS,
        List.of("untoc-16-10", "untoc-15-3", "coe-31-3"),
        List.of("events[cooperation-request].refused",
            "events[cooperation-request].personIsNationalOfRequested",
            "events[cooperation-request].prosecutedInstead"),
        Set.of(CooperationType.EXTRADITION), Scope.EVERYONE);
  }

  @Override
  List<Condition> conditions(CooperationRequest e) {
    return List.of(new Condition("refused", e.refused()),
        new Condition("personIsNationalOfRequested", e.personIsNationalOfRequested()),
        new Condition("prosecutedInstead", e.prosecutedInstead().not()));
  }

  @Override
  String findingField(CooperationRequest e) {
    return "prosecutedInstead";
  }
}
