package dev.palermo.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.definition.Act;
import dev.palermo.facts.DateSpan;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.person.PersonId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConductTest {
  private static final PersonId V = PersonId.of("V1");

  @Test
  void defaultsAreUnknownNotFalse() {
    // DOMAIN.md §1 rule 6: a missing record is never evidence of absence.
    Conduct c = Conduct.builder().victim(V).build();
    assertThat(c.acts()).isEqualTo(FactSet.unknown());
    assertThat(c.means()).isEqualTo(FactSet.unknown());
    assertThat(c.purposes()).isEqualTo(FactSet.unknown());
    assertThat(c.consent()).isEqualTo(Consent.UNKNOWN);
    assertThat(c.movement()).isEqualTo(Movement.UNKNOWN);
    assertThat(c.exploitationOccurred()).isEqualTo(Truth.UNKNOWN);
    assertThat(c.organizedCriminalGroup()).isEqualTo(Truth.UNKNOWN);
    assertThat(c.when()).isEmpty();
  }

  @Test
  void actRecordsCountAsKnownActs() {
    Conduct.Builder b = Conduct.builder();
    b.victim(V).acts(FactSet.none()).addActRecords(ActRecord.of(Act.HARBOURING));
    Conduct c = b.build();
    assertThat(c.actFacts().status(Act.HARBOURING)).isEqualTo(Truth.TRUE);
    assertThat(c.actFacts().status(Act.RECRUITMENT)).isEqualTo(Truth.FALSE);
  }

  @Test
  void whenIsDerivedFromTheActRecords() {
    LocalDate d1 = LocalDate.of(2015, 1, 10);
    LocalDate d2 = LocalDate.of(2016, 3, 1);
    Conduct.Builder b = Conduct.builder();
    b.victim(V).addActRecords(
        ActRecord.builder().act(Act.HARBOURING).when(DateSpan.between(d2, d2.plusDays(30))).build(),
        ActRecord.builder().act(Act.RECRUITMENT).when(DateSpan.on(d1)).build(),
        ActRecord.of(Act.TRANSPORTATION));
    assertThat(b.build().when()).contains(DateSpan.between(d1, d2.plusDays(30)));

    Conduct.Builder ongoing = Conduct.builder();
    ongoing.victim(V).addActRecords(
        ActRecord.builder().act(Act.HARBOURING).when(DateSpan.since(d2)).build(),
        ActRecord.builder().act(Act.RECRUITMENT).when(DateSpan.on(d1)).build());
    assertThat(ongoing.build().when()).contains(DateSpan.since(d1));
  }

  @Test
  void aRecordedPeriodPrevails() {
    LocalDate d = LocalDate.of(2017, 5, 5);
    Conduct.Builder b = Conduct.builder();
    b.victim(V).period(DateSpan.on(d)).addActRecords(ActRecord.builder().act(Act.RECRUITMENT)
        .when(DateSpan.on(LocalDate.of(2015, 1, 1))).build());
    assertThat(b.build().when()).contains(DateSpan.on(d));
  }

  @Test
  void movementTruths() {
    assertThat(Movement.NONE.anyMovement()).isEqualTo(Truth.FALSE);
    assertThat(Movement.INTERNAL.anyMovement()).isEqualTo(Truth.TRUE);
    assertThat(Movement.INTERNAL.crossedBorder()).isEqualTo(Truth.FALSE);
    assertThat(Movement.CROSS_BORDER.crossedBorder()).isEqualTo(Truth.TRUE);
    assertThat(Movement.UNKNOWN.anyMovement()).isEqualTo(Truth.UNKNOWN);
    assertThat(Movement.UNKNOWN.crossedBorder()).isEqualTo(Truth.UNKNOWN);
  }
}
