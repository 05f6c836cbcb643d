package dev.palermo.testkit;

import dev.palermo.assessment.ConsentRule;
import dev.palermo.assessment.ElementStatus;
import dev.palermo.assessment.Outcome;
import dev.palermo.definition.Act;
import dev.palermo.definition.DefinitionElement;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.definition.Means;
import dev.palermo.person.AgeAssessment;
import dev.palermo.person.AgeEvidence;
import dev.palermo.person.DateOfBirth;
import dev.palermo.vocabulary.Code;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An oracle for the Trafficking Protocol's definition, written from the text of art. 3 and
 * nothing else of the engine: its own three-valued logic, its own lists of the acts, means and
 * purposes named in art. 3(a), and its own age arithmetic for art. 3(d).
 *
 * <pre>
 * (a) "Trafficking in persons" shall mean the recruitment, transportation, transfer, harbouring
 *     or receipt of persons, by means of the threat or use of force or other forms of coercion, of
 *     abduction, of fraud, of deception, of the abuse of power or of a position of vulnerability
 *     or of the giving or receiving of payments or benefits to achieve the consent of a person
 *     having control over another person, for the purpose of exploitation. Exploitation shall
 *     include, at a minimum, the exploitation of the prostitution of others or other forms of
 *     sexual exploitation, forced labour or services, slavery or practices similar to slavery,
 *     servitude or the removal of organs;
 * (b) The consent of a victim ... shall be irrelevant where any of the means ... have been used;
 * (c) The recruitment, transportation, transfer, harbouring or receipt of a child for the purpose
 *     of exploitation shall be considered "trafficking in persons" even if this does not involve
 *     any of the means set forth in subparagraph (a);
 * (d) "Child" shall mean any person under eighteen years of age.
 * </pre>
 *
 * So: trafficking = act AND purpose AND (means OR child); consent never enters the formula.
 */
final class Article3Oracle {
  /** Kleene's strong three-valued logic, written here so as not to rely on the engine's. */
  enum K {
    T, F, U;

    K and(K o) {
      return this == F || o == F ? F : this == T && o == T ? T : U;
    }

    K or(K o) {
      return this == T || o == T ? T : this == F && o == F ? F : U;
    }

    static K of(boolean b) {
      return b ? T : F;
    }

    Outcome outcome() {
      return this == T ? Outcome.MEETS : this == F ? Outcome.DOES_NOT_MEET : Outcome.INDETERMINATE;
    }

    ElementStatus status() {
      return this == T ? ElementStatus.ESTABLISHED
          : this == F ? ElementStatus.NOT_ESTABLISHED : ElementStatus.UNKNOWN;
    }
  }

  /** Art. 3(a): "the recruitment, transportation, transfer, harbouring or receipt of persons". */
  static final Set<Act> ACTS = EnumSet.of(Act.RECRUITMENT, Act.TRANSPORTATION, Act.TRANSFER,
      Act.HARBOURING, Act.RECEIPT);
  /** Art. 3(a): nine means, threat and use of force apart, power and vulnerability apart. */
  static final Set<Means> MEANS = EnumSet.of(Means.THREAT_OF_FORCE, Means.USE_OF_FORCE,
      Means.OTHER_COERCION, Means.ABDUCTION, Means.FRAUD, Means.DECEPTION, Means.ABUSE_OF_POWER,
      Means.ABUSE_OF_VULNERABILITY, Means.PAYMENTS_TO_PERSON_IN_CONTROL);
  /**
   * Art. 3(a): the seven forms of the floor, and debt bondage, which is one of the "practices
   * similar to slavery" (Supplementary Convention 1956 art. 1(a)). Other extensions are not named
   * by the Protocol's floor.
   */
  static final Set<ExploitationPurpose> PURPOSES = EnumSet.of(
      ExploitationPurpose.EXPLOITATION_OF_PROSTITUTION,
      ExploitationPurpose.OTHER_SEXUAL_EXPLOITATION, ExploitationPurpose.FORCED_LABOUR,
      ExploitationPurpose.SLAVERY, ExploitationPurpose.PRACTICES_SIMILAR_TO_SLAVERY,
      ExploitationPurpose.SERVITUDE, ExploitationPurpose.REMOVAL_OF_ORGANS,
      ExploitationPurpose.DEBT_BONDAGE);

  final K act;
  final K means;
  final K purpose;
  final K child;

  Article3Oracle(Combination c) {
    this(element(c.act(), ACTS), element(c.means(), MEANS), element(c.purpose(), PURPOSES),
        under18(c.age().evidence(), c.conductDate()));
  }

  Article3Oracle(K act, K means, K purpose, K child) {
    this.act = act;
    this.means = means;
    this.purpose = purpose;
    this.child = child;
  }

