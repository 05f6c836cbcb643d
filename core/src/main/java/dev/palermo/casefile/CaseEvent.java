package dev.palermo.casefile;

import dev.palermo.facts.DateSpan;
import dev.palermo.person.PersonId;
import jakarta.validation.Valid;
import java.util.Optional;

/**
 * Something that happened in the life of a case after the conduct: identification, assistance,
 * detention, proceedings, return, cooperation. The safeguard checks read these events. Each kind
 * of event is its own immutable type implementing this interface, so new kinds can be added
 * without reshaping the case.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface CaseEvent {
  /** @return the stable code of the kind of event, e.g. {@code detention} */
  String kind();

  /** @return the person the event concerns */
  PersonId person();

  /** @return when it happened, if known; validated like every date span ({@code PAL-V-0006}) */
  Optional<@Valid DateSpan> when();
}
