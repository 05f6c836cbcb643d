package dev.palermo.checks.assistance;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Assistance;
import dev.palermo.events.AssistanceStatus;
import dev.palermo.facts.Truth;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that assistance given to a victim rests on the person's informed consent.
 *
 * <p>Rule: "protection and assistance should be on the basis of informed consent, and ... victims
 * should not be coerced or forced into receiving any services"
 * ({@code seeds/004_a416d8ba61ae2dbe.txt:329}, citing OHCHR RPG Guideline 6; children must not be
 * coerced into receiving protection and support, 335); victims "should not be required to accept
 * any such support" (RPG Guideline 6.3, {@code seeds/004…:369}); victims should be able "to make
 * informed decisions on whether to accept or refuse care and support"
 * ({@code seeds/000_4ef45050c65d0a55.txt:615}). Where the person lacks legal capacity (004:329
 * notes "nuances"), record as consent the informed decision taken for the person by a guardian.
 * Strength: soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class InformedConsentToServices extends AbstractCheck {
  /** Creates the check. */
  public InformedConsentToServices() {
    super("informed-consent-to-services", "PAL-C-0045", Stage.ASSISTANCE,
        List.of("sl-consent-services", "rpg-g6-3"),
        List.of("events[assistance].status", "events[assistance].informedConsent"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Assistance> a : ctx.events(Assistance.class)) {
      if (a.event().status() != AssistanceStatus.GIVEN) {
        continue;
      }
      Truth consent = a.event().informedConsent();
      if (consent.isFalse()) {
        out.add(finding(ctx.profileOn(ctx.dayOf(a)), a.at("informedConsent"),
            a.event().type().code()));
      } else if (!consent.isKnown()) {
        out.add(cannotTell(a.at("informedConsent"), a.event().type().code()));
      }
    }
    return out;
  }
}
