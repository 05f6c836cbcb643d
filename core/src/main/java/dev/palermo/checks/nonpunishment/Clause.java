package dev.palermo.checks.nonpunishment;

import dev.palermo.events.ChargeStage;
import dev.palermo.events.LinkToTrafficking;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.jurisdiction.NonPunishment;

/**
 * What a jurisdiction's binding non-punishment clause reaches, shared by the non-punishment
 * checks so that a charge its clause covers is judged under the clause and the soft-law standard
 * judges the rest. Stateless and thread-safe; has no instances.
 *
 * <ul>
 *   <li>{@link NonPunishment#COMPELLED} (CoE art. 26): "the possibility of not imposing
 *       penalties" on victims "to the extent that they have been compelled"
 *       ({@code seeds/000_4ef45050c65d0a55.txt:183}, 197; {@code seeds/001…:164}): penalties
 *       only.
 *   <li>{@link NonPunishment#COMPELLED_AS_DIRECT_CONSEQUENCE} (EU art. 8): entitled "not to
 *       prosecute or impose penalties" for acts "compelled to commit as a direct consequence"
 *       ({@code seeds/000…:183}, 199): prosecution and penalties, both tests together.
 * </ul>
 */
final class Clause {
  private Clause() {}

  /** Whether the profile's clause reaches a step at this stage. */
  static boolean reaches(NonPunishment formulation, ChargeStage stage) {
    switch (formulation) {
      case COMPELLED:
        return stage == ChargeStage.PENALTY || stage == ChargeStage.ADMINISTRATIVE_SANCTION;
      case COMPELLED_AS_DIRECT_CONSEQUENCE:
        return stage != ChargeStage.ARREST;
      default:
        return false;
    }
  }

  /** Whether the profile's clause covers a step at this stage for an offence so linked. */
  static boolean covers(NonPunishment formulation, ChargeStage stage, LinkToTrafficking link) {
    if (!reaches(formulation, stage)) {
      return false;
    }
    switch (formulation) {
      case COMPELLED:
        return link == LinkToTrafficking.COMPELLED
            || link == LinkToTrafficking.COMPELLED_AS_DIRECT_CONSEQUENCE;
      case COMPELLED_AS_DIRECT_CONSEQUENCE:
        return link == LinkToTrafficking.COMPELLED_AS_DIRECT_CONSEQUENCE;
      default:
        return false;
    }
  }

  /** The profile's clause as cited, or {@code none}. */
  static String provision(JurisdictionProfile profile) {
    return profile.nonPunishmentProvision().map(Object::toString).orElse("none");
  }
}
