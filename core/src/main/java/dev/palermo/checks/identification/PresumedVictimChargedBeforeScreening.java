package dev.palermo.checks.identification;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Charge;
import dev.palermo.events.OffenceCategory;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that nobody is charged, prosecuted or penalised for an offence commonly tied to
 * trafficking (immigration, prostitution, begging, false documents, labour) before being screened
 * as a possible victim.
 *
 * <p>Rule: before a person is arrested, charged, prosecuted or penalised for such an offence, a
 * screening for trafficking must be completed. Encodes {@code seeds/004_a416d8ba61ae2dbe.txt:80-82}
 * (victims "prosecuted for possession of false documents or illegal entry or stay ... contrary to
 * the principle of non-punishment"), {@code seeds/000_4ef45050c65d0a55.txt:611} (States
 * criminalising "sex crimes, begging, labor or immigration violations" "should take steps to ensure
 * that those prosecuted are not trafficked persons"), the presumption of victim status
 * ({@code seeds/004…:266}) and OHCHR RPG Principle 7 ({@code seeds/004…:88}). Strength: soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class PresumedVictimChargedBeforeScreening extends AbstractCheck {
  static final Set<OffenceCategory> STATUS_OFFENCES = EnumSet.of(OffenceCategory.IMMIGRATION,
      OffenceCategory.PROSTITUTION, OffenceCategory.BEGGING, OffenceCategory.FALSE_DOCUMENTS,
      OffenceCategory.LABOUR);

  /** Creates the check. */
  public PresumedVictimChargedBeforeScreening() {
    super("presumed-victim-charged-before-screening", "PAL-C-0001", Stage.IDENTIFICATION,
        List.of("sl-screen-before-prosecution", "sl-presumption-victim", "rpg-p7"),
        List.of("events[charge].offence", "events[charge].stage", "events[charge].when",
            "events[identification].status", "events[identification].screeningCompleted",
            "events[identification].when"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Charge> c : ctx.events(Charge.class)) {
      if (!STATUS_OFFENCES.contains(c.event().offence())) {
        continue;
      }
      LocalDate day = ctx.dayOf(c);
      Screening.Known screened = Screening.completedBy(ctx, c.event().person(), day);
      switch (screened.truth()) {
        case FALSE:
          out.add(finding(ctx.profileOn(day), c.at("stage"), c.event().stage().code(),
              c.event().offence().code(), day.toString()));
          break;
        case UNKNOWN:
          out.add(cannotTell(screened.unknownAt(), c.event().offence().code()));
          break;
        default:
          break;
      }
    }
    return out;
  }
}
