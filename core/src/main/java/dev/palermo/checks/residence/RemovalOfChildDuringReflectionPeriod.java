package dev.palermo.checks.residence;

import java.util.List;

/**
 * Removal of a child during a reflection period: a person who is, or may be, a child (age
 * uncertain: treated as a child, seeds/004 line 282) deported, or returned against the child's
 * will, by a decision dated inside a reflection period of the child.
 *
 * <p>Rule: States should grant child victims a reflection period, and "No deportation shall be
 * carried out during this period" (UNICEF Guidelines, seeds/003 lines 276, 288). Soft law: a
 * recommendation in every jurisdiction.
 *
 * <p>Immutable and thread-safe.
 */
public final class RemovalOfChildDuringReflectionPeriod extends RemovalDuringReflectionCheck {
  /** Creates the check. */
  public RemovalOfChildDuringReflectionPeriod() {
    super("removal-of-child-during-reflection-period", "PAL-C-0132",
        List.of("sl-unicef-reflection", "crc-3"), true);
  }
}
