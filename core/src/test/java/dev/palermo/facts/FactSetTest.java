package dev.palermo.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.palermo.definition.Means;
import dev.palermo.law.Instrument;
import dev.palermo.law.Provision;
import dev.palermo.vocabulary.Code;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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

  /** A code system of more than 64 values, past what a selection's bit set holds. */
  enum Wide implements Code {
    W00, W01, W02, W03, W04, W05, W06, W07, W08, W09, W10, W11, W12, W13, W14, W15, W16, W17,
    W18, W19, W20, W21, W22, W23, W24, W25, W26, W27, W28, W29, W30, W31, W32, W33, W34, W35,
    W36, W37, W38, W39, W40, W41, W42, W43, W44, W45, W46, W47, W48, W49, W50, W51, W52, W53,
    W54, W55, W56, W57, W58, W59, W60, W61, W62, W63, W64, W65, W66, W67, W68, W69;

    @Override
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String label() {
      return name();
    }

    @Override
    public Provision definedBy() {
      return Provision.of(Instrument.PALERMO_BRIEF, "1");
    }
  }

  /** Every fact set over {@code values} (each unlisted, true, false or unknown; three defaults). */
  private static <C extends Enum<C> & Code> List<FactSet<C>> everyFactSet(Class<C> type,
      List<C> values) {
    List<FactSet<C>> out = new ArrayList<>();
    int combinations = (int) Math.pow(4, values.size());
    for (Truth unlisted : Truth.values()) {
      for (int n = 0; n < combinations; n++) {
        Map<C, Truth> map = new EnumMap<>(type);
        for (int i = 0, rest = n; i < values.size(); i++, rest /= 4) {
          if (rest % 4 > 0) {
            map.put(values.get(i), Truth.values()[rest % 4 - 1]);
          }
        }
        out.add(FactSet.of(map, unlisted));
      }
    }
    return out;
  }

  /** Every subset of {@code values}, as a list. */
  private static <C> List<List<C>> everySubset(List<C> values) {
    List<List<C>> out = new ArrayList<>();
    for (int n = 0; n < 1 << values.size(); n++) {
      List<C> subset = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        if ((n & (1 << i)) != 0) {
          subset.add(values.get(i));
        }
      }
      out.add(subset);
    }
    return out;
  }

  private static <C extends Enum<C> & Code> int checkSelections(Class<C> type, List<C> listed,
      List<C> selectable) {
    int checked = 0;
    List<List<C>> subsets = everySubset(selectable);
    for (FactSet<C> facts : everyFactSet(type, listed)) {
      for (C c : type.getEnumConstants()) {
        Truth expected = facts.facts().getOrDefault(c, facts.unlisted());
        assertThat(facts.status(c)).as("%s %s", facts, c).isEqualTo(expected);
      }
      for (List<C> subset : subsets) {
        FactSet.Selection<C> selection = FactSet.Selection.of(type, subset);
        assertThat(facts.anyOf(selection)).as("%s any of %s", facts, subset)
            .isEqualTo(facts.anyOf(subset));
        checked++;
      }
    }
    return checked;
  }

  @Test
  void aSelectionAnswersAsTheCollectionOfItsValues() {
    // Exhaustive over four listed values (each unlisted, true, false or unknown), the three
    // defaults for unlisted values, and every selection among five values, one never listed.
    List<Means> all = List.of(Means.values());
    int checked = checkSelections(Means.class, all.subList(0, 4), all.subList(2, 7));
    assertThat(checked).isEqualTo(3 * 256 * 32);
    // A code system past 64 values falls back to asking value by value.
    List<Wide> wide = List.of(Wide.W00, Wide.W63, Wide.W64, Wide.W69);
    assertThat(checkSelections(Wide.class, wide, List.of(Wide.W01, Wide.W63, Wide.W64,
        Wide.W69))).isEqualTo(3 * 256 * 16);
    assertThat(checkSelections(Wide.class, wide.subList(0, 2), List.of(Wide.W01, Wide.W63,
        Wide.W64, Wide.W69))).isEqualTo(3 * 16 * 16);
  }

  @Test
  void aSelectionIsAnImmutableSetOfValues() {
    FactSet.Selection<Means> s = FactSet.Selection.of(Means.class,
        List.of(Means.FRAUD, Means.ABDUCTION, Means.FRAUD));
    assertThat(s.values()).containsExactly(Means.ABDUCTION, Means.FRAUD).isUnmodifiable();
    assertThat(s.contains(Means.FRAUD)).isTrue();
    assertThat(s.contains(Means.DECEPTION)).isFalse();
    assertThat(s).isEqualTo(FactSet.Selection.of(Means.class, List.of(Means.ABDUCTION,
        Means.FRAUD))).hasSameHashCodeAs(FactSet.Selection.of(Means.class,
        List.of(Means.FRAUD, Means.ABDUCTION)));
    assertThat(s.toString()).isEqualTo("[abduction, fraud]");
    assertThat(FactSet.Selection.of(Wide.class, List.of(Wide.W69)).contains(Wide.W69)).isTrue();
    assertThat(FactSet.Selection.of(Wide.class, List.of(Wide.W69)).contains(Wide.W05)).isFalse();
  }
}
