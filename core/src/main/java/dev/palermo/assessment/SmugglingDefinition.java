package dev.palermo.assessment;

import dev.palermo.casefile.Conduct;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.person.Person;
import dev.palermo.smuggling.SmugglingFacts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Assesses conduct against the definition of the smuggling of migrants, Smuggling Protocol art. 3:
 * "the procurement, in order to obtain, directly or indirectly, a financial or other material
 * benefit, of the illegal entry of a person into a State Party of which the person is not a
 * national or a permanent resident" (DOMAIN.md §2). Rules:
 *
 * <ul>
 *   <li>All four elements must hold: procurement, illegal entry (art. 3(b)), not a national or
 *       permanent resident, and the benefit.
 *   <li>No benefit (help for humanitarian reasons or close family ties) is not smuggling
 *       (interpretative notes A/55/383/Add.1 para 88, {@code seeds/004_a416d8ba61ae2dbe.txt:64-76}).
 *       A recorded motive of that kind settles an unknown benefit as absent; a benefit recorded
 *       as true prevails over the motive.
 *   <li>A person with the receiving State's nationality is not smuggled into it; movement known
 *       not to cross a border rules out illegal entry.
 *   <li>The migrant is not liable to prosecution under the Protocol for having been smuggled
 *       (art. 5), and art. 6(3) aggravations are reported.
 * </ul>
 *
 * <p>A profile may drop the benefit element ({@link
 * JurisdictionProfile#smugglingRequiresMaterialBenefit()}); the conformity check flags it.
 * Stateless and thread-safe; has no instances.
 */
public final class SmugglingDefinition {
  private static final Provision ART_3A = Provision.of(Instrument.SMUGGLING_PROTOCOL, "3(a)");
  private static final Provision ART_3B = Provision.of(Instrument.SMUGGLING_PROTOCOL, "3(b)");
  private static final Provision ART_5 = Provision.of(Instrument.SMUGGLING_PROTOCOL, "5");
  private static final Provision ART_6_3 = Provision.of(Instrument.SMUGGLING_PROTOCOL, "6(3)");
  private static final Provision PARA_88 = Provision.of(Instrument.INTERPRETATIVE_NOTES, "88");

  private SmugglingDefinition() {}

  /**
   * Assesses conduct under the Smuggling Protocol's definition.
   *
   * @param conduct the facts; {@link Conduct#smuggling()} holds the smuggling facts
   * @param migrant the person whose entry was procured
   * @return the assessment
   */
  public static SmugglingAssessment assess(Conduct conduct, Person migrant) {
    return assess(conduct, migrant, true);
  }

  /**
   * Assesses conduct under a profile's smuggling offence, which may lack the benefit element.
   *
   * @param conduct the facts
   * @param migrant the person whose entry was procured
   * @param profile the profile
   * @return the assessment
   */
  public static SmugglingAssessment assess(Conduct conduct, Person migrant,
      JurisdictionProfile profile) {
    return assess(conduct, migrant, profile.smugglingRequiresMaterialBenefit());
  }

  private static SmugglingAssessment assess(Conduct conduct, Person migrant,
      boolean benefitRequired) {
    SmugglingFacts f = conduct.smuggling().orElse(SmugglingFacts.builder().build());
    List<ExplanationStep> steps = new ArrayList<>();
    if (conduct.smuggling().isEmpty()) {
      steps.add(ExplanationStep.of("smuggling-facts", "No smuggling facts are recorded.",
          ART_3A));
    }

    Truth procured = f.entryProcured();
    Truth illegal = f.illegalEntry();
    if (!illegal.isKnown() && conduct.movement().crossedBorder().isFalse()) {
      illegal = Truth.FALSE;
      steps.add(ExplanationStep.of("illegal-entry", "The person did not cross a border, so "
          + "there was no illegal entry.", ART_3B));
    }
    Truth foreign = f.notNationalOrPermanentResident();
    if (!foreign.isKnown() && f.receivingState().isPresent()
        && migrant.nationalities().contains(f.receivingState().get())) {
      foreign = Truth.FALSE;
      steps.add(ExplanationStep.of("not-national-or-resident", "The person is a national of "
          + "the receiving State.", ART_3A));
    }
    Truth benefit = f.materialBenefit();
    if (f.motive().isPresent()) {
      String motive = f.motive().get().label().toLowerCase(java.util.Locale.ROOT);
      if (benefit.isTrue()) {
        steps.add(ExplanationStep.of("material-benefit", "A motive of " + motive + " is "
            + "recorded, but so is a financial or other material benefit; the benefit prevails.",
            PARA_88));
      } else {
        benefit = Truth.FALSE;
        steps.add(ExplanationStep.of("material-benefit", "The help was given for " + motive
            + ", not for a financial or other material benefit: that is not smuggling of "
            + "migrants.", PARA_88));
      }
    }
    Truth benefitElement = benefitRequired ? benefit : Truth.TRUE;

    Map<SmugglingElement, ElementStatus> elements = new EnumMap<>(SmugglingElement.class);
    elements.put(SmugglingElement.PROCUREMENT, ElementStatus.of(procured));
    elements.put(SmugglingElement.ILLEGAL_ENTRY, ElementStatus.of(illegal));
    elements.put(SmugglingElement.NOT_NATIONAL_OR_RESIDENT, ElementStatus.of(foreign));
    elements.put(SmugglingElement.MATERIAL_BENEFIT,
        benefitRequired ? ElementStatus.of(benefit) : ElementStatus.NOT_REQUIRED);
    for (Map.Entry<SmugglingElement, ElementStatus> entry : elements.entrySet()) {
      steps.add(ExplanationStep.of(entry.getKey().code(), entry.getKey().label() + ": "
          + entry.getValue().label().toLowerCase(java.util.Locale.ROOT) + ".",
          entry.getKey().definedBy()));
    }
    Truth result = procured.and(illegal).and(foreign).and(benefitElement);
    if (result.isTrue()) {
      steps.add(ExplanationStep.of("migrant-not-liable", "The migrant does not become liable "
          + "to prosecution under the Protocol for having been smuggled.", ART_5));
    }
    if (f.lifeOrSafetyEndangered().isTrue() || f.inhumanOrDegradingTreatment().isTrue()) {
      steps.add(ExplanationStep.of("aggravation", "Aggravating circumstances recorded: "
          + (f.lifeOrSafetyEndangered().isTrue() ? "life or safety endangered; " : "")
          + (f.inhumanOrDegradingTreatment().isTrue() ? "inhuman or degrading treatment; " : "")
          + "they must be aggravating circumstances of the offence.", ART_6_3));
    }
    steps.add(ExplanationStep.of("outcome", "Outcome: " + Outcome.of(result).label()
        .toLowerCase(java.util.Locale.ROOT) + " of smuggling of migrants.", ART_3A));
    return SmugglingAssessment.builder()
        .outcome(Outcome.of(result))
        .elements(elements)
        .lifeOrSafetyEndangered(f.lifeOrSafetyEndangered())
        .inhumanOrDegradingTreatment(f.inhumanOrDegradingTreatment())
        .steps(steps)
        .build();
  }
}
