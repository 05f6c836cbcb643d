package dev.palermo.checks.cooperation;

import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;
import java.util.Set;

/**
 * A request for the testimony or the appearance in the requesting State of a victim abroad, where
 * appearing in person is not possible or not desirable, or the victim is at risk, and no hearing
 * by video link was offered. UNTOC art. 18(18) "enables the use of videoconferencing as a means of
 * providing evidence in cases where it is not possible or desirable for the witness to appear in
 * person in the territory of the requesting State" (seeds/001_ab6577e9586ed171.txt:244); the
 * Protocol's standards include "the use of video technology for interviewing at-risk witnesses (in
 * particular children testifying as victims)" (seeds/001_ab6577e9586ed171.txt:97); video-link
 * testimony is an alternative to direct testimony (seeds/000_4ef45050c65d0a55.txt:265). The
 * article is permissive ("wherever possible"), so the finding is at most a concern.
 *
 * <p>Applies to requests to take a victim's evidence or for a victim's voluntary appearance.
 * Fires when {@code appearanceInPersonUnsuitable} or {@code victimAtRisk} is TRUE and
 * {@code videoLinkOffered} is FALSE. Code PAL-C-0511. Cites {@code untoc-18-18-option},
 * {@code coop-video-at-risk}, {@code sl-testimony-measures}. Immutable and thread-safe.
 */
public final class VictimTestimonyWithoutVideoLink extends RequestRule {
  /** Creates the check. */
  public VictimTestimonyWithoutVideoLink() {
    super("victim-testimony-without-video-link", "PAL-C-0511", Stage.PROCEEDINGS,
        List.of("untoc-18-18-option", "coop-video-at-risk", "sl-testimony-measures"),
        List.of("events[cooperation-request].appearanceInPersonUnsuitable",
            "events[cooperation-request].victimAtRisk",
            "events[cooperation-request].videoLinkOffered"),
        Set.of(CooperationType.MLA_TAKING_EVIDENCE, CooperationType.MLA_VOLUNTARY_APPEARANCE),
        Scope.VICTIMS);
  }

  @Override
  List<Condition> conditions(CooperationRequest e) {
    Truth either = e.appearanceInPersonUnsuitable().or(e.victimAtRisk());
    // When only the risk is unknown, it is the fact to find out.
    String field = !either.isKnown() && e.appearanceInPersonUnsuitable().isKnown()
        ? "victimAtRisk" : "appearanceInPersonUnsuitable";
    return List.of(new Condition(field, either),
        new Condition("videoLinkOffered", e.videoLinkOffered().not()));
  }

  @Override
  String findingField(CooperationRequest e) {
    return "videoLinkOffered";
  }
}
