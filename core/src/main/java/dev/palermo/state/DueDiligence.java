package dev.palermo.state;

import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.report.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The due-diligence test of a State's response to trafficking (issue "Criminal justice
 * safeguards", section "State-level assessment"). "States are under a legal obligation to
 * investigate and prosecute trafficking with due diligence", that is, "seriously"
 * (seeds/000_4ef45050c65d0a55.txt:293). The test has two parts:
 *
 * <ul>
 *   <li>the clear-fail case: "A State that does not criminalize trafficking, that fails to
 *       investigate any cases of trafficking, that fails to protect any victims or to prosecute
 *       any perpetrators when there is reliable evidence available of the existence of a
 *       trafficking problem, will clearly not pass the due diligence test" (line 309). Each limb
 *       is reported on its own ({@code PAL-D-0001} to {@code PAL-D-0004}): the source's sentence
 *       can be read as a list of alternatives or as one cumulative description (catalogue-000
 *       DD-06), and a report of each limb serves both readings. The evidence condition is
 *       applied to the three limbs about investigating, protecting and prosecuting, not to
 *       criminalisation, which every specialist treaty requires on its own (lines 119, 127);
 *   <li>in less clear cases, "whether the steps taken evidence a genuine seriousness" (line
 *       309): the indicia of an effective investigation, judged for each investigation reviewed
 *       (independence, promptness, evidence secured, public scrutiny: line 311,
 *       {@code PAL-D-0005} to {@code 0008}); the factors of a "full and effective" response
 *       (legislative framework, officials able to apply it, powers and resources, victim
 *       cooperation facilitated: lines 311, 327, {@code 0009} to {@code 0012}); data (line 327,
 *       {@code 0013}); identification procedures, specialisation and training (lines 305,
 *       329-339, {@code 0014} to {@code 0016}); and the corruption factors (lines 447-449,
 *       {@code 0017} to {@code 0021}).
 * </ul>
 *
 * <p>A fact known to fall short gives a finding whose severity is the strongest of the rule's
 * provisions in the jurisdiction's law ({@link dev.palermo.checks.SeverityRule}); an unknown fact
 * gives {@link dev.palermo.report.Severity#CANNOT_TELL}, never a silent pass; a fact known to be
 * met gives nothing. The source lists factors, not a weighting, so the test reports each factor
 * and does not add them up into a pass or fail of the whole.
 *
 * <p>Stateless and thread-safe; has no instances.
 */
public final class DueDiligence {
  private static final String CLEAR_FAIL = "dd-clear-fail";
  private static final String OBLIGATION = "dd-obligation";
  private static final String EFFECTIVE = "dd-effective-investigation";
  private static final String FULL = "dd-full-and-effective";
  private static final String CORRUPTION = "dd-corruption";

  /** Trafficking is not an offence in law (clear fail, line 309; criminalisation, 119-127). */
  static final DueDiligenceRule OFFENCE_NOT_IN_LAW = rule("offence-not-in-law", 1,
      List.of(CLEAR_FAIL, "tip-5-1", "coe-18", "eu-2", "saarc-iii", OBLIGATION), "offenceInLaw");
  /** No investigation despite reliable evidence of a problem (clear fail, line 309). */
  static final DueDiligenceRule NO_INVESTIGATIONS = rule("no-investigations", 2,
      List.of(CLEAR_FAIL, OBLIGATION), "investigations", "investigationsReviewed",
      "reliableEvidenceOfProblem");
  /** No victim protected despite reliable evidence of a problem (clear fail, line 309). */
  static final DueDiligenceRule NO_VICTIMS_PROTECTED = rule("no-victims-protected", 3,
      List.of(CLEAR_FAIL, OBLIGATION), "victimsProtected", "reliableEvidenceOfProblem");
  /** No prosecution despite reliable evidence of a problem (clear fail, line 309). */
  static final DueDiligenceRule NO_PROSECUTIONS = rule("no-prosecutions", 4,
      List.of(CLEAR_FAIL, OBLIGATION), "prosecutions", "reliableEvidenceOfProblem");
  /** Investigators not independent (line 311). */
  static final DueDiligenceRule INVESTIGATORS_NOT_INDEPENDENT = rule(
      "investigators-not-independent", 5, List.of(EFFECTIVE, OBLIGATION),
      "investigationsReviewed[].investigatorsIndependent");
  /** Investigation not prompt (line 311). */
  static final DueDiligenceRule INVESTIGATION_NOT_PROMPT = rule("investigation-not-prompt", 6,
      List.of(EFFECTIVE, OBLIGATION), "investigationsReviewed[].prompt");
  /** No reasonable steps to secure evidence (line 311). */
  static final DueDiligenceRule EVIDENCE_NOT_SECURED = rule("evidence-not-secured", 7,
      List.of(EFFECTIVE, OBLIGATION), "investigationsReviewed[].evidenceSecured");
  /** Investigation and results closed to public scrutiny (line 311). */
  static final DueDiligenceRule INVESTIGATION_CLOSED_TO_SCRUTINY = rule(
      "investigation-closed-to-scrutiny", 8, List.of(EFFECTIVE, OBLIGATION),
      "investigationsReviewed[].openToPublicScrutiny");
  /** No adequate legislative framework (line 311). */
  static final DueDiligenceRule LEGISLATIVE_FRAMEWORK_INADEQUATE = rule(
      "legislative-framework-inadequate", 9, List.of(FULL, OBLIGATION),
      "adequateLegislativeFramework");
  /** Officials unable to apply the framework (line 327). */
  static final DueDiligenceRule OFFICIALS_UNABLE_TO_APPLY_FRAMEWORK = rule(
      "officials-unable-to-apply-framework", 10, List.of(FULL, OBLIGATION),
      "officialsApplyFramework");
  /** Agencies lack powers, resources or technical capacity (line 327). */
  static final DueDiligenceRule AGENCIES_LACK_CAPACITY = rule("agencies-lack-capacity", 11,
      List.of(FULL, OBLIGATION), "powersResourcesCapacity");
  /** Essential victim cooperation not facilitated (line 327). */
  static final DueDiligenceRule VICTIM_COOPERATION_NOT_FACILITATED = rule(
      "victim-cooperation-not-facilitated", 12, List.of(FULL, OBLIGATION),
      "victimCooperationFacilitated");
  /** No data on investigations, arrests, prosecutions and convictions (line 327). */
  static final DueDiligenceRule NO_CRIMINAL_JUSTICE_DATA = rule("no-criminal-justice-data", 13,
      List.of("dd-data"), "dataProduced");
  /** No procedures for rapid and accurate identification (line 305). */
  static final DueDiligenceRule NO_IDENTIFICATION_PROCEDURES = rule(
      "no-identification-procedures", 14, List.of("dd-identification-procedures", OBLIGATION),
      "identificationProcedures");
  /** No specialised investigative capacity (lines 305, 339). */
  static final DueDiligenceRule NO_SPECIALISED_UNITS = rule("no-specialised-units", 15,
      List.of("dd-specialisation", "coe-29"), "specialisedUnits");
  /** Officials not trained (lines 329-337). */
  static final DueDiligenceRule NO_TRAINING = rule("no-training", 16,
      List.of("dd-training", "tip-10-2", "coe-29-3", "eu-18-3"), "training");
  /** Legal framework does not support action against corruption (lines 429, 449). */
  static final DueDiligenceRule CORRUPTION_FRAMEWORK_INADEQUATE = rule(
      "corruption-framework-inadequate", 17, List.of(CORRUPTION, "untoc-8"),
      "corruptionLegalFramework");
  /** A corruption offence of the UN Convention against Corruption missing (line 447). */
  static final DueDiligenceRule CORRUPTION_OFFENCE_MISSING = rule("corruption-offence-missing",
      18, List.of("dd-uncac-offences", CORRUPTION), "corruptionOffences");
  /** Official involvement not an aggravated offence (lines 445, 449). */
  static final DueDiligenceRule OFFICIAL_INVOLVEMENT_NOT_AGGRAVATED = rule(
      "official-involvement-not-aggravated", 19, List.of(CORRUPTION, "coe-24-c", "eu-4-3"),
      "officialInvolvementAggravated");
  /** No procedures for investigating complaints against officials (line 449). */
  static final DueDiligenceRule NO_OFFICIAL_COMPLAINT_INVESTIGATION = rule(
      "no-official-complaint-investigation", 20, List.of(CORRUPTION, "untoc-9-2"),
      "officialComplaintInvestigation");
  /** No independent and effective scrutiny of complaints against officials (line 449). */
  static final DueDiligenceRule NO_OFFICIAL_COMPLAINT_SCRUTINY = rule(
      "no-official-complaint-scrutiny", 21, List.of(CORRUPTION, "untoc-9-2"),
      "officialComplaintScrutiny");

  private static final List<DueDiligenceRule> RULES = List.of(OFFENCE_NOT_IN_LAW,
      NO_INVESTIGATIONS, NO_VICTIMS_PROTECTED, NO_PROSECUTIONS, INVESTIGATORS_NOT_INDEPENDENT,
      INVESTIGATION_NOT_PROMPT, EVIDENCE_NOT_SECURED, INVESTIGATION_CLOSED_TO_SCRUTINY,
      LEGISLATIVE_FRAMEWORK_INADEQUATE, OFFICIALS_UNABLE_TO_APPLY_FRAMEWORK,
      AGENCIES_LACK_CAPACITY, VICTIM_COOPERATION_NOT_FACILITATED, NO_CRIMINAL_JUSTICE_DATA,
      NO_IDENTIFICATION_PROCEDURES, NO_SPECIALISED_UNITS, NO_TRAINING,
      CORRUPTION_FRAMEWORK_INADEQUATE, CORRUPTION_OFFENCE_MISSING,
      OFFICIAL_INVOLVEMENT_NOT_AGGRAVATED, NO_OFFICIAL_COMPLAINT_INVESTIGATION,
      NO_OFFICIAL_COMPLAINT_SCRUTINY);

  private DueDiligence() {}

  private static DueDiligenceRule rule(String id, int number, List<String> provisions,
      String... reads) {
    return new DueDiligenceRule(id, String.format("PAL-D-%04d", number), provisions,
        List.of(reads));
  }

  /** @return every rule of the test, in code order; unmodifiable */
  public static List<DueDiligenceRule> rules() {
    return RULES;
  }

  /**
   * The version of a jurisdiction's law a response is judged by: the version in force on the
   * last day of the period, or the newest version for a period still running; for a period
   * that ends before the first version, the first version.
   *
   * @param response the response
   * @param jurisdiction the jurisdiction
   * @return the version
   */
  public static JurisdictionProfile profileFor(StateResponse response,
      Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    if (response.period().end().isEmpty()) {
      return jurisdiction.latest();
    }
    LocalDate last = response.period().end().get();
    return jurisdiction.versionAt(last).orElse(jurisdiction.versions().get(0));
  }

  /**
   * Judges a State's response by the due-diligence test.
   *
   * @param response the State's response over a period
   * @param jurisdiction the law that binds the State; its version on the period's last day sets
   *     the severities ({@link #profileFor})
   * @return the findings, in code order, then in document order; empty when every fact is known
   *     and meets the test
   */
  public static Report assess(StateResponse response, Jurisdiction jurisdiction) {
    Objects.requireNonNull(response, "response");
    JurisdictionProfile profile = profileFor(response, jurisdiction);
    List<Problem> out = new ArrayList<>();
    fact(out, OFFENCE_NOT_IN_LAW, profile, response.offenceInLaw(), "offenceInLaw",
        response.period());
    OptionalInt investigations = response.investigations();
    if (investigations.isEmpty() && !response.investigationsReviewed().isEmpty()) {
      investigations = OptionalInt.of(response.investigationsReviewed().size());
    }
    clearFail(out, NO_INVESTIGATIONS, profile, response, investigations, "investigations");
    clearFail(out, NO_VICTIMS_PROTECTED, profile, response, response.victimsProtected(),
        "victimsProtected");
    clearFail(out, NO_PROSECUTIONS, profile, response, response.prosecutions(), "prosecutions");
    boolean noneToReview = investigations.isPresent() && investigations.getAsInt() == 0;
    indicium(out, INVESTIGATORS_NOT_INDEPENDENT, profile, response, noneToReview,
        Investigation::investigatorsIndependent, "investigatorsIndependent");
    indicium(out, INVESTIGATION_NOT_PROMPT, profile, response, noneToReview,
        Investigation::prompt, "prompt");
    indicium(out, EVIDENCE_NOT_SECURED, profile, response, noneToReview,
        Investigation::evidenceSecured, "evidenceSecured");
    indicium(out, INVESTIGATION_CLOSED_TO_SCRUTINY, profile, response, noneToReview,
        Investigation::openToPublicScrutiny, "openToPublicScrutiny");
    fact(out, LEGISLATIVE_FRAMEWORK_INADEQUATE, profile, response.adequateLegislativeFramework(),
        "adequateLegislativeFramework", response.period());
    fact(out, OFFICIALS_UNABLE_TO_APPLY_FRAMEWORK, profile, response.officialsApplyFramework(),
        "officialsApplyFramework", response.period());
    fact(out, AGENCIES_LACK_CAPACITY, profile, response.powersResourcesCapacity(),
        "powersResourcesCapacity", response.period());
    fact(out, VICTIM_COOPERATION_NOT_FACILITATED, profile,
        response.victimCooperationFacilitated(), "victimCooperationFacilitated",
        response.period());
    fact(out, NO_CRIMINAL_JUSTICE_DATA, profile, response.dataProduced(), "dataProduced",
        response.period());
    fact(out, NO_IDENTIFICATION_PROCEDURES, profile, response.identificationProcedures(),
        "identificationProcedures", response.period());
    fact(out, NO_SPECIALISED_UNITS, profile, response.specialisedUnits(), "specialisedUnits",
        response.period());
    fact(out, NO_TRAINING, profile, response.training(), "training", response.period());
    fact(out, CORRUPTION_FRAMEWORK_INADEQUATE, profile, response.corruptionLegalFramework(),
        "corruptionLegalFramework", response.period());
    for (CorruptionOffence offence : CorruptionOffence.values()) {
      Truth inLaw = response.corruptionOffences().status(offence);
      JsonPointer at = JsonPointer.of("corruptionOffences");
      if (inLaw.isFalse()) {
        out.add(CORRUPTION_OFFENCE_MISSING.finding(profile, at, offence.code(),
            response.period()));
      } else if (!inLaw.isKnown()) {
        out.add(CORRUPTION_OFFENCE_MISSING.cannotTell(at, offence.code(), response.period()));
      }
    }
    fact(out, OFFICIAL_INVOLVEMENT_NOT_AGGRAVATED, profile,
        response.officialInvolvementAggravated(), "officialInvolvementAggravated",
        response.period());
    fact(out, NO_OFFICIAL_COMPLAINT_INVESTIGATION, profile,
        response.officialComplaintInvestigation(), "officialComplaintInvestigation",
        response.period());
    fact(out, NO_OFFICIAL_COMPLAINT_SCRUTINY, profile, response.officialComplaintScrutiny(),
        "officialComplaintScrutiny", response.period());
    return Report.of(out);
  }

  /** A State-level fact: false gives a finding, unknown "cannot tell", true nothing. */
  private static void fact(List<Problem> out, DueDiligenceRule rule, JurisdictionProfile profile,
      Truth met, String property, Object period) {
    JsonPointer at = JsonPointer.of(property);
    if (met.isFalse()) {
      out.add(rule.finding(profile, at, period));
    } else if (!met.isKnown()) {
      out.add(rule.cannotTell(at, period, property));
    }
  }

  /**
   * A limb of the clear-fail case: a count of zero when reliable evidence of a problem was
   * available. A positive count, or evidence known to be lacking, gives nothing.
   */
  private static void clearFail(List<Problem> out, DueDiligenceRule rule,
      JurisdictionProfile profile, StateResponse response, OptionalInt count, String property) {
    Truth evidence = response.reliableEvidenceOfProblem();
    if (evidence.isFalse() || (count.isPresent() && count.getAsInt() > 0)) {
      return;
    }
    if (count.isEmpty()) {
      out.add(rule.cannotTell(JsonPointer.of(property), response.period(), property));
    } else if (evidence.isTrue()) {
      out.add(rule.finding(profile, JsonPointer.of(property), response.period()));
    } else {
      out.add(rule.cannotTell(JsonPointer.of("reliableEvidenceOfProblem"), response.period(),
          "reliableEvidenceOfProblem"));
    }
  }

  /**
   * An indicium of an effective investigation, for each investigation reviewed. With none
   * reviewed it cannot be told, unless the State is known to have opened no investigation.
   */
  private static void indicium(List<Problem> out, DueDiligenceRule rule,
      JurisdictionProfile profile, StateResponse response, boolean noneToReview,
      Function<Investigation, Truth> fact, String property) {
    List<Investigation> reviewed = response.investigationsReviewed();
    if (reviewed.isEmpty()) {
      if (!noneToReview) {
        out.add(rule.cannotTell("none-reviewed", JsonPointer.of("investigationsReviewed"),
            response.period()));
      }
      return;
    }
    for (int i = 0; i < reviewed.size(); i++) {
      Truth met = fact.apply(reviewed.get(i));
      JsonPointer at = JsonPointer.of("investigationsReviewed", i, property);
      if (met.isFalse()) {
        out.add(rule.finding(profile, at, String.valueOf(i)));
      } else if (!met.isKnown()) {
        out.add(rule.cannotTell(at, String.valueOf(i), property));
      }
    }
  }
}
