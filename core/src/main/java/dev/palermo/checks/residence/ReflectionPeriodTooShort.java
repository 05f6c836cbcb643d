package dev.palermo.checks.residence;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.ReflectionPeriod;
import dev.palermo.facts.DateSpan;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A recovery and reflection period shorter than the minimum: its length, first and last day
 * included, is below the minimum of the profile in force on its first day
 * ({@link dev.palermo.jurisdiction.JurisdictionProfile#reflectionPeriodDays()}, 30 for the
 * Council of Europe), or, for a profile that sets none, below the Convention's 30 days taken as
 * the recommended standard.
 *
 * <p>Rule: a recovery and reflection period "of at least 30 days" (Council of Europe Convention
 * art. 13(1), seeds/001 line 270; seeds/003 lines 264, 274). Binding on the parties; elsewhere a
 * recommendation. A period with no dates, or one still running that has not yet reached the
 * minimum, leaves the check unable to tell.
 *
 * <p>Message arguments: {@code {0}} the length in days (finding) or the minimum (cannot tell),
 * {@code {1}} the first day, {@code {2}} the minimum. Immutable and thread-safe.
 */
public final class ReflectionPeriodTooShort extends AbstractCheck {
  /** Creates the check. */
  public ReflectionPeriodTooShort() {
    super("reflection-period-too-short", "PAL-C-0131", Stage.RESIDENCE,
        List.of("coe-13-1", "sl-reflection-encouraged"),
        List.of("events[reflection-period].when"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<ReflectionPeriod> p : ctx.events(ReflectionPeriod.class)) {
      Optional<DateSpan> when = p.event().when();
      if (when.isEmpty()) {
        int min = ReflectionPeriods.minimumDays(ctx.profileOn(ctx.asOf()));
        out.add(cannotTell(p.at("when"), min, "-", min));
        continue;
      }
      LocalDate start = when.get().start();
      JurisdictionProfile profile = ctx.profileOn(start);
      int min = ReflectionPeriods.minimumDays(profile);
      Optional<LocalDate> end = when.get().end();
      if (end.isPresent()) {
        long days = ChronoUnit.DAYS.between(start, end.get()) + 1;
        if (days < min) {
          out.add(finding(profile, p.at("when"), days, start.toString(), min));
        }
      } else if (ChronoUnit.DAYS.between(start, ctx.asOf()) + 1 < min) {
        out.add(cannotTell(p.at("when"), min, start.toString(), min));
      }
    }
    return out;
  }
}
