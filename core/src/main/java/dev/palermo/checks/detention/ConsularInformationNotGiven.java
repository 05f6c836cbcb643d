package dev.palermo.checks.detention;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import java.time.LocalDate;
import java.util.List;

/**
 * A detained smuggled migrant not informed of consular notification and communication.
 *
 * <p>Rule: where smuggled migrants are detained, States shall comply with the Vienna Convention on
 * Consular Relations where applicable, including informing the person without delay about
 * notification to and communication with consular officers (Smuggling Protocol art. 16(5),
 * seeds/004 line 381). Binding, with the qualifier "where applicable": a violation where the
 * jurisdiction is bound by the Smuggling Protocol, otherwise a recommendation. The OHCHR
 * exclusion of asylum-seekers (seeds/004 line 370) is a different rule and is not applied here.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConsularInformationNotGiven extends DetentionCheck {
  /** Creates the check. */
  public ConsularInformationNotGiven() {
    super("consular-information-not-given", "PAL-C-0119", List.of("som-16-5"),
        List.of("events[detention].consularInformation",
            "conducts[].smuggling"));
  }

  @Override
  List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day) {
    return List.of(field(d, "consularInformation", d.event().consularInformation().not()),
        smuggled(ctx, d));
  }
}
