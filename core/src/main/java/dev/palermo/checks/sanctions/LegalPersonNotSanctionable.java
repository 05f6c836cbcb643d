package dev.palermo.checks.sanctions;

import dev.palermo.checks.EventRule;
import dev.palermo.events.Sentence;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.List;

/**
 * An offence involving a legal person (a company, business enterprise or charitable organization)
 * where the law did not make the legal person subject to sanctions. UNTOC art. 10(4), CoE art. 23(2)
 * and Directive 2011/36/EU art. 6 "require, in cases of trafficking involving legal persons ... that
 * such legal persons be made subject to effective, proportionate and dissuasive criminal or
 * non-criminal sanctions including monetary sanctions" (seeds/000_4ef45050c65d0a55.txt:383, 397;
 * seeds/004_a416d8ba61ae2dbe.txt:742). Fires when {@code legalPersonInvolved} is TRUE and
 * {@code legalPersonSanctionable} is FALSE.
 *
 * <p>Protects every person sentenced. Code PAL-C-0412. Cites {@code untoc-10-4}, {@code coe-23-2}. Immutable and thread-safe.
 */
public final class LegalPersonNotSanctionable extends EventRule<Sentence> {
  /** Creates the check. */
  public LegalPersonNotSanctionable() {
    super("legal-person-not-sanctionable", "PAL-C-0412", Stage.PROCEEDINGS,
        List.of("untoc-10-4", "coe-23-2"),
        List.of("events[sentence].legalPersonInvolved", "events[sentence].legalPersonSanctionable"),
        Sentence.class, Scope.EVERYONE);
  }

  @Override
  protected Truth breach(Sentence e) {
    return e.legalPersonInvolved().and(e.legalPersonSanctionable().not());
  }

  @Override
  protected String field(Sentence e, Truth breach) {
    return e.legalPersonInvolved().isKnown() ? "legalPersonSanctionable" : "legalPersonInvolved";
  }
}
