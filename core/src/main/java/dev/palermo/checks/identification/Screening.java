package dev.palermo.checks.identification;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Identification;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.facts.Truth;
import dev.palermo.person.PersonId;
import dev.palermo.report.JsonPointer;
import java.time.LocalDate;

/**
 * Whether a person had been screened by a day, shared by the identification checks. A person who
 * may be a victim is presumed to be one "until further screening takes place to rule out this
 * possibility" ({@code seeds/004_a416d8ba61ae2dbe.txt:266}). Stateless and thread-safe; has no
 * instances.
 */
final class Screening {
  private Screening() {}

  /**
   * What is known of a fact, with the place of the missing fact when it is unknown.
   *
   * @param truth what is known
   * @param unknownAt where the missing fact belongs (meaningful when {@code truth} is unknown)
   */
  record Known(Truth truth, JsonPointer unknownAt) {}

  /**
   * Whether one identification step is a completed screening: reasonable grounds or identified,
   * or screened out unless the screening is known not to have been completed.
   */
  static Truth isScreening(Identification i) {
    switch (i.status()) {
      case REASONABLE_GROUNDS:
      case IDENTIFIED:
        return Truth.TRUE;
      case NOT_A_VICTIM:
        return i.screeningCompleted().isFalse() ? Truth.FALSE : Truth.TRUE;
      default:
        return Truth.FALSE;
    }
  }

  /**
   * Whether a completed screening of the person is recorded on or before a day: TRUE if a dated
   * one is, FALSE if none can be, UNKNOWN when only an undated one could be.
   */
  static Known completedBy(CheckContext ctx, PersonId person, LocalDate day) {
    Truth result = Truth.FALSE;
    JsonPointer unknownAt = ctx.personPath(person);
    for (Located<Identification> e : ctx.events(Identification.class, person)) {
      if (isScreening(e.event()).isFalse()) {
        continue;
      }
      if (e.day().isPresent()) {
        if (!e.day().get().isAfter(day)) {
          result = Truth.TRUE;
        }
      } else if (result != Truth.TRUE) {
        result = Truth.UNKNOWN;
        unknownAt = e.at("when");
      }
    }
    return new Known(result, unknownAt);
  }

  /**
   * Whether the person may be a victim who had not been screened on a day: not screened by then,
   * and either recorded as a possible victim or, not yet screened at all, subject to conduct that
   * meets the jurisdiction's definition ({@code seeds/004_a416d8ba61ae2dbe.txt:100, 266}).
   */
  static Known mayBeUnscreenedVictim(CheckContext ctx, PersonId person, LocalDate day) {
    Known screened = completedBy(ctx, person, day);
    if (screened.truth().isTrue()) {
      return new Known(Truth.FALSE, screened.unknownAt());
    }
    IdentificationStatus status = ctx.identificationOn(person, day);
    Truth indicated;
    if (status == IdentificationStatus.POSSIBLE_VICTIM) {
      indicated = Truth.TRUE;
    } else if (status == IdentificationStatus.NOT_SCREENED
        || status == IdentificationStatus.NOT_A_VICTIM) {
      // not screened, or "screened out" without a completed screening: the conduct decides
      indicated = ctx.trafficked(person);
    } else {
      indicated = Truth.FALSE;
    }
    Truth result = screened.truth().not().and(indicated);
    JsonPointer at = screened.truth().isKnown() ? ctx.personPath(person) : screened.unknownAt();
    return new Known(result, at);
  }
}
