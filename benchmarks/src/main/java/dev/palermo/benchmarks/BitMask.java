package dev.palermo.benchmarks;

import dev.palermo.casefile.Case;
import dev.palermo.casefile.Conduct;
import dev.palermo.facts.FactSet;
import dev.palermo.facts.Truth;
import dev.palermo.person.Person;

/**
 * The hand-written baseline of the definition: act AND (means OR child) AND purpose over bit
 * masks of the facts known true, decided in {@code @Setup}. It knows no jurisdiction, no
 * unknown facts, no dates and explains nothing: the floor of what an assessment can cost.
 */
final class BitMask {
  final long acts;
  final long means;
  final long purposes;
  final boolean child;

  BitMask(long acts, long means, long purposes, boolean child) {
    this.acts = acts;
    this.means = means;
    this.purposes = purposes;
    this.child = child;
  }

  static BitMask of(Conduct conduct, Person victim) {
    boolean child = conduct.when()
        .map(span -> victim.ageEvidence().ageOn(span.start()).isUnder(18) == Truth.TRUE)
        .orElse(false);
    return new BitMask(mask(conduct.acts()), mask(conduct.means()), mask(conduct.purposes()),
        child);
  }

  static BitMask of(Case aCase) {
    Conduct conduct = aCase.conducts().get(0);
    return of(conduct, aCase.person(conduct.victim()).orElseThrow());
  }

  private static long mask(FactSet<?> facts) {
    long mask = 0;
    for (Enum<?> fact : facts.knownTrue()) {
      mask |= 1L << fact.ordinal();
    }
    return mask;
  }

  boolean meets() {
    return acts != 0 & (means != 0 | child) & purposes != 0;
  }
}
