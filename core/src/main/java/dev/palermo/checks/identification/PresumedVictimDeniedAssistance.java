package dev.palermo.checks.identification;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Assistance;
import dev.palermo.events.AssistanceStatus;
import dev.palermo.facts.Truth;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that an adult who may be a victim is not refused initial assistance because the person
 * is not (yet) formally identified. (A person who may be a child is judged by
 * {@link ChildRightsIndependentOfVictimStatus}.)
 *
 * <p>Rule: "from the moment that a person is recognized as potentially being a victim of
 * trafficking ... that person should be treated as a victim of trafficking for the purpose of
 * providing initial assistance and protection" ({@code seeds/004_a416d8ba61ae2dbe.txt:100}; Bali
 * Process, 106; presumption, 266); every victim, "irrespective of their involvement in any legal
 * process", has a right to immediate support and protection (OHCHR Commentary,
 * {@code seeds/003_d1561a5ed447703d.txt:168}). Strength: soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class PresumedVictimDeniedAssistance extends AbstractCheck {
  /** Creates the check. */
  public PresumedVictimDeniedAssistance() {
    super("presumed-victim-denied-assistance", "PAL-C-0007", Stage.IDENTIFICATION,
        List.of("sl-presumption-victim", "rpg-c-immediate"),
        List.of("events[assistance].status", "events[assistance].withheldForLackOfIdentification",
            "events[identification].status", "conducts", "persons[].ageEvidence"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Assistance> a : ctx.events(Assistance.class)) {
      if (a.event().status() != AssistanceStatus.WITHHELD) {
        continue;
      }
      LocalDate day = ctx.dayOf(a);
      if (ctx.mayBeChild(a.event().person(), day)
          || !ctx.victimOn(a.event().person(), day).isTrue()) {
        continue;
      }
      Truth reason = a.event().withheldForLackOfIdentification();
      if (reason.isTrue()) {
        out.add(finding(ctx.profileOn(day), a.at("withheldForLackOfIdentification"),
            a.event().type().code(), ctx.identificationOn(a.event().person(), day).code()));
      } else if (!reason.isKnown()) {
        out.add(cannotTell(a.at("withheldForLackOfIdentification"), a.event().type().code()));
      }
    }
    return out;
  }
}
