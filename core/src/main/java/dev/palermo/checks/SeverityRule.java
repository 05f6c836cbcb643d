package dev.palermo.checks;

import dev.palermo.law.InstrumentKind;
import dev.palermo.law.NormativeStrength;
import dev.palermo.report.Severity;
import dev.palermo.rights.LegalProvision;
import dev.palermo.jurisdiction.JurisdictionProfile;

/**
 * Derives the severity of a finding from the strength of the provision broken and whether the
 * jurisdiction is bound by it (DOMAIN.md §6: "the same fact can be a violation in one State and
 * a recommendation in another"):
 *
 * <ul>
 *   <li>a customary or peremptory norm binds every State: {@link Severity#VIOLATION};
 *   <li>a binding treaty obligation: a violation where the jurisdiction is bound by the treaty,
 *       otherwise a {@link Severity#RECOMMENDATION};
 *   <li>hortatory treaty language: a {@link Severity#CONCERN} where bound, otherwise a
 *       recommendation;
 *   <li>soft law, jurisprudence and emerging norms: a recommendation.
 * </ul>
 *
 * <p>Stateless and thread-safe; has no instances.
 */
public final class SeverityRule {
  private SeverityRule() {}

  /**
   * Whether a jurisdiction is bound by a provision: customary norms bind everyone; treaty and
   * national provisions bind the jurisdictions whose profile lists the instrument.
   *
   * @param provision the provision
   * @param profile the jurisdiction's law
   * @return true if bound
   */
  public static boolean binds(LegalProvision provision, JurisdictionProfile profile) {
    if (provision.strength() == NormativeStrength.CUSTOMARY
        || provision.provision().instrument().kind() == InstrumentKind.CUSTOMARY_LAW) {
      return true;
    }
    return profile.boundBy().contains(provision.provision().instrument());
  }

  /**
   * The severity of a breach of a provision in a jurisdiction.
   *
   * @param provision the provision broken
   * @param profile the jurisdiction's law
   * @return VIOLATION, CONCERN or RECOMMENDATION
   */
  public static Severity of(LegalProvision provision, JurisdictionProfile profile) {
    boolean bound = binds(provision, profile);
    switch (provision.strength()) {
      case CUSTOMARY:
        return Severity.VIOLATION;
      case BINDING:
        return bound ? Severity.VIOLATION : Severity.RECOMMENDATION;
      case HORTATORY:
        return bound ? Severity.CONCERN : Severity.RECOMMENDATION;
      default:
        return Severity.RECOMMENDATION;
    }
  }
}
