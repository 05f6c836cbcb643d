package dev.palermo.checks.residence;

import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Identification;
import dev.palermo.events.IdentificationStatus;
import dev.palermo.events.ReflectionPeriod;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.JurisdictionProfile;
import dev.palermo.person.PersonId;
import dev.palermo.report.JsonPointer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the residence checks share about recovery and reflection periods. Thread-safe; has no
 * instances.
 */
final class ReflectionPeriods {
  /**
   * The minimum length the Council of Europe Convention sets, art. 13(1): "at least 30 days"
   * (seeds/001 line 270). Used as the recommended standard where a profile sets no minimum of
   * its own; the severity rule then makes a shortfall a recommendation.
   */
  static final int COE_MINIMUM_DAYS = 30;

  private ReflectionPeriods() {}

  /**
   * Whether a reflection period of a person runs on or after a day, as far as the case tells.
   *
   * @param truth TRUE if a dated period has not ended before the day (any period when the day is
   *     unknown), UNKNOWN if an undated period might, FALSE otherwise (including no period)
   * @param unknownAt the pointer of the first undated period, when the truth is UNKNOWN
   */
  record Cover(Truth truth, Optional<JsonPointer> unknownAt) {}

  /**
   * Whether a reflection period was granted to a person that runs on or after a day.
   *
   * @param ctx the context
   * @param person the person
   * @param from the day, if known
   * @return the answer
   */
  static Cover covering(CheckContext ctx, PersonId person, Optional<LocalDate> from) {
    Optional<JsonPointer> unknown = Optional.empty();
    for (Located<ReflectionPeriod> p : ctx.events(ReflectionPeriod.class, person)) {
      Optional<DateSpan> when = p.event().when();
      if (when.isEmpty()) {
        if (from.isEmpty()) {
          return new Cover(Truth.TRUE, Optional.empty());
        }
        unknown = unknown.isPresent() ? unknown : Optional.of(p.at("when"));
      } else if (from.isEmpty() || when.get().end().map(e -> !e.isBefore(from.get()))
          .orElse(true)) {
        return new Cover(Truth.TRUE, Optional.empty());
      }
    }
    return new Cover(unknown.isPresent() ? Truth.UNKNOWN : Truth.FALSE, unknown);
  }

  /**
   * The first identification event of each person that reached one of the statuses, in the
   * order recorded.
   *
   * @param ctx the context
   * @param statuses the statuses that count
   * @return the events, by person
   */
  static Map<PersonId, Located<Identification>> firstReaching(CheckContext ctx,
      Set<IdentificationStatus> statuses) {
    Map<PersonId, Located<Identification>> first = new LinkedHashMap<>();
    for (Located<Identification> i : ctx.events(Identification.class)) {
      if (statuses.contains(i.event().status())) {
        first.putIfAbsent(i.event().person(), i);
      }
    }
    return first;
  }

  /**
   * The minimum length of a reflection period under a profile.
   *
   * @param profile the profile
   * @return its minimum, or {@link #COE_MINIMUM_DAYS} when it sets none
   */
  static int minimumDays(JurisdictionProfile profile) {
    return profile.reflectionPeriodDays().orElse(COE_MINIMUM_DAYS);
  }
}
