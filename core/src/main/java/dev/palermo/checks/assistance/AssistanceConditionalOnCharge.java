package dev.palermo.checks.assistance;

import dev.palermo.events.AssistanceCondition;
import java.util.List;
import java.util.Set;

/**
 * Checks that assistance is not made conditional on the trafficker being charged or a case being
 * taken.
 *
 * <p>Rule: the protection and assistance of TIP Protocol art. 6 should not be conditional "on
 * those who trafficked them being charged with a trafficking offence. A victim of trafficking is
 * entitled to assistance whether or not a case is taken" ({@code seeds/004_a416d8ba61ae2dbe.txt:329},
 * citing OHCHR Fact Sheet No. 36, 341). Strength: soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class AssistanceConditionalOnCharge extends ConditionCheck {
  /** Creates the check. */
  public AssistanceConditionalOnCharge() {
    super("assistance-conditional-on-charge", "PAL-C-0042",
        List.of("sl-not-conditional-charge"),
        Set.of(AssistanceCondition.CHARGE_AGAINST_TRAFFICKER));
  }
}
