package dev.palermo.checks.residence;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Identification;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.person.PersonId;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * No reflection period for a child victim: a person who is, or may be, a child (age uncertain:
 * treated as a child, seeds/004 line 282) when first found a possible victim, on reasonable
 * grounds or identified, and no reflection period of the child runs on or after that day.
 *
 * <p>Rule: States should "grant to child victims of trafficking a reflection period to recover and
 * escape the influence of traffickers and/or to make an informed decision on cooperating"
 * (UNICEF Guidelines, seeds/003 lines 276, 288). Soft law: a recommendation in every
 * jurisdiction; it applies whatever the jurisdiction's own minimum. A period recorded without
 * dates leaves the check unable to tell.
 *
 * <p>Message arguments: {@code {0}} the identification status code, {@code {1}} its day.
 * Immutable and thread-safe.
 */
public final class ChildReflectionPeriodNotGranted extends AbstractCheck {
  private static final EnumSet<IdentificationStatus> VICTIM_LIKE = EnumSet.of(
      IdentificationStatus.POSSIBLE_VICTIM, IdentificationStatus.REASONABLE_GROUNDS,
      IdentificationStatus.IDENTIFIED);

  /** Creates the check. */
  public ChildReflectionPeriodNotGranted() {
    super("child-reflection-period-not-granted", "PAL-C-0136", Stage.RESIDENCE,
        List.of("sl-unicef-reflection", "crc-3"),
        List.of("events[identification].status", "events[identification].when",
            "events[reflection-period].when", "persons[].ageEvidence",
            "events[age-determination]"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    Map<PersonId, Located<Identification>> first =
        ReflectionPeriods.firstReaching(ctx, VICTIM_LIKE);
    first.forEach((person, i) -> {
      LocalDate day = ctx.dayOf(i);
      if (!ctx.mayBeChild(person, day)) {
        return;
      }
      ReflectionPeriods.Cover cover = ReflectionPeriods.covering(ctx, person, i.day());
      String status = i.event().status().code();
      if (cover.truth().isFalse()) {
        out.add(finding(ctx.profileOn(day), i.at("status"), status, day.toString()));
      } else if (!cover.truth().isKnown()) {
        out.add(cannotTell(cover.unknownAt().get(), status, day.toString()));
      }
    });
    return out;
  }
}
