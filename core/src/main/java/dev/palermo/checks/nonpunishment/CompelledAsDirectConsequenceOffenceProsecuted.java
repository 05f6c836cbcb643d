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
 * Checks, where the jurisdiction's non-punishment clause has the "compelled as a direct
 * consequence" formulation, that a victim is not prosecuted or penalised for a criminal act the
 * victim was compelled to commit as a direct consequence of the trafficking.
 *
 * <p>Rule: competent national authorities are entitled "not to prosecute or impose penalties on
 * victims ... for their involvement in criminal activities which they have been compelled to
 * commit as a direct consequence of being subjected to" trafficking (EU Directive 2011/36/EU art.
 * 8, {@code seeds/000_4ef45050c65d0a55.txt:183}, 199). The two tests apply together: an offence
 * recorded only as compelled, or only as a direct consequence, cannot be judged under this clause
 * (the soft-law standard, {@link NonPunishmentSoftLaw}, still judges it). Applies when
 * {@link JurisdictionProfile#nonPunishment()} is
 * {@link NonPunishment#COMPELLED_AS_DIRECT_CONSEQUENCE}, to charges, prosecutions, penalties and
 * sanctions. Strength: binding where the Directive binds.
 *
 * <p>Immutable and thread-safe.
 */
public final class CompelledAsDirectConsequenceOffenceProsecuted extends AbstractCheck {
  /** Creates the check. */
  public CompelledAsDirectConsequenceOffenceProsecuted() {
    super("compelled-as-direct-consequence-offence-prosecuted", "PAL-C-0022", Stage.PROCEEDINGS,
        List.of("eu-8", "rpg-p7"),
        List.of("profile.nonPunishment", "events[charge].link", "events[charge].stage",
            "events[identification].status", "conducts"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Charge> c : ctx.events(Charge.class)) {
      LocalDate day = ctx.dayOf(c);
      JurisdictionProfile profile = ctx.profileOn(day);
      if (profile.nonPunishment() != NonPunishment.COMPELLED_AS_DIRECT_CONSEQUENCE
          || !Clause.reaches(profile.nonPunishment(), c.event().stage())
          || ctx.victimOn(c.event().person(), day).isFalse()) {
        continue;
      }
      LinkToTrafficking link = c.event().link();
      if (Clause.covers(profile.nonPunishment(), c.event().stage(), link)) {
        out.add(finding(profile, c.at("link"), c.event().offence().code(),
            c.event().stage().code(), link.code(), Clause.provision(profile)));
      } else if (link != LinkToTrafficking.UNRELATED) {
        out.add(cannotTell(c.at("link"), c.event().offence().code(), link.code(),
            Clause.provision(profile)));
      }
    }
    return out;
  }
}
