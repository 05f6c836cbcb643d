package dev.palermo.casefile;

import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.internal.PalermoStyle;
import dev.palermo.person.PersonId;
import dev.palermo.smuggling.SmugglingFacts;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A course of conduct against one person: the facts the definition of trafficking in persons
 * (TIP Protocol art. 3) and of smuggling of migrants (Smuggling Protocol art. 3) are assessed on.
 * It records the three elements as {@link FactSet}s (each value known true, known false or
 * unknown), the consent, the movement and whether an organized criminal group took part (recorded
 * for cooperation, never an element: DOMAIN.md §1 item 5), and when it happened.
 *
 * <p>Nullness: {@link #victim()} is required; the element fact sets default to "nothing known",
 * the others to unknown or empty. Immutable and thread-safe.
 */
@Value.Immutable
@PalermoStyle
public abstract class Conduct implements WithConduct {
  Conduct() {}

  /** @return the person the conduct was directed at (the presumed victim) */
  public abstract PersonId victim();

  /** @return the persons who carried it out, if known */
  public abstract Set<PersonId> perpetrators();

  /**
   * The act element as a fact set; see {@link #actFacts()} for the facts the definition reads.
   *
   * @return what is known of each act; nothing by default
   */
  @Value.Default
  public FactSet<Act> acts() {
    return FactSet.unknown();
  }

  /** @return acts recorded with their details (date, place, who); each counts as known true */
  @Valid
  public abstract java.util.List<ActRecord> actRecords();

  /** @return what is known of each means (TIP Protocol art. 3(a)); nothing by default */
  @Value.Default
  public FactSet<Means> means() {
    return FactSet.unknown();
  }

  /**
   * The intended exploitation (TIP Protocol art. 3(a)): a purpose, not a result.
   *
   * @return what is known of each purpose; nothing by default
   */
  @Value.Default
  public FactSet<ExploitationPurpose> purposes() {
    return FactSet.unknown();
  }

  /**
   * Whether exploitation actually happened. Recorded only: the definition needs the purpose, not
   * the result (DOMAIN.md §1 item 4).
   *
   * @return what is known; unknown by default
   */
  @Value.Default
  public Truth exploitationOccurred() {
    return Truth.UNKNOWN;
  }

  /** @return the consent recorded (TIP Protocol art. 3(b)); unknown by default */
  @Value.Default
  public Consent consent() {
    return Consent.UNKNOWN;
  }

  /** @return how far the person was moved; unknown by default */
  @Value.Default
  public Movement movement() {
    return Movement.UNKNOWN;
  }

  /** @return whether an organized criminal group was involved (UNTOC art. 2(a)); unknown */
  @Value.Default
  public Truth organizedCriminalGroup() {
    return Truth.UNKNOWN;
  }

  /**
   * When the conduct happened. When absent, {@link #when()} derives it from the act records.
   *
   * @return the period, if recorded
   */
  @Valid
  public abstract Optional<DateSpan> period();

  /** @return the facts of a smuggling of migrants, if the person was also smuggled */
  @Valid
  public abstract Optional<SmugglingFacts> smuggling();

  /**
   * The acts as the definition reads them: {@link #acts()}, with every act of
   * {@link #actRecords()} known true.
   *
   * @return the act facts
   */
  @Value.Derived
  @Value.Auxiliary
  public FactSet<Act> actFacts() {
    FactSet<Act> facts = acts();
    for (ActRecord record : actRecords()) {
      facts = facts.with(Truth.TRUE, record.act());
    }
    return facts;
  }

  /**
   * When the conduct happened: {@link #period()}, or else the span from the earliest start to
   * the latest end of the dated act records. Computed once, when the conduct is built (every
   * assessment reads it).
   *
   * @return the period, or empty when nothing is dated
   */
  @Value.Derived
  @Value.Auxiliary
  public Optional<DateSpan> when() {
    if (period().isPresent()) {
      return period();
    }
    LocalDate start = null;
    LocalDate end = null;
    boolean open = false;
    for (ActRecord record : actRecords()) {
      if (record.when().isEmpty()) {
        continue;
      }
      DateSpan span = record.when().get();
      if (start == null || span.start().isBefore(start)) {
        start = span.start();
      }
      if (span.end().isEmpty()) {
        open = true;
      } else if (end == null || span.end().get().isAfter(end)) {
        end = span.end().get();
      }
    }
    if (start == null) {
      return Optional.empty();
    }
    if (open || end == null) {
      return Optional.of(DateSpan.since(start));
    }
    return Optional.of(DateSpan.between(start, end.isBefore(start) ? start : end));
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Conduct}; not thread-safe, use once. */
  public static final class Builder extends ImmutableConduct.Builder {}
}
