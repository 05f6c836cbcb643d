package dev.palermo.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.definition.Means;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Three-valued fact sets: a missing record is never evidence of absence (DOMAIN.md §1 item 6). */
class FactSetTest {

  @Test
  void unknownKnowsNothing() {
    FactSet<Means> facts = FactSet.unknown();
    for (Means m : Means.values()) {
      assertThat(facts.status(m)).isEqualTo(Truth.UNKNOWN);
    }
    assertThat(facts.unlisted()).isEqualTo(Truth.UNKNOWN);
    assertThat(facts.knownTrue()).isEmpty();
  }

  @Test
  void noneMakesEveryValueFalse() {
    FactSet<Means> facts = FactSet.none();
    for (Means m : Means.values()) {
      assertThat(facts.status(m)).isEqualTo(Truth.FALSE);
    }
  }

  @Test
  void includingLeavesTheOthersUnknown() {
    FactSet<Means> facts = FactSet.including(Means.DECEPTION, Means.FRAUD);
    assertThat(facts.status(Means.DECEPTION)).isEqualTo(Truth.TRUE);
    assertThat(facts.status(Means.FRAUD)).isEqualTo(Truth.TRUE);
    assertThat(facts.status(Means.ABDUCTION)).isEqualTo(Truth.UNKNOWN);
    assertThat(facts.knownTrue()).containsExactlyInAnyOrder(Means.DECEPTION, Means.FRAUD);
  }

  @Test
  void onlyMakesTheOthersFalse() {
    FactSet<Means> facts = FactSet.only(Means.DECEPTION);
    assertThat(facts.status(Means.DECEPTION)).isEqualTo(Truth.TRUE);
    assertThat(facts.status(Means.ABDUCTION)).isEqualTo(Truth.FALSE);
    assertThat(facts.knownTrue()).containsExactly(Means.DECEPTION);
  }

  @Test
  void withOverridesAndCopies() {
    FactSet<Means> base = FactSet.including(Means.DECEPTION);
    FactSet<Means> changed = base.with(Truth.FALSE, Means.DECEPTION, Means.FRAUD);
    assertThat(base.status(Means.DECEPTION)).as("original unchanged").isEqualTo(Truth.TRUE);
    assertThat(changed.status(Means.DECEPTION)).isEqualTo(Truth.FALSE);
    assertThat(changed.status(Means.FRAUD)).isEqualTo(Truth.FALSE);
    assertThat(changed.status(Means.ABDUCTION)).isEqualTo(Truth.UNKNOWN);
    assertThat(changed.withUnlisted(Truth.FALSE).status(Means.ABDUCTION)).isEqualTo(Truth.FALSE);
  }

  @Test
  void anyOfIsAThreeValuedDisjunction() {
    List<Means> two = List.of(Means.FRAUD, Means.ABDUCTION);
    assertThat(FactSet.<Means>unknown().anyOf(two)).isEqualTo(Truth.UNKNOWN);
    assertThat(FactSet.<Means>none().anyOf(two)).isEqualTo(Truth.FALSE);
    assertThat(FactSet.including(Means.FRAUD).anyOf(two)).isEqualTo(Truth.TRUE);
    assertThat(FactSet.including(Means.DECEPTION).anyOf(two)).isEqualTo(Truth.UNKNOWN);
    assertThat(FactSet.only(Means.DECEPTION).anyOf(two)).isEqualTo(Truth.FALSE);
    assertThat(FactSet.including(Means.DECEPTION).with(Truth.FALSE, Means.FRAUD, Means.ABDUCTION)
        .anyOf(two)).isEqualTo(Truth.FALSE);
    assertThat(FactSet.including(Means.DECEPTION).anyOf(List.of())).isEqualTo(Truth.FALSE);
  }

  @Test
  void anyMatchingEnumeratesUnlistedValues() {
    FactSet<Means> facts = FactSet.<Means>none().with(Truth.UNKNOWN, Means.FRAUD);
    assertThat(facts.anyMatching(Means.class, m -> m == Means.FRAUD)).isEqualTo(Truth.UNKNOWN);
    assertThat(facts.anyMatching(Means.class, m -> m != Means.FRAUD)).isEqualTo(Truth.FALSE);
    assertThat(FactSet.<Means>unknown().withUnlisted(Truth.TRUE)
        .anyMatching(Means.class, m -> m == Means.ABDUCTION)).isEqualTo(Truth.TRUE);
  }

  @Test
  void equalityFollowsContent() {
    assertThat(FactSet.including(Means.DECEPTION))
        .isEqualTo(FactSet.<Means>unknown().with(Truth.TRUE, Means.DECEPTION))
        .hasSameHashCodeAs(FactSet.<Means>unknown().with(Truth.TRUE, Means.DECEPTION))
        .isNotEqualTo(FactSet.only(Means.DECEPTION));
    assertThat(FactSet.only(Means.DECEPTION))
        .isEqualTo(FactSet.<Means>none().with(Truth.TRUE, Means.DECEPTION));
    assertThat(FactSet.<Means>of(Map.of(), Truth.UNKNOWN)).isEqualTo(FactSet.unknown());
    assertThat(FactSet.<Means>of(Map.of(), Truth.FALSE)).isEqualTo(FactSet.none());
    assertThat(FactSet.<Means>unknown()).isNotEqualTo(FactSet.none());
    Map<Means, Truth> map = new EnumMap<>(Means.class);
    map.put(Means.FRAUD, Truth.TRUE);
    FactSet<Means> fromMap = FactSet.of(map, Truth.FALSE);
    map.put(Means.ABDUCTION, Truth.TRUE);
    assertThat(fromMap).as("copied, not a view").isEqualTo(FactSet.only(Means.FRAUD));
  }

  @Test
  void toStringUsesCodes() {
    assertThat(FactSet.only(Means.DECEPTION).toString()).isEqualTo("{deception=true, *=false}");
  }
}
