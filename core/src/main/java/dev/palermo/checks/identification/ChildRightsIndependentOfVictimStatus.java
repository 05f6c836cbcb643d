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
 * Checks that assistance to a person who may be a child is not withheld or ended because the
 * child is not (or not yet) identified as a victim of trafficking.
 *
 * <p>Rule: "Child rights apply regardless of whether or not a child is determined to be a victim
 * of trafficking. It is thus important to ensure that the process of identifying children as
 * victims of trafficking is not used to deny them rights to which they are entitled simply by
 * being children" ({@code seeds/004_a416d8ba61ae2dbe.txt:292}); the CRC applies to every child in
 * the State's jurisdiction and the child's best interests are paramount ({@code seeds/004…:282},
 * CRC art. 3). A person of uncertain age is treated as a child ({@code seeds/004…:282}).
 * Strength: binding as the seed states it (CRC).
 *
 * <p>Immutable and thread-safe.
 */
public final class ChildRightsIndependentOfVictimStatus extends AbstractCheck {
  /** Creates the check. */
  public ChildRightsIndependentOfVictimStatus() {
    super("child-rights-independent-of-victim-status", "PAL-C-0008", Stage.IDENTIFICATION,
        List.of("crc-juris", "crc-3"),
        List.of("events[assistance].status", "events[assistance].withheldForLackOfIdentification",
            "persons[].ageEvidence", "events[age-determination].assessment"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Assistance> a : ctx.events(Assistance.class)) {
      if (a.event().status() != AssistanceStatus.WITHHELD) {
        continue;
      }
      LocalDate day = ctx.dayOf(a);
      if (!ctx.mayBeChild(a.event().person(), day)) {
        continue;
      }
      Truth reason = a.event().withheldForLackOfIdentification();
      if (reason.isTrue()) {
        out.add(finding(ctx.profileOn(day), a.at("withheldForLackOfIdentification"),
            a.event().type().code(), ctx.childOn(a.event().person(), day).code()));
      } else if (!reason.isKnown()) {
        out.add(cannotTell(a.at("withheldForLackOfIdentification"), a.event().type().code()));
      }
    }
    return out;
  }
}
