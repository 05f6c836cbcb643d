package dev.palermo.vocabulary;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;

/**
 * Whether a value of the definition's vocabulary belongs to the Trafficking Protocol's own text
 * (the baseline every State party must cover) or is an extension that some jurisdictions add. A
 * national definition may add extensions; a definition that drops a baseline value falls short of
 * the Protocol (DOMAIN.md §1 item 7; {@code seeds/003_d1561a5ed447703d.txt:106}).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum Tier implements Code {
  /** In the text of the Trafficking Protocol, art. 3(a). */
  BASELINE("baseline", "Protocol baseline"),
  /** Added by some jurisdictions beyond the Protocol's floor. */
  EXTENSION("extension", "Jurisdiction extension");

  private final String code;
  private final String label;

  Tier(String code, String label) {
    this.code = code;
    this.label = label;
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
    return Provision.of(Instrument.TIP_PROTOCOL, "3(a)");
  }
}
