package dev.palermo.checks.nonpunishment;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Charge;
import dev.palermo.events.OffenceCategory;
import dev.palermo.facts.Truth;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a victim or presumed victim is not arrested, charged, prosecuted or sanctioned for
 * the illegality of entry, stay or work.
 *
 * <p>Rule: "Trafficked persons shall not be detained, charged or prosecuted for the illegality of
 * their entry into or residence in countries of transit and destination" (OHCHR RPG Principle 7,
 * {@code seeds/004_a416d8ba61ae2dbe.txt:88}; {@code seeds/003…:198}); not to be prosecuted "for
 * violations of immigration laws" (RPG Guideline 5, {@code seeds/000_4ef45050c65d0a55.txt:183},
 * 195); GA res. 63/156 para. 12 on prosecution "for their illegal entry or residence"
 * ({@code seeds/000…:213}). This limb does not depend on a link to the trafficking. Strength:
 * soft law (the Protocol has no such clause, {@code seeds/000…:183}). A person is a victim or
 * presumed victim as {@link CheckContext#victimOn} says.
 *
 * <p>Immutable and thread-safe.
 */
public final class VictimChargedForImmigrationOffence extends AbstractCheck {
  /** Creates the check. */
  public VictimChargedForImmigrationOffence() {
    super("victim-charged-for-immigration-offence", "PAL-C-0020", Stage.PROCEEDINGS,
        List.of("rpg-p7", "rpg-g5", "sl-np-hrc-ga"),
        List.of("events[charge].offence", "events[charge].stage", "events[charge].when",
            "events[identification].status", "conducts"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Charge> c : ctx.events(Charge.class)) {
      if (c.event().offence() != OffenceCategory.IMMIGRATION) {
        continue;
      }
      LocalDate day = ctx.dayOf(c);
      Truth victim = ctx.victimOn(c.event().person(), day);
      if (victim.isTrue()) {
        out.add(finding(ctx.profileOn(day), c.at("offence"), c.event().stage().code(),
            day.toString()));
      } else if (!victim.isKnown()) {
        out.add(cannotTell(ctx.personPath(c.event().person()), day.toString()));
      }
    }
    return out;
  }
}
