package dev.palermo.report;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * How serious a {@link Problem} is. Input problems are {@link #ERROR} (the case cannot be
 * assessed) or {@link #WARNING}; safeguard findings take their severity from the provision's
 * strength and whether the jurisdiction is bound by it (DOMAIN.md §6): {@link #VIOLATION},
 * {@link #CONCERN} or {@link #RECOMMENDATION}, or {@link #CANNOT_TELL} when the facts needed are
 * unknown (never a silent pass).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum Severity implements Code {
  /** The input is invalid: the case cannot be assessed until it is corrected. */
  ERROR("error", "Error"),
  /** The input is suspicious but can be assessed. */
  WARNING("warning", "Warning"),
  /** A binding obligation on the jurisdiction was not respected. */
  VIOLATION("violation", "Violation"),
  /** A hortatory or not-binding rule was not followed, or a binding one may not have been. */
  CONCERN("concern", "Concern"),
  /** Soft law or guidance that was not followed. */
  RECOMMENDATION("recommendation", "Recommendation"),
  /** The facts needed to apply the rule are unknown. */
  CANNOT_TELL("cannot-tell", "Cannot tell");

  private final String code;
  private final String label;

  Severity(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** @return true only for {@link #ERROR}: the case must not be assessed */
  public boolean blocksAssessment() {
    return this == ERROR;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public Provision definedBy() {
    return Provision.of(Instrument.PALERMO_BRIEF, "6");
  }
}
