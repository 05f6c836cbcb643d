package dev.palermo.checks.assistance;

import dev.palermo.events.AssistanceCondition;
import java.util.List;
import java.util.Set;

/**
 * Checks that assistance is not made conditional on the victim's willingness to act as a witness.
 *
 * <p>Rule: parties must "ensure that assistance to a victim is not made conditional on his or her
 * willingness to act as a witness" (CoE Convention art. 12(6),
 * {@code seeds/000_4ef45050c65d0a55.txt:241}, 255; a legally compellable witness must still testify,
 * 255, which does not make assistance conditional); shelter "should not be made contingent on the
 * willingness of the victims to give evidence" (OHCHR RPG Guideline 6.2,
 * {@code seeds/004_a416d8ba61ae2dbe.txt:368}); support "shall ... not be made conditional upon the
 * victim's capacity or willingness to cooperate in legal proceedings" (Legislative Guide Part 2
 * para. 62, {@code seeds/000…:241}, 253); "the absence of testimony would not rule out the
 * provision of assistance" (Working Group 2010/6 para. 36, {@code seeds/001…:132}). Strength:
 * binding where the CoE Convention binds; a testimony condition is also a cooperation condition
 * under EU art. 11(3), judged by {@link AssistanceConditionalOnCooperation}.
 *
 * <p>Immutable and thread-safe.
 */
public final class AssistanceConditionalOnTestimony extends ConditionCheck {
  /** Creates the check. */
  public AssistanceConditionalOnTestimony() {
    super("assistance-conditional-on-testimony", "PAL-C-0040",
        List.of("coe-12-6", "sl-lg-62", "rpg-g6-2", "sl-wg-2010-6-36"),
        Set.of(AssistanceCondition.TESTIMONY));
  }
}
