package dev.palermo.checks.residence;

import java.util.List;

/**
 * Removal of an adult during a reflection period: an adult deported, or returned against the
 * person's will, by a decision dated inside a reflection period of the person.
 *
 * <p>Rule, and its weak source: the sources say reflection and recovery periods with
 * unconditional assistance "should be encouraged" (seeds/000 line 615) and that a decision to
 * return should be free and informed, made after "a period of time for reflection" (seeds/001 line
 * 176); removal during the period defeats it. The Council of Europe Convention's own ban on
 * removal during the period (art. 13) is not in the sources, so it is not cited and the check
 * reports the strength the catalogue gives its source: soft law, a recommendation in every
 * jurisdiction, including Council of Europe parties.
 *
 * <p>Immutable and thread-safe.
 */
public final class RemovalDuringReflectionPeriod extends RemovalDuringReflectionCheck {
  /** Creates the check. */
  public RemovalDuringReflectionPeriod() {
    super("removal-during-reflection-period", "PAL-C-0133",
        List.of("sl-reflection-encouraged"), false);
  }
}
