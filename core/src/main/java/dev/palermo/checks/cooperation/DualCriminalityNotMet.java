package dev.palermo.checks.cooperation;

import dev.palermo.casefile.Conduct;
import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.comparison.DualCriminality;
import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.PersonId;
import dev.palermo.report.JsonPointer;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dual criminality: an extradition request, not refused, for conduct that is not trafficking in
 * persons under the law of both the requesting and the requested State. Extradition under UNTOC
 * art. 16(1) is for an offence punishable under the domestic law of both States; the rules on
 * extradition require States to deny requests for conduct "that is not an offence in the
 * requested State" (seeds/000_4ef45050c65d0a55.txt:533). Each State's law is its built-in
 * jurisdiction profile ({@link Jurisdictions#byId}), and the test is
 * {@link DualCriminality#check}, run on each conduct of the case directed at, or carried out by,
 * the person of the request.
 *
 * <p>A finding, at the request's {@code requestedJurisdiction} (or {@code requestingJurisdiction}
 * when only the requesting State's law is not met), for each conduct on which dual criminality is
 * known not to be satisfied; "cannot tell" at the conduct when it is unknown, at a jurisdiction
 * field when it is missing or not a built-in profile, and at {@code /conducts} when the case
 * records no conduct concerning the person.
 *
 * <p>Message arguments: {@code {0}} the day of the request, {@code {1}} the field,
 * {@code {2}} the requesting jurisdiction id, {@code {3}} the requested jurisdiction id,
 * {@code {4}} the index of the conduct. Code PAL-C-0506. Cites {@code untoc-16-1},
 * {@code ext-bar-no-dual-criminality}. Immutable and thread-safe.
 */
public final class DualCriminalityNotMet extends AbstractCheck {
  private static final String REQUESTING = "requestingJurisdiction";
  private static final String REQUESTED = "requestedJurisdiction";
  private static final String NONE = "-";

  /** Creates the check. */
  public DualCriminalityNotMet() {
    super("dual-criminality-not-met", "PAL-C-0506", Stage.PROCEEDINGS,
        List.of("untoc-16-1", "ext-bar-no-dual-criminality"),
        List.of("events[cooperation-request].requestingJurisdiction",
            "events[cooperation-request].requestedJurisdiction",
            "events[cooperation-request].refused", "conducts"));
  }

  @Override
  public List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<CooperationRequest> e : ctx.events(CooperationRequest.class)) {
      CooperationRequest request = e.event();
      if (request.type() != CooperationType.EXTRADITION || request.refused().isTrue()) {
        continue;
      }
      LocalDate day = ctx.dayOf(e);
      String requestingId = request.requestingJurisdiction().orElse(NONE);
      String requestedId = request.requestedJurisdiction().orElse(NONE);
      Optional<Jurisdiction> requesting = request.requestingJurisdiction()
          .flatMap(Jurisdictions::byId);
      Optional<Jurisdiction> requested = request.requestedJurisdiction()
          .flatMap(Jurisdictions::byId);
      if (requesting.isEmpty() || requested.isEmpty()) {
        String missing = requesting.isEmpty() ? REQUESTING : REQUESTED;
        out.add(cannotTell(e.at(missing), day.toString(), missing, requestingId, requestedId,
            NONE));
        continue;
      }
      PersonId person = request.person();
      List<Conduct> conducts = ctx.theCase().conducts();
      boolean any = false;
      for (int i = 0; i < conducts.size(); i++) {
        Conduct c = conducts.get(i);
        if (!c.victim().equals(person) && !c.perpetrators().contains(person)) {
          continue;
        }
        any = true;
        DualCriminality d = DualCriminality.check(c, ctx.person(c.victim()), requesting.get(),
            requested.get());
        Truth satisfied = d.satisfied();
        if (satisfied.isFalse()) {
          String field = d.requested().outcome().truth().isFalse()
              || !d.requesting().outcome().truth().isFalse() ? REQUESTED : REQUESTING;
          out.add(finding(ctx.profileOn(day), e.at(field), day.toString(), field, requestingId,
              requestedId, i));
        } else if (!satisfied.isKnown()) {
          out.add(cannotTell(JsonPointer.of("conducts", i), day.toString(), "conducts/" + i,
              requestingId, requestedId, i));
        }
      }
      if (!any) {
        out.add(cannotTell(JsonPointer.of("conducts"), day.toString(), "conducts",
            requestingId, requestedId, NONE));
      }
    }
    return out;
  }
}
