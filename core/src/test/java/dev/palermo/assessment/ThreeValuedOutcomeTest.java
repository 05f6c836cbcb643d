package dev.palermo.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.Fixtures;
import dev.palermo.casefile.Conduct;
import dev.palermo.casefile.Movement;
import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.jurisdiction.Jurisdiction;
import dev.palermo.jurisdiction.Jurisdictions;
import dev.palermo.person.DateOfBirth;
import dev.palermo.person.Gender;
import dev.palermo.person.Person;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §1 rule 6 and TraffickingDefinition: the outcome is INDETERMINATE exactly when the
 * unknown facts could still decide it either way, and learning an unknown fact can only settle
 * an outcome, never reverse a settled one. Checked exhaustively over seven facts under every
 * built-in profile.
 */
class ThreeValuedOutcomeTest {
  private static final Truth[] T = Truth.values();

  private static Conduct conduct(Truth act, Truth means, Truth prostitution, Truth labour,
      Truth moved) {
    Conduct.Builder b = Fixtures.conduct();
    b.acts(FactSet.of(Map.of(Act.TRANSPORTATION, act), Truth.FALSE))
        .means(FactSet.of(Map.of(Means.DECEPTION, means), Truth.FALSE))
        .purposes(FactSet.of(Map.of(ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION, prostitution,
            ExploitationPurpose.FORCED_LABOUR, labour), Truth.FALSE))
        .movement(moved == Truth.TRUE ? Movement.INTERNAL : moved == Truth.FALSE ? Movement.NONE
            : Movement.UNKNOWN);
    return b.build();
  }

  private static Person person(Truth child, Truth female) {
    Person.Builder b = Person.builder();
    b.id(Fixtures.VICTIM);
    if (child.isKnown()) {
      b.ageEvidence(DateOfBirth.parse(child.isTrue() ? Fixtures.CHILD_DOB : Fixtures.ADULT_DOB));
    }
    if (female.isKnown()) {
      b.gender(female.isTrue() ? Gender.FEMALE : Gender.MALE);
    }
    return b.build();
  }

  private static Outcome outcome(Jurisdiction j, Truth[] v) {
    return TraffickingDefinition.assess(conduct(v[0], v[1], v[2], v[3], v[4]),
        person(v[5], v[6]), j).outcome();
  }

  /** The outcomes of every completion of the unknown facts of v. */
  private static void completions(Jurisdiction j, Truth[] v, int i, Set<Outcome> out) {
    if (i == v.length) {
      out.add(outcome(j, v));
      return;
    }
    if (v[i].isKnown()) {
      completions(j, v, i + 1, out);
      return;
    }
    for (Truth t : new Truth[] {Truth.TRUE, Truth.FALSE}) {
      Truth[] w = v.clone();
      w[i] = t;
      completions(j, w, i + 1, out);
    }
  }

  @Test
  void indeterminateExactlyWhenTheUnknownFactsCouldDecideEitherWay() {
    int checked = 0;
    for (Jurisdiction j : Jurisdictions.all()) {
      Truth[] v = new Truth[7];
      int total = (int) Math.pow(3, v.length);
      for (int n = 0; n < total; n++) {
        int k = n;
        for (int i = 0; i < v.length; i++) {
          v[i] = T[k % 3];
          k /= 3;
        }
        Outcome o = outcome(j, v);
        Set<Outcome> possible = EnumSet.noneOf(Outcome.class);
        completions(j, v, 0, possible);
        assertThat(possible).doesNotContain(Outcome.INDETERMINATE);
        String where = j.id() + " act, means, prostitution, labour, moved, child, female = "
            + java.util.Arrays.toString(v);
        if (o == Outcome.INDETERMINATE) {
          assertThat(possible).as(where).containsExactlyInAnyOrder(Outcome.MEETS,
              Outcome.DOES_NOT_MEET);
        } else {
          assertThat(possible).as(where).containsExactly(o);
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(7 * 2187);
  }
}
