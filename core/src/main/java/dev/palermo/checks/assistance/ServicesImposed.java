package dev.palermo.checks.assistance;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Assistance;
import dev.palermo.events.AssistanceStatus;
import dev.palermo.events.AssistanceType;
import dev.palermo.facts.Truth;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a victim is not required to accept support or assistance (disease testing is
 * judged by {@link MandatoryDiseaseTesting}).
 *
 * <p>Rule: "Trafficked persons should not be required to accept any such support and assistance"
 * (OHCHR RPG Guideline 6.3, {@code seeds/004_a416d8ba61ae2dbe.txt:369}); victims "should not be
 * coerced or forced into receiving any services" ({@code seeds/004…:329}; for children, 335).
 * Assistance accepted with informed consent was not imposed. Strength: soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class ServicesImposed extends AbstractCheck {
  /** Creates the check. */
  public ServicesImposed() {
    super("services-imposed", "PAL-C-0047", Stage.ASSISTANCE,
        List.of("rpg-g6-3", "sl-consent-services"),
        List.of("events[assistance].type", "events[assistance].status",
            "events[assistance].mandatory", "events[assistance].informedConsent"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Assistance> a : ctx.events(Assistance.class)) {
      Assistance e = a.event();
      if (e.type() == AssistanceType.DISEASE_TESTING
          || (e.status() != AssistanceStatus.GIVEN && e.status() != AssistanceStatus.OFFERED)) {
        continue;
      }
      Truth mandatory = e.mandatory();
      if (mandatory.isTrue()) {
        out.add(finding(ctx.profileOn(ctx.dayOf(a)), a.at("mandatory"), e.type().code()));
      } else if (!mandatory.isKnown() && !e.informedConsent().isTrue()) {
        out.add(cannotTell(a.at("mandatory"), e.type().code()));
      }
    }
    return out;
  }
}
