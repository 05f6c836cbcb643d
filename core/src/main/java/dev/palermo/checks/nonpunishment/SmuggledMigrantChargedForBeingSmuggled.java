package dev.palermo.checks.nonpunishment;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Charge;
import dev.palermo.events.OffenceCategory;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that no migrant is made criminally liable for the fact of having been smuggled.
 *
 * <p>Rule: "migrants shall not become liable to criminal prosecution for the fact of having been
 * smuggled" (Smuggling Protocol art. 5, {@code seeds/004_a416d8ba61ae2dbe.txt:78}; neither
 * Protocol gives "any basis for ... smuggled migrants for having being smuggled", 58). A charge
 * for having been smuggled breaks the rule whoever the person is. Article 6 leaves States free to
 * act on other domestic offences, but the seed warns that it "has mostly been relied on to justify
 * prosecuting smuggled migrants for illegal entry, effectively rendering meaningless" art. 5
 * ({@code seeds/004…:78}): an immigration charge against a person whom the case shows to have
 * been smuggled is therefore reported as "cannot tell" (its basis must be examined), not as a
 * breach. Strength: binding where the Smuggling Protocol binds.
 *
 * <p>Immutable and thread-safe.
 */
public final class SmuggledMigrantChargedForBeingSmuggled extends AbstractCheck {
  /** Creates the check. */
  public SmuggledMigrantChargedForBeingSmuggled() {
    super("smuggled-migrant-charged-for-being-smuggled", "PAL-C-0024", Stage.PROCEEDINGS,
        List.of("som-5", "som-6-domestic"),
        List.of("events[charge].offence", "events[charge].stage", "conducts[].smuggling"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Charge> c : ctx.events(Charge.class)) {
      LocalDate day = ctx.dayOf(c);
      OffenceCategory offence = c.event().offence();
      if (offence == OffenceCategory.HAVING_BEEN_SMUGGLED) {
        out.add(finding(ctx.profileOn(day), c.at("offence"), c.event().stage().code(),
            day.toString()));
      } else if (offence == OffenceCategory.IMMIGRATION
          && ctx.smuggled(c.event().person()).isTrue()) {
        out.add(cannotTell(c.at("offence"), c.event().stage().code()));
      }
    }
    return out;
  }
}
