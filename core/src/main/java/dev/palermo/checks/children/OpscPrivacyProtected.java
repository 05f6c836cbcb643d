package dev.palermo.checks.children;

import dev.palermo.checks.EventRule;
import dev.palermo.events.IdentityDisclosure;
import dev.palermo.events.Participation;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * OPSC art. 8(1)(e) in proceedings: the child's privacy and identity protected, avoiding the inappropriate dissemination of information that could identify the child
 * (seeds/003_d1561a5ed447703d.txt:184; chapeau at :178, applied to child victims of trafficking
 * at :190). Applies to a Participation of a person who is or may be a child
 * (seeds/004_a416d8ba61ae2dbe.txt:282) and is a victim or presumed victim. Binding on States party to
 * the Optional Protocol, a recommendation elsewhere. Also fires when the child's identity was disclosed to the public or the media.
 *
 * <p>Code PAL-C-0247. Cites {@code opsc-8-1-e}, {@code opsc-8-1}, {@code tip-6-1}. Immutable and
 * thread-safe.
 */
public final class OpscPrivacyProtected extends EventRule<Participation> {
  /** Creates the check. */
  public OpscPrivacyProtected() {
    super("opsc-8-1-e", "PAL-C-0247", Stage.PROCEEDINGS,
        List.of("opsc-8-1-e", "opsc-8-1", "tip-6-1"),
        List.of("events[participation].childPrivacyProtected", "events[participation].identityDisclosure"),
        Participation.class, Scope.CHILD_VICTIMS);
  }

  @Override
  protected Truth breach(Participation e) {
    if (e.identityDisclosure()
        .filter(d -> d == IdentityDisclosure.PUBLIC || d == IdentityDisclosure.MEDIA).isPresent()) {
      return Truth.TRUE;
    }
    return e.childPrivacyProtected().not();
  }

  @Override
  protected String field(Participation e, Truth breach) {
    return e.identityDisclosure()
        .filter(d -> d == IdentityDisclosure.PUBLIC || d == IdentityDisclosure.MEDIA).isPresent()
        ? "identityDisclosure" : "childPrivacyProtected";
  }
}
