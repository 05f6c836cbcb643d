package dev.palermo.checks.nonpunishment;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Charge;
import dev.palermo.events.LinkToTrafficking;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a victim is not detained, charged, prosecuted or punished for an unlawful act that
 * was a direct consequence of the trafficking or that the victim was compelled to commit, as soft
 * law states it in every jurisdiction.
 *
 * <p>Rule: trafficked persons shall not be detained, charged or prosecuted "for their involvement
 * in unlawful activities to the extent that such involvement is a direct consequence of their
 * situation as trafficked persons" (OHCHR RPG Principle 7, {@code seeds/004_a416d8ba61ae2dbe.txt:88};
 * Guideline 5, {@code seeds/000_4ef45050c65d0a55.txt:183}); States "should consider not punishing
 * or prosecuting trafficked persons for unlawful acts committed by them as a direct consequence of
 * their situation as trafficked persons, or where they were compelled to commit such unlawful acts"
 * (Working Group CTOC/COP/WG.4/2009/2 para. 12, {@code seeds/004…:86};
 * {@code seeds/001_ab6577e9586ed171.txt:166}); GA res. 64/293 ({@code seeds/003…:210}). The
 * Protocol has no clause ({@code seeds/000…:183}); where the jurisdiction's own binding clause
 * covers the charge, {@link CompelledOffencePenalised} or
 * {@link CompelledAsDirectConsequenceOffenceProsecuted} judges it instead, so one charge gives one
 * finding. Strength: soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class NonPunishmentSoftLaw extends AbstractCheck {
  /** Creates the check. */
  public NonPunishmentSoftLaw() {
    super("non-punishment-soft-law", "PAL-C-0023", Stage.PROCEEDINGS,
        List.of("rpg-p7", "rpg-g5", "sl-np-wg-2009", "sl-np-gpa"),
        List.of("profile.nonPunishment", "events[charge].link", "events[charge].stage",
            "events[identification].status", "conducts"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Charge> c : ctx.events(Charge.class)) {
      LocalDate day = ctx.dayOf(c);
      JurisdictionProfile profile = ctx.profileOn(day);
      LinkToTrafficking link = c.event().link();
      if (link == LinkToTrafficking.UNRELATED
          || ctx.victimOn(c.event().person(), day).isFalse()) {
        continue;
      }
      if (link == LinkToTrafficking.UNKNOWN) {
        if (!Clause.reaches(profile.nonPunishment(), c.event().stage())) {
          out.add(cannotTell(c.at("link"), c.event().offence().code(),
              Clause.provision(profile)));
        }
      } else if (!Clause.covers(profile.nonPunishment(), c.event().stage(), link)) {
        out.add(finding(profile, c.at("link"), c.event().offence().code(),
            c.event().stage().code(), link.code(), Clause.provision(profile)));
      }
    }
    return out;
  }
}
