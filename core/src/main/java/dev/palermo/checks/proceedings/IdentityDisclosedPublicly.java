package dev.palermo.checks.proceedings;

import dev.palermo.checks.EventRule;
import dev.palermo.events.IdentityDisclosure;
import dev.palermo.events.Participation;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * A victim's identity disclosed to the public or the media in proceedings. TIP Protocol art. 6(1)
 * "obliges States to protect the privacy and identity of victims by making legal proceedings
 * confidential" (seeds/004_a416d8ba61ae2dbe.txt:601; seeds/001_ab6577e9586ed171.txt:130); RPG
 * Guideline 6 item 7: no public disclosure of identity (seeds/004_a416d8ba61ae2dbe.txt:373); police
 * revealing victims' identities to the media led to stigma and retaliation
 * (seeds/004_a416d8ba61ae2dbe.txt:547). Fires when {@code identityDisclosure} is {@code public} or
 * {@code media}.
 *
 * <p>Code PAL-C-0220. Cites {@code tip-6-1}, {@code rpg-g6-7}, {@code sl-data-privacy}. Immutable and
 * thread-safe.
 */
public final class IdentityDisclosedPublicly extends EventRule<Participation> {
  /** Creates the check. */
  public IdentityDisclosedPublicly() {
    super("identity-disclosed-publicly", "PAL-C-0220", Stage.DATA,
        List.of("tip-6-1", "rpg-g6-7", "sl-data-privacy"),
        List.of("events[participation].identityDisclosure"),
        Participation.class, Scope.VICTIMS);
  }

  @Override
  protected Truth breach(Participation e) {
    return e.identityDisclosure()
        .map(d -> Truth.of(d == IdentityDisclosure.PUBLIC || d == IdentityDisclosure.MEDIA))
        .orElse(Truth.UNKNOWN);
  }

  @Override
  protected String field(Participation e, Truth breach) {
    return "identityDisclosure";
  }
}
