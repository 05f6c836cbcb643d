package dev.palermo.examples;

import dev.palermo.casefile.Case;
import dev.palermo.jurisdiction.Jurisdiction;
import java.util.List;
import java.util.Objects;

/**
 * A fictional sample case with a one-line description and the jurisdictions it is meant to be
 * compared under (besides the Protocol baseline). Immutable and thread-safe.
 */
public final class SampleCase {
  private final Case theCase;
  private final String description;
  private final List<Jurisdiction> jurisdictions;

  private SampleCase(Case theCase, String description, List<Jurisdiction> jurisdictions) {
    this.theCase = theCase;
    this.description = description;
    this.jurisdictions = jurisdictions;
  }

  /**
   * A sample case.
   *
   * @param theCase the case
   * @param description what it shows, in one line
   * @param jurisdictions the jurisdictions to assess it under, the Protocol first
   * @return the sample
   */
  public static SampleCase of(Case theCase, String description, List<Jurisdiction> jurisdictions) {
    return new SampleCase(Objects.requireNonNull(theCase), Objects.requireNonNull(description),
        List.copyOf(jurisdictions));
  }

  /** @return the case */
  public Case theCase() {
    return theCase;
  }

  /** @return what the case shows */
  public String description() {
    return description;
  }

  /** @return the jurisdictions to assess it under, the Protocol first */
  public List<Jurisdiction> jurisdictions() {
    return jurisdictions;
  }
}
