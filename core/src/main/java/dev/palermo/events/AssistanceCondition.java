package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Conditions that must not be attached to assistance: cooperation with the authorities, testimony
 * or acting as a witness, a charge against the trafficker (Legislative Guide part 2 para 62; CoE
 * art. 12(6); EU art. 11(3); seeds/000 lines 229-241; seeds/004 line 329).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum AssistanceCondition implements Code {
  /** Cooperation with the authorities (seeds/000 line 229). */
  COOPERATION("cooperation", "Cooperation with the authorities"),
  /** Testimony or acting as a witness (seeds/000 line 241). */
  TESTIMONY("testimony", "Testimony or acting as a witness"),
  /** A charge against the trafficker or a case opened (seeds/004 line 329). */
  CHARGE_AGAINST_TRAFFICKER("charge-against-trafficker", "A charge against the trafficker or a case opened"),
  /** Immigration status or citizenship (seeds/001 line 109). */
  IMMIGRATION_STATUS("immigration-status", "Immigration status or citizenship");

  private final String code;
  private final String label;

  AssistanceCondition(String code, String label) {
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
    return Provision.of(Instrument.COE_CONVENTION, "12(6)");
  }
}
