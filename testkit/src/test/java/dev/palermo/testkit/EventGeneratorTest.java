package dev.palermo.testkit;

import static dev.palermo.testkit.Properties.qt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.casefile.Case;
import dev.palermo.casefile.CaseEvent;
import dev.palermo.events.Detention;
import dev.palermo.facts.Truth;
import dev.palermo.person.Person;
import dev.palermo.person.PersonId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The event generators: valid cases, every kind for every person, facts of every value. */
class EventGeneratorTest {
  private static final int KINDS = 16;

  @Test
  void casesWithEventsAreValidAndHaveEveryKindForEveryPerson() {
    qt(200).forAll(PalermoGenerators.casesWithEvents()).checkAssert(c -> {
      GeneratorTest.assertValid(c.withEvents(java.util.List.of()));
      Set<PersonId> ids = c.persons().stream().map(Person::id).collect(Collectors.toSet());
      for (CaseEvent e : c.events()) {
        assertThat(ids).contains(e.person());
      }
      Map<PersonId, Set<String>> kinds = c.events().stream().collect(Collectors.groupingBy(
          CaseEvent::person, Collectors.mapping(CaseEvent::kind, Collectors.toSet())));
      assertThat(kinds.keySet()).isEqualTo(ids);
      kinds.values().forEach(k -> assertThat(k).hasSize(KINDS));
    });
  }

  @Test
  void eventsAreDatedAroundTheConductInOrder() {
    qt(200).forAll(PalermoGenerators.casesWithEvents()).checkAssert(c -> {
      LocalDate previous = LocalDate.MIN;
      for (CaseEvent e : c.events()) {
        LocalDate day = e.when().map(w -> w.start()).orElse(LocalDate.MAX);
        assertThat(day).isAfterOrEqualTo(previous);
        previous = day;
      }
    });
  }

  @Test
  void factsTakeEveryValue() {
    Set<Truth> seen = EnumSet.noneOf(Truth.class);
    qt(100).forAll(PalermoGenerators.detention()).checkAssert((Detention d) ->
        seen.add(d.routinePolicy()));
    assertThat(seen).containsExactlyInAnyOrder(Truth.values());
  }

  @Test
  void aSeedReproducesACaseWithEvents() {
    Case a = SeededCases.casesWithEvents(SeededCases.random(7));
    Case b = SeededCases.casesWithEvents(SeededCases.random(7));
    assertThat(a).isEqualTo(b);
    assertThat(a.events()).hasSizeGreaterThanOrEqualTo(KINDS);
    assertThat(SeededCases.detention(SeededCases.random(8)))
        .isEqualTo(SeededCases.detention(SeededCases.random(8)));
  }
}
