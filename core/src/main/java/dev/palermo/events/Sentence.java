package dev.palermo.events;

import dev.palermo.casefile.CaseEvent;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.person.PersonId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sentence passed on a person convicted of trafficking, smuggling or a related offence.
 * Sanctions must be effective, proportionate and dissuasive and take into account the gravity of
 * the offence (UNTOC arts. 10(4), 11(1); CoE art. 23; seeds/000_4ef45050c65d0a55.txt:383, 403;
 * seeds/004_a416d8ba61ae2dbe.txt:727, 740-742); mandatory minimums, corporal punishment and the
 * death penalty may fail human rights standards (seeds/004 line 727); the death penalty is
 * restricted to the most serious crimes and barred for children and pregnant women (ICCPR art. 6;
 * CRC art. 37; seeds/004 lines 786-788); aggravating circumstances (CoE arts. 24, 25) and a former
 * victim's victimisation (seeds/004 line 760) are to be weighed.
 *
 * <p>Nullness: {@link #person()} is required; facts default to unknown, optional values to
 * empty. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class Sentence implements CaseEvent, WithSentence {
  /** The stable code of this kind of event. */
  public static final String KIND = "sentence";

  Sentence() {}

  @Override
  public String kind() {
    return KIND;
  }

  /** @return the person sentenced */
  @Override
  public abstract PersonId person();

  /** @return when the sentence was passed, if known */
  @Override
  public abstract Optional<DateSpan> when();

  /** @return the code of the offence, as the jurisdiction's law names it, if recorded */
  public abstract Optional<String> offence();

  /** @return the main penalty imposed, if known */
  public abstract Optional<PenaltyKind> penalty();

  /** @return for a custodial penalty, its length in months, if known */
  public abstract Optional<Integer> custodyMonths();

  /**
   * The longest custodial penalty the law provides for the offence, in months. The CoE
   * Convention requires penalties that can give rise to extradition, which its Explanatory Report
   * reads as custodial penalties of at least one year (art. 23(1);
   * seeds/000_4ef45050c65d0a55.txt:383, 393); compared with
   * {@link dev.palermo.jurisdiction.JurisdictionProfile#minimumCustodyMonths()}.
   *
   * @return the statutory maximum, if known
   */
  public abstract Optional<Integer> statutoryMaximumCustodyMonths();

  /**
   * The aggravating circumstances present in the offence. Nothing known by default.
   *
   * @return what is known of each circumstance
   */
  @Value.Default
  public FactSet<AggravatingCircumstance> aggravations() {
    return FactSet.unknown();
  }

  /**
   * Whether a mandatory minimum penalty was applied, removing the court's discretion (seeds/000_4ef45050c65d0a55.txt:401, 403; seeds/004_a416d8ba61ae2dbe.txt:727). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth mandatoryMinimumApplied() {
    return Truth.UNKNOWN;
  }

  /**
   * For a death sentence, whether the offence is among 'the most serious crimes' for which alone ICCPR art. 6(2) allows the sentence of death (seeds/004_a416d8ba61ae2dbe.txt:786). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth mostSeriousCrime() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the offender was under eighteen when the offence was committed (CRC art. 37; ICCPR art. 6(5); seeds/004_a416d8ba61ae2dbe.txt:786, 788). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth offenderUnder18AtOffence() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the offender is a pregnant woman (ICCPR art. 6(5); seeds/004_a416d8ba61ae2dbe.txt:786). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth pregnant() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the aggravating circumstances present were taken into account in determining the penalty (CoE arts. 24, 25; seeds/000_4ef45050c65d0a55.txt:405, 421; seeds/004_a416d8ba61ae2dbe.txt:802). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth aggravationsConsidered() {
    return Truth.UNKNOWN;
  }

  /**
   * Where the offender is a former victim of trafficking, whether that victimisation was considered in mitigation (seeds/004_a416d8ba61ae2dbe.txt:666, 760, 770). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth formerVictimConsidered() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether a legal person (a company, business enterprise or charitable organization) was involved in the offence (seeds/000_4ef45050c65d0a55.txt:383). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth legalPersonInvolved() {
    return Truth.UNKNOWN;
  }

  /**
   * Where a legal person was involved, whether the law made it subject to effective, proportionate and dissuasive criminal or non-criminal sanctions, including monetary sanctions (UNTOC art. 10(4); CoE art. 23(2); seeds/000_4ef45050c65d0a55.txt:383, 397). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth legalPersonSanctionable() {
    return Truth.UNKNOWN;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Sentence}; not thread-safe, use once. */
  public static final class Builder extends ImmutableSentence.Builder {}
}
