package dev.palermo.checks.sanctions;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Sentence;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * An offence whose statutory maximum custodial penalty is below the sanctions floor of the
 * jurisdiction's profile ({@link JurisdictionProfile#minimumCustodyMonths()}). The CoE Convention
 * requires trafficking to be punishable by "effective, proportionate and dissuasive sanctions"
 * including custodial penalties that can give rise to extradition (art. 23(1)), which "would
 * require provision for custodial penalties of at least one year" (Explanatory Report, para. 252;
 * seeds/000_4ef45050c65d0a55.txt:383, 393); inadequate penalties "fail to deter future crimes, fail to
 * deliver justice to victims; and potentially impair the effectiveness of international cooperation
 * procedures, such as extradition, which are triggered by a severity test linked to the gravity of
 * sanctions" (seeds/000_4ef45050c65d0a55.txt:401). The floor concerns the penalty the law provides,
 * not the sentence passed, so the check compares {@link Sentence#statutoryMaximumCustodyMonths()}
 * with the floor of the profile in force on the day of the sentence; a profile without a floor is
 * not engaged.
 *
 * <p>Message arguments: {@code {0}} the day, {@code {1}} the field, {@code {2}} the statutory
 * maximum in months, {@code {3}} the floor in months. Code PAL-C-0400. Cites {@code coe-23-1}.
 * Immutable and thread-safe.
 */
public final class SanctionBelowProfileFloor extends AbstractCheck {
  private static final String FIELD = "statutoryMaximumCustodyMonths";

  /** Creates the check. */
  public SanctionBelowProfileFloor() {
    super("sanction-below-profile-floor", "PAL-C-0400", Stage.PROCEEDINGS, List.of("coe-23-1"),
        List.of("events[sentence].statutoryMaximumCustodyMonths",
            "jurisdiction.minimumCustodyMonths"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Sentence> e : ctx.events(Sentence.class)) {
      LocalDate day = ctx.dayOf(e);
      JurisdictionProfile profile = ctx.profileOn(day);
      OptionalInt floor = profile.minimumCustodyMonths();
      if (floor.isEmpty()) {
        continue;
      }
      if (e.event().statutoryMaximumCustodyMonths().isEmpty()) {
        out.add(cannotTell(e.at(FIELD), day.toString(), FIELD));
        continue;
      }
      int max = e.event().statutoryMaximumCustodyMonths().get();
      if (max < floor.getAsInt()) {
        out.add(finding(profile, e.at(FIELD), day.toString(), FIELD, max, floor.getAsInt()));
      }
    }
    return out;
  }
}
