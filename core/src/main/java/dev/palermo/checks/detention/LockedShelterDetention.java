package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import dev.palermo.events.DetentionKind;
import java.time.LocalDate;
import java.util.List;

/**
 * Detention in a locked or closed shelter: a victim or presumed victim placed in a closed
 * shelter, not free to leave, without having consented to stay.
 *
 * <p>Rule: victims should not be kept or detained in shelters or other facilities against their
 * will; services are offered on an informed and voluntary basis (seeds/004 lines 412-414);
 * detention in public or private shelters is detention (seeds/000 line 205). Soft law.
 *
 * <p>Immutable and thread-safe.
 */
public final class LockedShelterDetention extends DetentionCheck {
  /** Creates the check. */
  public LockedShelterDetention() {
    super("locked-shelter-detention", "PAL-C-0101", List.of("sl-shelter-consent", "sl-det-routine"),
        List.of("events[detention].type",
            "events[detention].freeToLeave",
            "events[detention].consentGiven",
            "events[identification].status"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    if (d.event().type() != DetentionKind.CLOSED_SHELTER) {
      return List.of();
    }
    return List.of(field(d, "freeToLeave", d.event().freeToLeave().not()),
        field(d, "consentGiven", d.event().consentGiven().not()), victim(ctx, d, day));
  }
}
