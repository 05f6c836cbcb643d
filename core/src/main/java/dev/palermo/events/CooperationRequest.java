package dev.palermo.events;

import dev.palermo.casefile.CaseEvent;
import dev.palermo.facts.CountryCode;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.person.PersonId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request for international cooperation in a criminal matter: extradition, mutual legal
 * assistance of one of the types listed at seeds/000_4ef45050c65d0a55.txt:557, transfer of
 * proceedings, a joint investigation team, informal police cooperation or video-link testimony
 * ({@link CooperationType}). Cooperation is "subject to a range of international legal rules that
 * aim to ensure the rights of all persons involved, including suspects"
 * (seeds/000_4ef45050c65d0a55.txt:515): extradition is denied where the person may face the death
 * penalty, torture or ill-treatment, a discriminatory prosecution, a second trial for the same
 * conduct, or conduct that is not an offence in the requested State, and may be refused without a
 * fair-trial assurance (seeds/000_4ef45050c65d0a55.txt:533; UNTOC art. 16(14)); a State that does
 * not extradite its national must prosecute (UNTOC art. 16(10), seeds/000_4ef45050c65d0a55.txt:535,
 * 553); victims' confidentiality and safety come first (seeds/001_ab6577e9586ed171.txt:148, 150);
 * the forum for a transfer of proceedings is chosen transparently
 * (seeds/001_ab6577e9586ed171.txt:248).
 *
 * <p>The person is the one the request concerns: the person sought for extradition, a suspect
 * or a victim whose evidence, data or appearance is sought. The requesting and requested
 * jurisdictions are ids of built-in jurisdiction profiles
 * ({@link dev.palermo.jurisdiction.Jurisdictions#byId}), used for dual criminality.
 *
 * <p>Nullness: {@link #person()} and {@link #type()} are required; facts default to unknown,
 * optional values to empty. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class CooperationRequest implements CaseEvent, WithCooperationRequest {
  /** The stable code of this kind of event. */
  public static final String KIND = "cooperation-request";

  CooperationRequest() {}

  @Override
  public String kind() {
    return KIND;
  }

  /** @return the person the request concerns: the person sought, a suspect or a victim */
  @Override
  public abstract PersonId person();

  /** @return when the request was made, if known */
  @Override
  public abstract Optional<DateSpan> when();

  /** @return the kind of cooperation */
  public abstract CooperationType type();

  /** @return the State making the request, if recorded */
  public abstract Optional<CountryCode> requestingState();

  /** @return the State asked, if recorded */
  public abstract Optional<CountryCode> requestedState();

  /**
   * The id of the built-in jurisdiction profile whose law is the requesting State's, for dual
   * criminality (UNTOC art. 16(1)).
   *
   * @return the id, if recorded
   */
  public abstract Optional<String> requestingJurisdiction();

  /**
   * The id of the built-in jurisdiction profile whose law is the requested State's, for dual
   * criminality (UNTOC art. 16(1); "not an offence in the requested State",
   * seeds/000_4ef45050c65d0a55.txt:533).
   *
   * @return the id, if recorded
   */
  public abstract Optional<String> requestedJurisdiction();

  /**
   * Whether the person may be subject to the death penalty in the requesting State
   * (seeds/000_4ef45050c65d0a55.txt:533, 417). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth deathPenaltyRisk() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the requesting State gave an assurance that the death penalty will not be imposed or
   * carried out. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth deathPenaltyAssurance() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether there are substantial grounds for believing that the person would be in danger of
   * torture or other cruel, inhuman or degrading treatment or punishment (CAT art. 3(1);
   * seeds/000_4ef45050c65d0a55.txt:533). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth tortureRisk() {
    return Truth.UNKNOWN;
  }

  /**
   * The grounds of UNTOC art. 16(14) on account of which there are substantial grounds for
   * believing the request was made to prosecute or punish the person, or that complying would
   * prejudice the person's position (seeds/000_4ef45050c65d0a55.txt:545). Nothing known by
   * default.
   *
   * @return what is known of each ground
   */
  @Value.Default
  public FactSet<DiscriminationGround> discriminationGrounds() {
    return FactSet.unknown();
  }

  /**
   * Whether the conduct has already been the subject of a final acquittal or punishment
   * (seeds/000_4ef45050c65d0a55.txt:533; ne bis in idem, seeds/001_ab6577e9586ed171.txt:248).
   * Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth priorFinalJudgment() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the requesting State assured that the person will receive the minimum procedural
   * guarantees essential to a fair trial (seeds/000_4ef45050c65d0a55.txt:533). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth fairTrialAssurance() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the person is a national of the requested State (UNTOC art. 16(10);
   * seeds/000_4ef45050c65d0a55.txt:553). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth personIsNationalOfRequested() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the requested State refused the request (false: granted or executed). Unknown by
   * default, also while the request is pending.
   *
   * @return what is known
   */
  @Value.Default
  public Truth refused() {
    return Truth.UNKNOWN;
  }

  /**
   * After a refusal to extradite, whether the requested State submitted the case to its own
   * authorities for prosecution ("extradite or prosecute", UNTOC art. 16(10); CoE Convention
   * art. 31(3); seeds/000_4ef45050c65d0a55.txt:535). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth prosecutedInstead() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the request, or the documents or information exchanged under it, disclose a victim's
   * identity or personal data (seeds/001_ab6577e9586ed171.txt:148). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth victimIdentityOrDataShared() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the disclosure is protected by confidentiality safeguards, such as redaction or an
   * undertaking by the recipient (TIP Protocol art. 6(1); seeds/001_ab6577e9586ed171.txt:112,
   * 148). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth dataSafeguards() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the cooperation puts a victim at risk of threats, retribution, intimidation or
   * retraumatisation, for instance by the alleged perpetrator's presence after extradition
   * (seeds/001_ab6577e9586ed171.txt:150). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth victimAtRisk() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether a plan to protect the victim's safety accompanies the cooperation (UNTOC arts. 24,
   * 25(1); seeds/001_ab6577e9586ed171.txt:150). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth victimSafetyPlan() {
    return Truth.UNKNOWN;
  }

  /**
   * For a transfer of proceedings, whether the State that will prosecute was chosen in a
   * transparent and objective way (seeds/001_ab6577e9586ed171.txt:248). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth forumChoiceTransparent() {
    return Truth.UNKNOWN;
  }

  /**
   * For a request for a victim's testimony or appearance, whether it is not possible or not
   * desirable for the victim to appear in person in the requesting State (UNTOC art. 18(18),
   * seeds/001_ab6577e9586ed171.txt:244). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth appearanceInPersonUnsuitable() {
    return Truth.UNKNOWN;
  }

  /**
   * For a request for a victim's testimony or appearance, whether a hearing by video link was
   * offered or arranged (UNTOC art. 18(18), seeds/001_ab6577e9586ed171.txt:244, 97). Unknown by
   * default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth videoLinkOffered() {
    return Truth.UNKNOWN;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CooperationRequest}; not thread-safe, use once. */
  public static final class Builder extends ImmutableCooperationRequest.Builder {}
}
