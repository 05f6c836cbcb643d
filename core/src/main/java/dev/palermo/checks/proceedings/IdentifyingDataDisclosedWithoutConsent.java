package dev.palermo.checks.proceedings;

import dev.palermo.checks.EventRule;
import dev.palermo.events.DataDisclosure;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A victim's identifying data disclosed without the person's consent. TIP Protocol art. 6(1):
 * protect victims' privacy and identity (seeds/004_a416d8ba61ae2dbe.txt:601); "When personal data
 * is released, this should only be done with the permission of the individual concerned (or their
 * appropriate representatives)", and identifying information "should not be made public"
 * (seeds/004_a416d8ba61ae2dbe.txt:572); disclosure to the media (seeds/004_a416d8ba61ae2dbe.txt:547);
 * RPG Guideline 6 item 7 (seeds/004_a416d8ba61ae2dbe.txt:373). Fires when {@code identifying} is
 * TRUE and {@code consent} FALSE, whoever the recipient.
 *
 * <p>Code PAL-C-0221. Cites {@code tip-6-1}, {@code sl-data-privacy}, {@code rpg-g6-7}. Immutable and
 * thread-safe.
 */
public final class IdentifyingDataDisclosedWithoutConsent extends EventRule<DataDisclosure> {
  /** Creates the check. */
  public IdentifyingDataDisclosedWithoutConsent() {
    super("identifying-data-disclosed-without-consent", "PAL-C-0221", Stage.DATA,
        List.of("tip-6-1", "sl-data-privacy", "rpg-g6-7"),
        List.of("events[data-disclosure].identifying", "events[data-disclosure].consent", "events[data-disclosure].recipient"),
        DataDisclosure.class, Scope.VICTIMS);
  }

  @Override
  protected Truth breach(DataDisclosure e) {
    return e.identifying().and(e.consent().not());
  }

  @Override
  protected String field(DataDisclosure e, Truth breach) {
    return e.identifying().isKnown() ? "consent" : "identifying";
  }
}
