package dev.palermo.person;

import java.time.LocalDate;

/** Age evidence that tells nothing. Immutable and thread-safe (a singleton). */
final class UnknownAge implements AgeEvidence {
  static final UnknownAge INSTANCE = new UnknownAge();

  private UnknownAge() {}

  @Override
  public AgeEvidenceKind kind() {
    return AgeEvidenceKind.UNKNOWN;
  }

  @Override
  public AgeRange ageOn(LocalDate day) {
    return AgeRange.unknown();
  }

  @Override
  public String toString() {
    return "AgeEvidence{unknown}";
  }
}
