package dev.palermo.checks.identification;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.AgeDetermination;
import dev.palermo.facts.Truth;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a person who may be a child is treated as a child until the age is determined.
 *
 * <p>Rule: "States should apply a presumption that a person who may be a child is treated as a
 * child until an age determination can be made" ({@code seeds/004_a416d8ba61ae2dbe.txt:282}). A
 * person may be a child when the evidence of age, or the latest determination, does not show the
 * person to be an adult on the day (an age range straddling 18 included; DOMAIN.md §5). Strength:
 * soft law. The Council of Europe Convention art. 10(3) states the same presumption according to
 * DOMAIN.md only; no seed quotes it, so it is not cited here (catalogue {@code coe-10-3}).
 *
 * <p>Immutable and thread-safe.
 */
public final class PresumptionOfMinority extends AbstractCheck {
  /** Creates the check. */
  public PresumptionOfMinority() {
    super("presumption-of-minority", "PAL-C-0006", Stage.IDENTIFICATION,
        List.of("sl-child-minority"),
        List.of("persons[].ageEvidence", "events[age-determination].assessment",
            "events[age-determination].treatedAsChild", "events[age-determination].when"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<AgeDetermination> a : ctx.events(AgeDetermination.class)) {
      LocalDate day = ctx.dayOf(a);
      Truth child = ctx.childOn(a.event().person(), day);
      if (child.isFalse()) {
        continue;
      }
      switch (a.event().treatedAsChild()) {
        case FALSE:
          out.add(finding(ctx.profileOn(day), a.at("treatedAsChild"), child.code(),
              day.toString()));
          break;
        case UNKNOWN:
          out.add(cannotTell(a.at("treatedAsChild"), child.code()));
          break;
        default:
          break;
      }
    }
    return out;
  }
}
