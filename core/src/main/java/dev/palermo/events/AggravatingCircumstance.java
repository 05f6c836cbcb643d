package dev.palermo.events;

import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;

/**
 * Circumstances that make a trafficking offence graver in sentencing. The Council of Europe
 * Convention, art. 24, requires that these be regarded as aggravating circumstances: the offence
 * endangered the life of the victim or was committed against a child; it was committed by a
 * public official in the performance of her or his duties; it was committed within the framework
 * of a criminal organization (seeds/000_4ef45050c65d0a55.txt:405, 419, 445, 459; OHCHR Guideline
 * 4.3, seeds/000_4ef45050c65d0a55.txt:421, 433). Art. 25 provides for the possibility of taking
 * into account final sentences passed by another party (international recidivism;
 * seeds/000_4ef45050c65d0a55.txt:421, 435).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum AggravatingCircumstance implements Code {
  /** The offence was committed against a child (CoE art. 24). */
  CHILD_VICTIM("child-victim", "Committed against a child", "24"),
  /** The offence endangered the life of the victim (CoE art. 24). */
  ENDANGERED_LIFE("endangered-life", "Endangered the life of the victim", "24"),
  /** Committed by a public official in the performance of duties (CoE art. 24(c)). */
  PUBLIC_OFFICIAL("public-official",
      "Committed by a public official in the performance of duties", "24(c)"),
  /** Committed within the framework of a criminal organization (CoE art. 24). */
  CRIMINAL_ORGANIZATION("criminal-organization",
      "Committed within the framework of a criminal organization", "24"),
  /** Previous final convictions in another country (CoE art. 25). */
  PREVIOUS_CONVICTIONS_ABROAD("previous-convictions-abroad",
      "Previous final convictions in another country", "25");

  private final String code;
  private final String label;
  private final String article;

  AggravatingCircumstance(String code, String label, String article) {
    this.code = code;
    this.label = label;
    this.article = article;
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
    return Provision.of(Instrument.COE_CONVENTION, article);
  }
}
