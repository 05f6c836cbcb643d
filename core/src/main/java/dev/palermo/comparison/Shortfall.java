package dev.palermo.comparison;

import dev.palermo.law.NormativeStrength;
import dev.palermo.law.Provision;
import java.util.Objects;
import java.util.Optional;

/**
 * One way a profile's definition falls short of the Protocol floor: the kind, the code of the
 * missing value where there is one (an act, a means or a purpose code), a readable message and the
 * provision of the floor.
 *
 * <p>Immutable and thread-safe.
 */
public final class Shortfall {
  private final ShortfallKind kind;
  private final String subject;
  private final String message;

  private Shortfall(ShortfallKind kind, String subject, String message) {
    this.kind = kind;
    this.subject = subject;
    this.message = message;
  }

  /**
   * A shortfall.
   *
   * @param kind the kind
   * @param subject the code of the missing value, or null
   * @param message the message
   * @return the shortfall
   */
  public static Shortfall of(ShortfallKind kind, String subject, String message) {
    return new Shortfall(Objects.requireNonNull(kind), subject, Objects.requireNonNull(message));
  }

  /** @return the kind */
  public ShortfallKind kind() {
    return kind;
  }

  /** @return the code of the missing act, means or purpose, if the shortfall concerns one */
  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  /** @return the message */
  public String message() {
    return message;
  }

  /** @return the provision of the floor that is not met */
  public Provision citation() {
    return kind.definedBy();
  }

  /** @return the strength of the floor; {@link NormativeStrength#EMERGING} when contested */
  public NormativeStrength strength() {
    return kind.strength();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Shortfall && ((Shortfall) o).kind == kind
        && Objects.equals(((Shortfall) o).subject, subject)
        && ((Shortfall) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, subject, message);
  }

  @Override
  public String toString() {
    return kind.code() + (subject == null ? "" : "(" + subject + ")") + ": " + message + " ("
        + citation() + ")";
  }
}
