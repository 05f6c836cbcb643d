package dev.palermo.checks.assistance;

import dev.palermo.events.AssistanceCondition;
import java.util.List;
import java.util.Set;

/**
 * Checks that assistance is not made conditional on the victim's cooperation with the criminal
 * investigation, prosecution or trial (testimony included).
 *
 * <p>Rule: Member States must "ensure that assistance and support for a victim are not made
 * conditional on the victim's willingness to cooperate in the criminal investigation, prosecution
 * or trial" (EU Directive 2011/36/EU art. 11(3), {@code seeds/000_4ef45050c65d0a55.txt:241},
 * 257); Legislative Guide Part 2 para. 62 ({@code seeds/000…:241}, 253); care "not conditional on
 * their willingness to cooperate in legal proceedings" (OHCHR RPG Guideline 6,
 * {@code seeds/004_a416d8ba61ae2dbe.txt:325}); assist victims "regardless of whether or not they
 * cooperated" (Working Group 2010/6 para. 36, {@code seeds/001…:132}); for children,
 * {@code seeds/004…:335}. Strength: binding where the Directive binds, soft law elsewhere.
 *
 * <p>Immutable and thread-safe.
 */
public final class AssistanceConditionalOnCooperation extends ConditionCheck {
  /** Creates the check. */
  public AssistanceConditionalOnCooperation() {
    super("assistance-conditional-on-cooperation", "PAL-C-0041",
        List.of("eu-11-3", "sl-lg-62", "rpg-g6-0", "sl-wg-2010-6-36"),
        Set.of(AssistanceCondition.COOPERATION, AssistanceCondition.TESTIMONY));
  }
}
