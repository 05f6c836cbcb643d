package dev.palermo.comparison;

import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.jurisdiction.ChildRule;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.jurisdiction.MovementRequirement;
import dev.palermo.jurisdiction.PersonScope;
import dev.palermo.vocabulary.Tier;
import java.util.Locale;

/**
 * Checks a profile's definition against the Trafficking Protocol floor (DOMAIN.md §3; {@code
 * seeds/000_4ef45050c65d0a55.txt:135}; {@code seeds/003_d1561a5ed447703d.txt:106}) and lists each
 * {@link ShortfallKind shortfall}: a missing baseline act, means (where means are required) or
 * purpose; a missing or partial child rule; a child age below 18; a definition limited by sex,
 * age or to sexual exploitation; a movement or border-crossing requirement; and a smuggling
 * offence without the benefit element. Extensions beyond the floor are never shortfalls.
 *
 * <p>Stateless and thread-safe; has no instances.
 */
public final class ConformityCheck {
  private ConformityCheck() {}

  /**
   * Checks one version of a jurisdiction's law.
   *
   * @param p the profile version
   * @return the report
   */
  public static ConformityReport check(JurisdictionProfile p) {
    ConformityReport.Builder r = ConformityReport.builder().jurisdictionId(p.id())
        .profileVersion(p.version());
    for (Act act : Act.values()) {
      if (act.tier() == Tier.BASELINE && !p.acts().contains(act)) {
        r.addShortfalls(Shortfall.of(ShortfallKind.MISSING_ACT, act.code(), "The act '"
            + lower(act.label()) + "' of art. 3(a) is not covered."));
      }
    }
    if (p.adultMeansRequired()) {
      for (Means means : Means.values()) {
        if (!p.means().contains(means)) {
          r.addShortfalls(Shortfall.of(ShortfallKind.MISSING_MEANS, means.code(), "The means '"
              + lower(means.label()) + "' of art. 3(a) is not covered."));
        }
      }
    }
    boolean sexualOnly = true;
    for (ExploitationPurpose purpose : ExploitationPurpose.values()) {
      if (purpose.tier() != Tier.BASELINE) {
        continue;
      }
      if (!p.covers(purpose)) {
        r.addShortfalls(Shortfall.of(ShortfallKind.MISSING_PURPOSE, purpose.code(),
            "The purpose '" + lower(purpose.label()) + "' of art. 3(a) is not covered."));
      } else if (!purpose.isSexual()) {
        sexualOnly = false;
      }
    }
    if (sexualOnly) {
      r.addShortfalls(Shortfall.of(ShortfallKind.LIMITED_TO_SEXUAL_EXPLOITATION, null,
          "The definition covers only sexual exploitation; it must cover a range of purposes "
              + "including forced labour."));
    }
    if (p.adultMeansRequired()) {
      if (p.childRule() == ChildRule.NONE) {
        r.addShortfalls(Shortfall.of(ShortfallKind.NO_CHILD_RULE, null, "Means are required "
            + "for children too; art. 3(c) dispenses with them."));
      } else if (p.childRule() == ChildRule.LISTED_PURPOSES) {
        for (ExploitationPurpose purpose : ExploitationPurpose.values()) {
          if (purpose.tier() == Tier.BASELINE && p.covers(purpose)
              && !p.childRuleCovers(purpose)) {
            r.addShortfalls(Shortfall.of(ShortfallKind.CHILD_RULE_LIMITED, purpose.code(),
                "For the purpose '" + lower(purpose.label()) + "', means are required even "
                    + "for a child."));
          }
        }
      }
    }
    if (p.childAge() < 18) {
      r.addShortfalls(Shortfall.of(ShortfallKind.CHILD_AGE_BELOW_18, null, "A child is a "
          + "person under " + p.childAge() + "; art. 3(d) sets eighteen."));
    }
    if (p.personScope() == PersonScope.WOMEN_AND_CHILDREN) {
      r.addShortfalls(Shortfall.of(ShortfallKind.LIMITED_BY_SEX, null, "Only women and "
          + "children are protected; the definition must recognise that men can be victims."));
    } else if (p.personScope() == PersonScope.CHILDREN_ONLY) {
      r.addShortfalls(Shortfall.of(ShortfallKind.LIMITED_BY_AGE, null, "Only children are "
          + "protected; the definition must cover adults as well."));
    }
    if (p.movementRequirement() == MovementRequirement.CROSS_BORDER) {
      r.addShortfalls(Shortfall.of(ShortfallKind.CROSS_BORDER_REQUIRED, null, "A border "
          + "crossing is required; the offence must apply to purely domestic cases."));
    } else if (p.movementRequirement() == MovementRequirement.ANY_MOVEMENT) {
      r.addShortfalls(Shortfall.of(ShortfallKind.MOVEMENT_REQUIRED, null, "Movement is "
          + "required; persons exploited without being moved are not covered (contested)."));
    }
    if (!p.smugglingRequiresMaterialBenefit()) {
      r.addShortfalls(Shortfall.of(ShortfallKind.SMUGGLING_BENEFIT_DROPPED, null, "The "
          + "smuggling offence drops the financial or other material benefit, so humanitarian "
          + "and family help is criminalised."));
    }
    return r.build();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
