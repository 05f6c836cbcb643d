package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Who screened or identified the person: the actors the sources name as first contacts (seeds/004
 * lines 262-264; seeds/000 line 621).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum IdentifyingActor implements Code {
  /** Police. */
  POLICE("police", "Police"),
  /** Border or immigration officer. */
  BORDER_OR_IMMIGRATION("border-or-immigration", "Border or immigration officer"),
  /** Labour inspector. */
  LABOUR_INSPECTOR("labour-inspector", "Labour inspector"),
  /** Social worker or social services. */
  SOCIAL_SERVICES("social-services", "Social worker or social services"),
  /** Health-care provider. */
  HEALTH("health", "Health-care provider"),
  /** Child-protection actor. */
  CHILD_PROTECTION("child-protection", "Child-protection actor"),
  /** Non-governmental organisation. */
  NGO("ngo", "Non-governmental organisation"),
  /** Embassy or consular official. */
  CONSULAR("consular", "Embassy or consular official"),
  /** Another actor. */
  OTHER("other", "Another actor");

  private final String code;
  private final String label;

  IdentifyingActor(String code, String label) {
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
    return Provision.of(Instrument.SEED_004, "262");
  }
}
