package dev.palermo.state;

import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.internal.PalermoStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One trafficking investigation reviewed in a {@link StateResponse}, with the indicia of an
 * effective investigation the source gives: "In evaluating investigations, relevant factors may
 * include: the independence of the investigators; the promptness of the investigation; whether
 * reasonable steps were taken to secure evidence concerning the incident; and whether
 * investigation or its results are open to public scrutiny" (seeds/000_4ef45050c65d0a55.txt:311,
 * drawn from Finucane v. United Kingdom, fn 65 at line 323).
 *
 * <p>Holds no personal data: the {@linkplain #reference() reference} is the authority's file
 * number and never appears in a message. Nullness: every attribute has a default (facts unknown,
 * optional values empty). Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class Investigation implements WithInvestigation {
  Investigation() {}

  /** @return the authority's reference for the investigation, if recorded (never in messages) */
  public abstract Optional<String> reference();

  /** @return when the investigation ran, if known */
  public abstract Optional<DateSpan> when();

  /**
   * Whether the investigators were independent (seeds/000_4ef45050c65d0a55.txt:311). Unknown by
   * default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth investigatorsIndependent() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the investigation was prompt (seeds/000_4ef45050c65d0a55.txt:311). Unknown by
   * default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth prompt() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether reasonable steps were taken to secure evidence concerning the incident
   * (seeds/000_4ef45050c65d0a55.txt:311). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth evidenceSecured() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the investigation or its results are open to public scrutiny
   * (seeds/000_4ef45050c65d0a55.txt:311). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth openToPublicScrutiny() {
    return Truth.UNKNOWN;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Investigation}; not thread-safe, use once. */
  public static final class Builder extends ImmutableInvestigation.Builder {}
}
