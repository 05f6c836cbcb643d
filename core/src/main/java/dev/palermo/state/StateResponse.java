package dev.palermo.state;

import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.internal.PalermoStyle;
import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A State's response to trafficking in persons over a period, as the due-diligence test of
 * seeds/000_4ef45050c65d0a55.txt §1.2.4 and §1.2.7 reads it: whether trafficking is an offence in
 * law, the numbers of investigations, arrests, prosecutions, convictions and victims identified
 * and protected (data the State "should be able to produce", line 327), the investigations
 * reviewed with the indicia of their effectiveness (line 311), the organisational factors
 * (identification procedures, specialised units, training: lines 305, 329-339), the factors of
 * a "full and effective" response (lines 311, 327), and the corruption factors (lines 447-449).
 * {@link DueDiligence#assess} judges it.
 *
 * <p>Its JSON form has one property per accessor, named as the accessor (so a finding's pointer
 * is, e.g., {@code /prosecutions} or {@code /investigationsReviewed/0/prompt}). Nullness:
 * {@link #jurisdiction()} and {@link #period()} are required; facts default to unknown, counts
 * to absent (unknown), lists to empty. Counts are never negative. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class StateResponse implements WithStateResponse {
  StateResponse() {}

  /**
   * @return the id of the State or jurisdiction whose response this is (need not equal the id
   *     of the jurisdiction profile it is judged by)
   */
  public abstract String jurisdiction();

  /** @return the period the response covers */
  public abstract DateSpan period();

  /**
   * Whether reliable evidence of a trafficking problem in the State was available in the period: the condition under which investigating no case, protecting no victim or prosecuting no perpetrator clearly fails the due-diligence test (seeds/000_4ef45050c65d0a55.txt:309). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth reliableEvidenceOfProblem() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether trafficking in persons is a criminal offence in the State's law during the period. Not criminalising trafficking clearly fails the due-diligence test (seeds/000_4ef45050c65d0a55.txt:309); the obligation to criminalise is in every specialist trafficking treaty (seeds/000_4ef45050c65d0a55.txt:119, 127). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth offenceInLaw() {
    return Truth.UNKNOWN;
  }

  /** @return the number of trafficking investigations opened in the period, if known */
  public abstract OptionalInt investigations();

  /** @return the number of arrests for trafficking and related offences in the period, if known */
  public abstract OptionalInt arrests();

  /** @return the number of trafficking prosecutions brought in the period, if known */
  public abstract OptionalInt prosecutions();

  /** @return the number of convictions for trafficking in the period, if known */
  public abstract OptionalInt convictions();

  /** @return the number of victims of trafficking identified in the period, if known */
  public abstract OptionalInt victimsIdentified();

  /** @return the number of victims of trafficking given protection in the period, if known */
  public abstract OptionalInt victimsProtected();

  /**
   * The investigations reviewed, each with the indicia of an effective investigation
   * (seeds/000_4ef45050c65d0a55.txt:311). Empty by default: nothing reviewed.
   *
   * @return the investigations, in order
   */
  public abstract List<Investigation> investigationsReviewed();

  /**
   * Whether procedures for the rapid and accurate identification of victims are in place (seeds/000_4ef45050c65d0a55.txt:305). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth identificationProcedures() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the State has a dedicated, specialised capacity to investigate trafficking (seeds/000_4ef45050c65d0a55.txt:305, 339). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth specialisedUnits() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the officials who identify, investigate, prosecute and adjudicate trafficking cases are trained (seeds/000_4ef45050c65d0a55.txt:329-337). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth training() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether an adequate legislative framework is in place (seeds/000_4ef45050c65d0a55.txt:311). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth adequateLegislativeFramework() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether officials are able to apply the national legal framework (seeds/000_4ef45050c65d0a55.txt:327). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth officialsApplyFramework() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether criminal justice agencies have been given the powers, resources and technical capacity required to investigate and prosecute trafficking (seeds/000_4ef45050c65d0a55.txt:327). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth powersResourcesCapacity() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether essential victim cooperation is facilitated (seeds/000_4ef45050c65d0a55.txt:327): the victim's involvement the source names among the factors of a full and effective investigation or prosecution. Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth victimCooperationFacilitated() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the State can produce data on investigations, arrests, prosecutions and convictions for trafficking and related offences (seeds/000_4ef45050c65d0a55.txt:327). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth dataProduced() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether the legal framework supports action against trafficking-related corruption (seeds/000_4ef45050c65d0a55.txt:449). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth corruptionLegalFramework() {
    return Truth.UNKNOWN;
  }

  /**
   * Which of the corruption-related offences the UN Convention against Corruption requires are
   * offences in the State's law (seeds/000_4ef45050c65d0a55.txt:447). Nothing known by default.
   *
   * @return what is known of each offence
   */
  @Value.Default
  public FactSet<CorruptionOffence> corruptionOffences() {
    return FactSet.unknown();
  }

  /**
   * Whether public sector involvement in trafficking is grounds for an aggravated offence attracting relatively harsher penalties (seeds/000_4ef45050c65d0a55.txt:445, 449). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth officialInvolvementAggravated() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether procedures are in place for the effective, independent and public investigation of complaints of trafficking involving or implicating public officials (seeds/000_4ef45050c65d0a55.txt:449). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth officialComplaintInvestigation() {
    return Truth.UNKNOWN;
  }

  /**
   * Whether there is independent and effective scrutiny of complaints involving public officials (seeds/000_4ef45050c65d0a55.txt:449). Unknown by default.
   *
   * @return what is known
   */
  @Value.Default
  public Truth officialComplaintScrutiny() {
    return Truth.UNKNOWN;
  }

  @Value.Check
  void check() {
    if (!period().isOrdered()) {
      throw new IllegalStateException("the period ends before it starts: " + period());
    }
    check("investigations", investigations());
    check("arrests", arrests());
    check("prosecutions", prosecutions());
    check("convictions", convictions());
    check("victimsIdentified", victimsIdentified());
    check("victimsProtected", victimsProtected());
  }

  private static void check(String name, OptionalInt count) {
    if (count.isPresent() && count.getAsInt() < 0) {
      throw new IllegalStateException(name + " must not be negative: " + count.getAsInt());
    }
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StateResponse}; not thread-safe, use once. */
  public static final class Builder extends ImmutableStateResponse.Builder {}
}
