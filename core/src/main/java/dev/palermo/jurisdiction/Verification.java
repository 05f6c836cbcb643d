package dev.palermo.jurisdiction;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * How far a point of a built-in profile has been checked against its source. Profiles must state
 * their sources and what was verified (issue "Foundation"); a point taken from recollection of an
 * official text that none of the project's sources quotes is flagged
 * {@link #UNVERIFIED} and should be checked against the official text.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum Verification implements Code {
  /** The text is quoted in a seed document (file and line given). */
  QUOTED_IN_SEEDS("quoted-in-seeds", "Quoted in the seed documents"),
  /** Stated in the legal brief, DOMAIN.md, not quoted in the seeds. */
  STATED_IN_BRIEF("stated-in-brief", "Stated in the legal brief"),
  /** From the official text as recalled; neither the seeds nor the brief state it. */
  UNVERIFIED("unverified", "Not verified against a project source");

  private final String code;
  private final String label;

  Verification(String code, String label) {
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
    return Provision.of(Instrument.PALERMO_BRIEF, "3");
  }
}
