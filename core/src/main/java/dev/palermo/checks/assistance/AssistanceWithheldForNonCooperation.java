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
 * Checks that assistance is not withheld or ended because the person does not cooperate with the
 * authorities or does not testify.
 *
 * <p>Rule: assistance and support are "not made conditional on the victim's willingness to
 * cooperate in the criminal investigation, prosecution or trial" (EU Directive art. 11(3),
 * {@code seeds/000_4ef45050c65d0a55.txt:241}, 257; CoE Convention art. 12(6), 255; Legislative
 * Guide Part 2 para. 62, 253); States should "assist and protect victims, regardless of whether or
 * not they cooperated ... The absence of testimony would not rule out the provision of assistance"
 * (Working Group 2010/6 para. 36, {@code seeds/001_ab6577e9586ed171.txt:132}); care "not
 * conditional on their willingness to cooperate" (OHCHR RPG Guideline 6,
 * {@code seeds/004_a416d8ba61ae2dbe.txt:325}). Strength: binding where the Directive binds.
 *
 * <p>Immutable and thread-safe.
 */
public final class AssistanceWithheldForNonCooperation extends AbstractCheck {
  /** Creates the check. */
  public AssistanceWithheldForNonCooperation() {
    super("assistance-withheld-for-non-cooperation", "PAL-C-0044", Stage.ASSISTANCE,
        List.of("eu-11-3", "coe-12-6", "sl-lg-62", "sl-wg-2010-6-36", "rpg-g6-0"),
        List.of("events[assistance].status", "events[assistance].withheldForNonCooperation"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Assistance> a : ctx.events(Assistance.class)) {
      if (a.event().status() != AssistanceStatus.WITHHELD) {
        continue;
      }
      Truth reason = a.event().withheldForNonCooperation();
      if (reason.isTrue()) {
        out.add(finding(ctx.profileOn(ctx.dayOf(a)), a.at("withheldForNonCooperation"),
            a.event().type().code(), ctx.dayOf(a).toString()));
      } else if (!reason.isKnown()) {
        out.add(cannotTell(a.at("withheldForNonCooperation"), a.event().type().code()));
      }
    }
    return out;
  }
}
