package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Kinds of assistance and protection offered to victims: TIP Protocol art. 6(3) (housing,
 * counselling and information, medical, psychological and material assistance, employment,
 * educational and training opportunities), art. 6(5) physical safety, OHCHR RPG Guideline 6
 * (shelter, health care, legal assistance, consular information, voluntary testing) (seeds/004
 * lines 367-375; seeds/003 line 116).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum AssistanceType implements Code {
  /** Appropriate housing. */
  HOUSING("housing", "Appropriate housing"),
  /** Counselling and information. */
  COUNSELLING_AND_INFORMATION("counselling-and-information", "Counselling and information"),
  /** Medical assistance. */
  MEDICAL("medical", "Medical assistance"),
  /** Psychological assistance. */
  PSYCHOLOGICAL("psychological", "Psychological assistance"),
  /** Material assistance. */
  MATERIAL("material", "Material assistance"),
  /** Employment, educational and training opportunities. */
  EMPLOYMENT_EDUCATION_TRAINING("employment-education-training", "Employment, educational and training opportunities"),
  /** Physical safety (TIP art. 6(5)). */
  PHYSICAL_SAFETY("physical-safety", "Physical safety"),
  /** Shelter (RPG Guideline 6). */
  SHELTER("shelter", "Shelter"),
  /** Legal assistance (RPG Guideline 6). */
  LEGAL_ASSISTANCE("legal-assistance", "Legal assistance"),
  /** Interpretation and translation (CoE art. 12). */
  INTERPRETATION("interpretation", "Interpretation and translation"),
  /** Testing for diseases, including HIV (RPG Guideline 6.3, seeds/004 line 369). */
  DISEASE_TESTING("disease-testing", "Testing for diseases, including HIV"),
  /** Other assistance. */
  OTHER("other", "Other assistance");

  private final String code;
  private final String label;

  AssistanceType(String code, String label) {
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
    return Provision.of(Instrument.TIP_PROTOCOL, "6(3)");
  }
}
