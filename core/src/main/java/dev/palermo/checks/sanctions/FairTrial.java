package dev.palermo.checks.sanctions;

import dev.palermo.events.Prosecution;
import dev.palermo.facts.Truth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fair-trial guarantees of a prosecution, each as whether it was respected (ICCPR art. 14,
 * seeds/004_a416d8ba61ae2dbe.txt:696-713; CAT art. 15, seeds/004_a416d8ba61ae2dbe.txt:516). Stateless;
 * has no instances.
 */
final class FairTrial {
  private FairTrial() {}

  /**
   * The guarantees of a prosecution in a stable order.
   *
   * @param p the prosecution
   * @return field name to TRUE (respected), FALSE (not) or UNKNOWN
   */
  static Map<String, Truth> guarantees(Prosecution p) {
    Map<String, Truth> m = new LinkedHashMap<>();
    m.put("informedOfCharges", p.informedOfCharges());
    m.put("adequateTimeAndFacilities", p.adequateTimeAndFacilities());
    m.put("counselOrLegalAid", p.counselOrLegalAid());
    m.put("interpreter", p.interpreter());
    m.put("examineWitnesses", p.examineWitnesses());
    m.put("notCompelledToTestify", p.notCompelledToTestify());
    m.put("publicHearing", p.publicHearing());
    m.put("appeal", p.appeal());
    m.put("priorFinalJudgment", p.priorFinalJudgment().not());
    m.put("withoutUndueDelay", p.withoutUndueDelay());
    m.put("evidenceUsed", p.evidenceObtainedByTorture().and(p.evidenceUsed()).not());
    m.put("defenceCouldTestEvidence",
        p.victimProtectiveMeasures().and(p.defenceCouldTestEvidence().not()).not());
    return m;
  }
}
