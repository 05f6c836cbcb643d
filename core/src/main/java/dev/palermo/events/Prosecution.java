package dev.palermo.events;

import dev.palermo.casefile.CaseEvent;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.person.PersonId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The prosecution of a suspect or defendant, natural or legal person, for an offence: arrest and
 * pre-trial detention, the fair-trial guarantees of ICCPR art. 14 (the table at
 * seeds/004_a416d8ba61ae2dbe.txt:696-713), the provenance of the evidence (CAT art. 15) and the
 * balance between protecting victim-witnesses and the defence's right to test the evidence. "The
 * pursuit of traffickers can never be at the expense of international rules governing the
 * administration of justice" (seeds/000_4ef45050c65d0a55.txt:359); these rules protect every
 * person, including alleged traffickers and smugglers (seeds/004_a416d8ba61ae2dbe.txt:662).
 *
 * <p>Each guarantee is a three-valued fact: TRUE when it was respected, FALSE when it was not.
 * The ICCPR sub-paragraph letters are the Covenant's; the table at seeds/004 lines 703-705 gives
 * some of them differently (see the catalogue's note on line 672).
 *
 * <p>Nullness: {@link #person()} is required; facts default to unknown, optional values to
 * empty. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class Prosecution implements CaseEvent, WithProsecution {
  /** The stable code of this kind of event. */
  public static final String KIND = "prosecution";

  Prosecution() {}

  @Override
  public String kind() {
    return KIND;
  }

  /** @return the suspect or defendant */
  @Override
  public abstract PersonId person();

  /** @return when the proceedings began, if known */
  @Override
  public abstract Optional<DateSpan> when();

  /**
   * The code of the offence charged, as the jurisdiction's law names it (e.g. a statute
   * section). A code, never free text about a person.
   *
   * @return the offence code, if recorded
   */
  public abstract Optional<String> offence();

  /**
   * Whether the suspect or defendant is a legal person (a company, business enterprise or charitable organization) rather than a natural person; the Protocols target both (seeds/004_a416d8ba61ae2dbe.txt:123; seeds/000_4ef45050c65d0a55.txt:383). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth legalPerson() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person was arrested or held in pre-trial detention in these proceedings. Pre-trial detention should be an exception and as short as possible (seeds/004_a416d8ba61ae2dbe.txt:511). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth pretrialDetention() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person held was brought promptly before a judge or other officer authorised to exercise judicial power, who reviewed the detention (ICCPR art. 9(3); seeds/004_a416d8ba61ae2dbe.txt:496, 511, 675). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth judicialReviewOfDetention() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person was informed promptly and in detail, in a language the person understands, of the nature and cause of the charge (ICCPR art. 14(3)(a); seeds/004_a416d8ba61ae2dbe.txt:703; seeds/000_4ef45050c65d0a55.txt:377). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth informedOfCharges() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person had adequate time and facilities to prepare the defence and to communicate with counsel of the person's choosing (ICCPR art. 14(3)(b); seeds/004_a416d8ba61ae2dbe.txt:672, 683, 704). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth adequateTimeAndFacilities() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person could defend himself or herself in person or through legal assistance of the person's choosing, was told of that right, and had legal assistance assigned, free of charge for want of means, where the interests of justice required it (ICCPR art. 14(3)(d); seeds/004_a416d8ba61ae2dbe.txt:683, 706). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth counselOrLegalAid() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the guarantee of an interpreter was met: TRUE when the person understands and speaks the language used in court or had the free assistance of an interpreter; FALSE when the person needed one and did not have it (ICCPR art. 14(3)(f); seeds/004_a416d8ba61ae2dbe.txt:708). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth interpreter() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person could examine, or have examined, the witnesses against him or her, and obtain the attendance and examination of witnesses on his or her behalf under the same conditions (ICCPR art. 14(3)(e); seeds/004_a416d8ba61ae2dbe.txt:707; seeds/000_4ef45050c65d0a55.txt:377). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth examineWitnesses() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person was free from compulsion to testify against himself or herself or to confess guilt (ICCPR art. 14(3)(g); seeds/004_a416d8ba61ae2dbe.txt:709). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth notCompelledToTestify() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the hearing was public and the judgment made public, or the public was excluded only on a ground the law allows, such as the interests of a juvenile person (ICCPR art. 14(1); seeds/004_a416d8ba61ae2dbe.txt:701; seeds/000_4ef45050c65d0a55.txt:359, 377). FALSE: closed without such a ground. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth publicHearing() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person could have the conviction and sentence reviewed by a higher tribunal according to law (ICCPR art. 14(5); seeds/004_a416d8ba61ae2dbe.txt:711). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth appeal() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person had already been finally convicted or acquitted of the same offence, so that these proceedings try or punish the person again for it (ICCPR art. 14(7); seeds/004_a416d8ba61ae2dbe.txt:713). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth priorFinalJudgment() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person was tried without undue delay, the proceedings started and completed within a reasonable time (ICCPR art. 14(3)(c); seeds/004_a416d8ba61ae2dbe.txt:682, 705). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth withoutUndueDelay() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether any evidence in the case, including a confession, was elicited by torture or other cruel, inhuman or degrading treatment (CAT art. 15; seeds/004_a416d8ba61ae2dbe.txt:516, 673). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth evidenceObtainedByTorture() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether that evidence was used in the proceedings (CAT art. 15; seeds/004_a416d8ba61ae2dbe.txt:516). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth evidenceUsed() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether measures protecting a victim-witness were taken that change how the evidence is given, such as statements in lieu of testimony, screens, video-link, closed hearings or pre-trial depositions (seeds/000_4ef45050c65d0a55.txt:265; seeds/004_a416d8ba61ae2dbe.txt:593-595). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth victimProtectiveMeasures() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether, with those measures, the defence could still examine or have examined the witness and test the evidence given (seeds/000_4ef45050c65d0a55.txt:359, 377; ICCPR art. 14(3)(e)). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth defenceCouldTestEvidence() {
    return Truth.UNKNOWN;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Prosecution}; not thread-safe, use once. */
  public static final class Builder extends ImmutableProsecution.Builder {}
}
