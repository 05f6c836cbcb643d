package dev.palermo.checks.cooperation;

import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Mutual legal assistance (including a transfer of proceedings or a hearing by video link), not
 * refused, that may expose its subject to torture or ill-treatment, or to the death penalty without
 * an assurance. "Human rights guarantees apply as much to mutual legal assistance as they do to
 * extradition. States must ensure that nothing in the terms of a mutual legal assistance request
 * would constitute an actual or potential infringement of human rights, in relation to both the
 * subject of the request and any third parties" (seeds/000_4ef45050c65d0a55.txt:563, 581); the
 * death penalty impedes mutual legal assistance (seeds/004_a416d8ba61ae2dbe.txt:794).
 *
 * <p>Fires when {@code tortureRisk} is TRUE, or {@code deathPenaltyRisk} is TRUE and
 * {@code deathPenaltyAssurance} FALSE, and the request is not recorded as refused. Code
 * PAL-C-0512. Cites {@code coop-mla-human-rights}. Immutable and thread-safe.
 */
public final class AssistanceRiskingIllTreatment extends RequestRule {
  private static final Set<CooperationType> TYPES = types();

  /** Creates the check. */
  public AssistanceRiskingIllTreatment() {
    super("assistance-risking-ill-treatment", "PAL-C-0512", Stage.PROCEEDINGS,
        List.of("coop-mla-human-rights"),
        List.of("events[cooperation-request].tortureRisk",
            "events[cooperation-request].deathPenaltyRisk",
            "events[cooperation-request].deathPenaltyAssurance",
            "events[cooperation-request].refused"),
        TYPES, Scope.EVERYONE);
  }

  private static Set<CooperationType> types() {
    Set<CooperationType> s = EnumSet.noneOf(CooperationType.class);
    for (CooperationType t : CooperationType.values()) {
      if (t.isMutualLegalAssistance()) {
        s.add(t);
      }
    }
    s.add(CooperationType.TRANSFER_OF_PROCEEDINGS);
    s.add(CooperationType.VIDEO_LINK_TESTIMONY);
    return s;
  }

  @Override
  List<Condition> conditions(CooperationRequest e) {
    Truth deathPenalty = e.deathPenaltyRisk().and(e.deathPenaltyAssurance().not());
    return List.of(new Condition(findingField(e), e.tortureRisk().or(deathPenalty)),
        notRefused(e));
  }

  /** The decisive or missing fact: the torture risk, else the death penalty risk or assurance. */
  @Override
  String findingField(CooperationRequest e) {
    Truth deathPenalty = e.deathPenaltyRisk().and(e.deathPenaltyAssurance().not());
    if (e.tortureRisk().isTrue() || deathPenalty.isFalse()) {
      return "tortureRisk";
    }
    return e.deathPenaltyRisk().isKnown() ? "deathPenaltyAssurance" : "deathPenaltyRisk";
  }
}
