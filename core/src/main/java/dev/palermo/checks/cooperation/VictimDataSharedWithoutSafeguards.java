package dev.palermo.checks.cooperation;

import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.rights.Stage;
import java.util.EnumSet;
import java.util.List;

/**
 * A cooperation request, or the documents and information exchanged under it, that disclose a
 * victim's identity or personal data without confidentiality safeguards. Where mutual legal
 * assistance might affect victims, "the consideration of their rights and needs should be of
 * utmost priority", for instance against "breaches to the right to confidentiality arising as a
 * result of the disclosure of sensitive information in the context of document exchanges"
 * (seeds/001_ab6577e9586ed171.txt:148); informal cooperation "must comply with legal requirements
 * and respect the rights of victims" (seeds/001_ab6577e9586ed171.txt:152); TIP Protocol art. 6(1)
 * protects victims' privacy and identity (seeds/001_ab6577e9586ed171.txt:130).
 *
 * <p>Applies to every kind of request; the person of the request may be the suspect, since the
 * fact judged is the disclosure of a victim's data. Fires when {@code victimIdentityOrDataShared}
 * is TRUE and {@code dataSafeguards} is FALSE. Code PAL-C-0507. Cites {@code coop-victim-data},
 * {@code tip-6-1}, {@code coop-informal-rights}. Immutable and thread-safe.
 */
public final class VictimDataSharedWithoutSafeguards extends RequestRule {
  /** Creates the check. */
  public VictimDataSharedWithoutSafeguards() {
    super("victim-data-shared-without-safeguards", "PAL-C-0507", Stage.DATA,
        List.of("coop-victim-data", "tip-6-1", "coop-informal-rights"),
        List.of("events[cooperation-request].victimIdentityOrDataShared",
            "events[cooperation-request].dataSafeguards"),
        EnumSet.allOf(CooperationType.class), Scope.EVERYONE);
  }

  @Override
  List<Condition> conditions(CooperationRequest e) {
    return List.of(new Condition("victimIdentityOrDataShared", e.victimIdentityOrDataShared()),
        new Condition("dataSafeguards", e.dataSafeguards().not()));
  }

  @Override
  String findingField(CooperationRequest e) {
    return "dataSafeguards";
  }
}
