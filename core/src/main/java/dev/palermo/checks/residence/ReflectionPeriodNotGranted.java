package dev.palermo.checks.residence;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Identification;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.person.PersonId;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * No recovery and reflection period granted on reasonable grounds: a person reached the status of
 * reasonable grounds (or was identified outright) and no reflection period of the person runs on
 * or after that day.
 *
 * <p>Rule: a recovery and reflection period of at least 30 days when there are reasonable grounds
 * to believe that the person is a victim (Council of Europe Convention art. 13(1), seeds/001 line
 * 270; seeds/003 lines 264, 274). Binding on the parties to the Convention; elsewhere a
 * recommendation (reflection periods with unconditional assistance "should be encouraged",
 * seeds/000 line 615). Judged with the profile in force on the day of the reasonable-grounds
 * decision. A period recorded without dates leaves the check unable to tell.
 *
 * <p>Message arguments: {@code {0}} the identification status code, {@code {1}} its day,
 * {@code {2}} the minimum length in days. Immutable and thread-safe.
 */
public final class ReflectionPeriodNotGranted extends AbstractCheck {
  private static final EnumSet<IdentificationStatus> GROUNDS =
      EnumSet.of(IdentificationStatus.REASONABLE_GROUNDS, IdentificationStatus.IDENTIFIED);

  /** Creates the check. */
  public ReflectionPeriodNotGranted() {
    super("reflection-period-not-granted", "PAL-C-0130", Stage.RESIDENCE,
        List.of("coe-13-1", "sl-reflection-encouraged"),
        List.of("events[identification].status", "events[identification].when",
            "events[reflection-period].when"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    Map<PersonId, Located<Identification>> grounds = ReflectionPeriods.firstReaching(ctx, GROUNDS);
    grounds.forEach((person, i) -> {
      LocalDate day = ctx.dayOf(i);
      JurisdictionProfile profile = ctx.profileOn(day);
      int min = ReflectionPeriods.minimumDays(profile);
      ReflectionPeriods.Cover cover = ReflectionPeriods.covering(ctx, person, i.day());
      String status = i.event().status().code();
      if (cover.truth().isFalse()) {
        out.add(finding(profile, i.at("status"), status, day.toString(), min));
      } else if (!cover.truth().isKnown()) {
        out.add(cannotTell(cover.unknownAt().get(), status, day.toString(), min));
      }
    });
    return out;
  }
}
