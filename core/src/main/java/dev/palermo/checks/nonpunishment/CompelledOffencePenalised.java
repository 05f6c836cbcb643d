package dev.palermo.checks.nonpunishment;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Charge;
import dev.palermo.events.LinkToTrafficking;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.jurisdiction.NonPunishment;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks, where the jurisdiction's non-punishment clause has the "compelled" formulation, that no
 * penalty is imposed on a victim for an unlawful act the victim was compelled to commit.
 *
 * <p>Rule: each party shall, "in accordance with the basic principles of its legal system, provide
 * for the possibility of not imposing penalties on victims for their involvement in unlawful
 * activities, to the extent that they have been compelled to do so" (CoE Convention art. 26,
 * {@code seeds/000_4ef45050c65d0a55.txt:183}, 197; {@code seeds/001_ab6577e9586ed171.txt:164};
 * {@code seeds/003_d1561a5ed447703d.txt:230}). Applies when
 * {@link JurisdictionProfile#nonPunishment()} is {@link NonPunishment#COMPELLED}, to penalties and
 * administrative sanctions; the message names the profile's own clause
 * ({@link JurisdictionProfile#nonPunishmentProvision()}). Steps before a penalty, and links the
 * clause does not reach, are judged by {@link NonPunishmentSoftLaw}. Strength: binding where the
 * Convention binds.
 *
 * <p>Immutable and thread-safe.
 */
public final class CompelledOffencePenalised extends AbstractCheck {
  /** Creates the check. */
  public CompelledOffencePenalised() {
    super("compelled-offence-penalised", "PAL-C-0021", Stage.PROCEEDINGS,
        List.of("coe-26", "rpg-p7", "sl-np-wg-2009"),
        List.of("profile.nonPunishment", "events[charge].link", "events[charge].stage",
            "events[identification].status", "conducts"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Charge> c : ctx.events(Charge.class)) {
      LocalDate day = ctx.dayOf(c);
      JurisdictionProfile profile = ctx.profileOn(day);
      if (profile.nonPunishment() != NonPunishment.COMPELLED
          || !Clause.reaches(profile.nonPunishment(), c.event().stage())
          || ctx.victimOn(c.event().person(), day).isFalse()) {
        continue;
      }
      LinkToTrafficking link = c.event().link();
      if (Clause.covers(profile.nonPunishment(), c.event().stage(), link)) {
        out.add(finding(profile, c.at("link"), c.event().offence().code(),
            c.event().stage().code(), link.code(), Clause.provision(profile)));
      } else if (link == LinkToTrafficking.UNKNOWN) {
        out.add(cannotTell(c.at("link"), c.event().offence().code(), Clause.provision(profile)));
      }
    }
    return out;
  }
}
