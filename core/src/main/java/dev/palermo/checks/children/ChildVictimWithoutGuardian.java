package dev.palermo.checks.children;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.events.GuardianAppointment;
import dev.palermo.facts.Truth;
import dev.palermo.person.Person;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A child victim with no guardian appointed. "In accordance with special needs, a legal guardian,
 * organization or authority may need to be appointed to represent them" (UNICEF Guidelines on the
 * Protection of Child Victims of Trafficking, 2006; seeds/004_a416d8ba61ae2dbe.txt:335, 345); OHCHR
 * Recommended Guideline 8 sets out special measures for children (named only,
 * seeds/004_a416d8ba61ae2dbe.txt:335).
 *
 * <p>For each person of the case who, on the day the checks are run for, is or may be a child
 * (seeds/004_a416d8ba61ae2dbe.txt:282) and is a victim or presumed victim: a finding at the person
 * when no {@link GuardianAppointment} on or before that day concerns the person; "cannot tell" when
 * it is unknown whether the person is a victim. The seeds make the appointment depend on the
 * child's needs ("may need"), so this is a recommendation in every jurisdiction (soft law).
 *
 * <p>Code PAL-C-0240. Cites {@code sl-unicef-guardian}, {@code rpg-g8}. Immutable and thread-safe.
 */
public final class ChildVictimWithoutGuardian extends AbstractCheck {
  /** Creates the check. */
  public ChildVictimWithoutGuardian() {
    super("child-victim-without-guardian", "PAL-C-0240", Stage.ASSISTANCE,
        List.of("sl-unicef-guardian", "rpg-g8"),
        List.of("persons[].ageEvidence", "events[age-determination]", "events[identification]",
            "events[guardian-appointment]"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    LocalDate day = ctx.asOf();
    for (Person p : ctx.theCase().persons()) {
      if (!ctx.mayBeChild(p.id(), day)) {
        continue;
      }
      Truth victim = ctx.victimOn(p.id(), day);
      if (victim.isFalse()) {
        continue;
      }
      boolean appointed = ctx.events(GuardianAppointment.class, p.id()).stream()
          .anyMatch(g -> g.day().map(d -> !d.isAfter(day)).orElse(true));
      if (appointed) {
        continue;
      }
      if (victim.isTrue()) {
        out.add(finding(ctx.profileOn(day), ctx.personPath(p.id()), day.toString()));
      } else {
        out.add(cannotTell(ctx.personPath(p.id()), day.toString(), "victim-status"));
      }
    }
    return out;
  }
}
