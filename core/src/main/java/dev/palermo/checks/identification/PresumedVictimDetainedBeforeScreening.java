package dev.palermo.checks.identification;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import dev.palermo.events.DetentionKind;
import dev.palermo.events.DetentionReason;
import dev.palermo.facts.Truth;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a person who may be a victim is not held in immigration detention, or detained for
 * irregular entry or stay or to prepare a return, before screening has ruled out that possibility.
 *
 * <p>Rule: from the moment a person is recognised as potentially a victim, the person is treated
 * as a victim for initial assistance and protection ({@code seeds/004_a416d8ba61ae2dbe.txt:100},
 * 266), and trafficked persons "shall not be detained ... for the illegality of their entry into or
 * residence" (OHCHR RPG Principle 7, {@code seeds/004…:88}) nor "held in immigration detention
 * centres" (RPG Guideline 6.2, {@code seeds/004…:368}); non-punishment applies beyond criminal
 * justice ({@code seeds/004…:98-100}). Strength: soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class PresumedVictimDetainedBeforeScreening extends AbstractCheck {
  /** Creates the check. */
  public PresumedVictimDetainedBeforeScreening() {
    super("presumed-victim-detained-before-screening", "PAL-C-0003", Stage.IDENTIFICATION,
        List.of("sl-presumption-victim", "rpg-p7", "rpg-g6-2", "sl-np-beyond-cj"),
        List.of("events[detention].type", "events[detention].reasons", "events[detention].when",
            "events[identification].status", "events[identification].screeningCompleted",
            "conducts"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Detention> d : ctx.events(Detention.class)) {
      boolean immigration = d.event().type() == DetentionKind.IMMIGRATION_DETENTION;
      Truth statusBased = immigration ? Truth.TRUE : d.event().reasons().anyOf(
          List.of(DetentionReason.IMMIGRATION_STATUS, DetentionReason.PREPARE_RETURN));
      if (statusBased.isFalse()) {
        continue;
      }
      LocalDate day = ctx.dayOf(d);
      Screening.Known may = Screening.mayBeUnscreenedVictim(ctx, d.event().person(), day);
      if (may.truth().isFalse()) {
        continue;
      }
      if (!may.truth().isKnown()) {
        out.add(cannotTell(may.unknownAt(), day.toString()));
      } else if (!statusBased.isKnown()) {
        out.add(cannotTell(d.at("reasons"), day.toString()));
      } else {
        out.add(finding(ctx.profileOn(day), d.at(immigration ? "type" : "reasons"),
            d.event().type().code(), day.toString()));
      }
    }
    return out;
  }
}
