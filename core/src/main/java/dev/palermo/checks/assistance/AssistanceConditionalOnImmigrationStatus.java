package dev.palermo.checks.assistance;

import dev.palermo.events.AssistanceCondition;
import java.util.List;
import java.util.Set;

/**
 * Checks that assistance is not made conditional on the victim's citizenship or immigration
 * status.
 *
 * <p>Rule: victim protection and assistance "not contingent on the citizenship and immigration
 * status of the victim" (Working Group 2009/2 para. 13(a),
 * {@code seeds/001_ab6577e9586ed171.txt:109}); States should review policies that leave migrants
 * in an irregular situation without protection ({@code seeds/003_d1561a5ed447703d.txt:254});
 * "non-citizen children must be entitled to care on an equal basis to citizens"
 * ({@code seeds/004_a416d8ba61ae2dbe.txt:335}, 282, 292). Strength: soft law (the child rule as
 * the seed states it).
 *
 * <p>Immutable and thread-safe.
 */
public final class AssistanceConditionalOnImmigrationStatus extends ConditionCheck {
  /** Creates the check. */
  public AssistanceConditionalOnImmigrationStatus() {
    super("assistance-conditional-on-immigration-status", "PAL-C-0043",
        List.of("sl-wg-2009-13", "sl-irregular-no-exclusion", "crc-juris"),
        Set.of(AssistanceCondition.IMMIGRATION_STATUS));
  }
}
