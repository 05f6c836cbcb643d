package dev.palermo.checks.assistance;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Assistance;
import dev.palermo.events.AssistanceType;
import dev.palermo.facts.Truth;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that victims are not subjected to mandatory testing for diseases, including HIV/AIDS.
 *
 * <p>Rule: trafficked persons "should not be subject to mandatory testing for diseases, including
 * HIV/AIDS" (OHCHR RPG Guideline 6.3, {@code seeds/004_a416d8ba61ae2dbe.txt:369}; the informed
 * consent principle "may include not subjecting victims to mandatory testing for HIV/AIDS or other
 * diseases", 329). The seed's note 57 ({@code seeds/004…:339}) accepts that mandatory testing "may
 * be a justifiable limitation on public health emergency grounds, where necessary, not arbitrary
 * and in accordance with law": a test recorded with that justification passes. Strength: soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class MandatoryDiseaseTesting extends AbstractCheck {
  /** Creates the check. */
  public MandatoryDiseaseTesting() {
    super("mandatory-disease-testing", "PAL-C-0046", Stage.ASSISTANCE,
        List.of("rpg-g6-3", "sl-consent-services"),
        List.of("events[assistance].type", "events[assistance].mandatory",
            "events[assistance].publicHealthJustification"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Assistance> a : ctx.events(Assistance.class)) {
      if (a.event().type() != AssistanceType.DISEASE_TESTING) {
        continue;
      }
      Truth mandatory = a.event().mandatory();
      if (mandatory.isTrue() && !a.event().publicHealthJustification().isTrue()) {
        out.add(finding(ctx.profileOn(ctx.dayOf(a)), a.at("mandatory"),
            a.event().publicHealthJustification().code()));
      } else if (!mandatory.isKnown()) {
        out.add(cannotTell(a.at("mandatory")));
      }
    }
    return out;
  }
}