  static <C extends Enum<C> & Code> K element(ElementChoice<C> choice, Set<C> named) {
    if (choice.isUnknown()) {
      return K.U;
    }
    return K.of(choice.value().map(named::contains).orElse(false));
  }

  /**
   * Art. 3(d), under eighteen on the day: TRUE if even the earliest possible birth leaves the
   * 18th birthday after the day, FALSE if even the latest possible birth has it on or before.
   */
  static K under18(AgeEvidence evidence, LocalDate day) {
    LocalDate earliest;
    LocalDate latest;
    if (evidence instanceof DateOfBirth) {
      earliest = ((DateOfBirth) evidence).date().earliest();
      latest = ((DateOfBirth) evidence).date().latest();
    } else if (evidence instanceof AgeAssessment) {
      AgeAssessment a = (AgeAssessment) evidence;
      // Aged min..max (completed years) on assessedOn: born after assessedOn - (max + 1) years
      // and no later than assessedOn - min years.
      earliest = a.assessedOn().minusYears(a.maxAge() + 1L).plusDays(1);
      latest = a.assessedOn().minusYears(a.minAge());
    } else {
      return K.U;
    }
    if (earliest.plusYears(18).isAfter(day)) {
      return K.T;
    }
    if (!latest.plusYears(18).isAfter(day)) {
      return K.F;
    }
    return K.U;
  }

  /** Art. 3(a) with (c): act, purpose, and means unless a child. */
  static K result(K act, K means, K purpose, K child) {
    return act.and(purpose).and(means.or(child));
  }

  K result() {
    return result(act, means, purpose, child);
  }

  Outcome outcome() {
    return result().outcome();
  }

  Outcome ifChild() {
    return result(act, means, purpose, K.T).outcome();
  }

  Outcome ifAdult() {
    return result(act, means, purpose, K.F).outcome();
  }

  /** Art. 3(b) where means were used; 3(c) for a child; else consent simply is not an element. */
  ConsentRule consentRule() {
    if (means == K.T) {
      return ConsentRule.IRRELEVANT_MEANS_USED;
    }
    return child == K.T ? ConsentRule.IRRELEVANT_CHILD : ConsentRule.NOT_DECISIVE;
  }

  /**
   * The statuses of the elements: act and purpose as known; the means not required for a child
   * (art. 3(c)), else as known; the child rule not required once means are established, else
   * established exactly when the person was a child.
   */
  Map<DefinitionElement, ElementStatus> statuses() {
    Map<DefinitionElement, ElementStatus> m = new EnumMap<>(DefinitionElement.class);
    m.put(DefinitionElement.ACT, act.status());
    m.put(DefinitionElement.PURPOSE, purpose.status());
    m.put(DefinitionElement.MEANS, means == K.T ? ElementStatus.ESTABLISHED
        : child == K.T ? ElementStatus.NOT_REQUIRED : means.status());
    m.put(DefinitionElement.CHILD_RULE,
        means == K.T ? ElementStatus.NOT_REQUIRED : child.status());
    return m;
  }

  /**
   * The elements whose unknown facts could still decide an indeterminate outcome: an unknown
   * element counts if, for some way of settling the other unknowns, settling it true and false
   * gives different results. The age stands for the child rule.
   */
  Set<DefinitionElement> deciding() {
    Set<DefinitionElement> out = EnumSet.noneOf(DefinitionElement.class);
    K[] facts = {act, means, purpose, child};
    DefinitionElement[] names = {DefinitionElement.ACT, DefinitionElement.MEANS,
        DefinitionElement.PURPOSE, DefinitionElement.CHILD_RULE};
    for (int i = 0; i < 4; i++) {
      if (facts[i] != K.U) {
        continue;
      }
      for (K[] settled : settlements(facts, i)) {
        settled[i] = K.T;
        K whenTrue = result(settled[0], settled[1], settled[2], settled[3]);
        settled[i] = K.F;
        K whenFalse = result(settled[0], settled[1], settled[2], settled[3]);
        if (whenTrue != whenFalse) {
          out.add(names[i]);
          break;
        }
      }
    }
    return out;
  }

  /** Every way of settling the unknown facts other than {@code except} to T or F. */
  private static List<K[]> settlements(K[] facts, int except) {
    List<K[]> out = new ArrayList<>();
    out.add(facts.clone());
    for (int j = 0; j < facts.length; j++) {
      if (j == except || facts[j] != K.U) {
        continue;
      }
      List<K[]> next = new ArrayList<>();
      for (K[] partial : out) {
        for (K v : new K[] {K.T, K.F}) {
          K[] copy = partial.clone();
          copy[j] = v;
          next.add(copy);
        }
      }
      out = next;
    }
    return out;
  }
}
