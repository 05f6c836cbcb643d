package dev.palermo.checks.detention;

import dev.palermo.checks.AbstractCheck;
import dev.palermo.checks.CheckContext;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.events.Detention;
import dev.palermo.events.DetentionKind;
import dev.palermo.events.DetentionReason;
import dev.palermo.facts.Truth;
import dev.palermo.person.PersonId;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The shape shared by the detention checks: each {@link Detention} of the case is judged on its
 * own day, with the profile in force that day. A check names the facts whose conjunction breaks
 * its rule, the offending fact first; the rule is kept (no finding) as soon as one of them is
 * known false, broken (a finding at the offending fact) when all are known true, and otherwise
 * the check cannot tell (a finding at the first unknown fact). A stay the person was known to
 * be free to leave is not a deprivation of liberty, so these rules do not apply to it (seeds/004
 * line 414: the wrong is keeping victims "against their will").
 *
 * <p>Message arguments: {@code {0}} the detention kind code, {@code {1}} its first day (or the
 * day the checks run for when undated), {@code {2}} (cannot tell only) the name of the unknown
 * fact. Subclasses are final, immutable and thread-safe.
 */
abstract class DetentionCheck extends AbstractCheck {
  /** Reasons that make a detention one for migration status (seeds/004 lines 383, 393). */
  private static final EnumSet<DetentionReason> MIGRATION_REASONS =
      EnumSet.of(DetentionReason.IMMIGRATION_STATUS, DetentionReason.PREPARE_RETURN);

  DetentionCheck(String id, String code, List<String> provisionIds, List<String> reads) {
    super(id, code, Stage.DETENTION, provisionIds, reads);
  }

  /**
   * The facts that together break the rule for one detention, the offending fact first.
   *
   * @param ctx the context
   * @param d the detention
   * @param day the day it is judged on
   * @return the facts; empty when the rule does not apply to this detention
   */
  abstract List<Fact> breach(CheckContext ctx, Located<Detention> d, LocalDate day);

  @Override
  public final List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<Detention> d : ctx.events(Detention.class)) {
      if (d.event().freeToLeave().isTrue()) {
        continue;
      }
      LocalDate day = ctx.dayOf(d);
      List<Fact> facts = breach(ctx, d, day);
      if (facts.isEmpty() || facts.stream().anyMatch(f -> f.truth().isFalse())) {
        continue;
      }
      String kind = d.event().type().code();
      Optional<Fact> unknown = facts.stream().filter(f -> !f.truth().isKnown()).findFirst();
      if (unknown.isPresent()) {
        out.add(cannotTell(unknown.get().path(), kind, day.toString(), unknown.get().name()));
      } else {
        out.add(finding(ctx.profileOn(day), facts.get(0).path(), kind, day.toString()));
      }
    }
    return out;
  }

  /**
   * A fact of the detention itself.
   *
   * @param d the detention
   * @param field the JSON property
   * @param truth what is known, TRUE when it counts towards a breach
   * @return the fact
   */
  static Fact field(Located<Detention> d, String field, Truth truth) {
    return new Fact(truth, d.at(field), field);
  }

  /**
   * Whether the person is a victim or presumed victim on the day (seeds/004 line 266), at the
   * person's pointer.
   */
  static Fact victim(CheckContext ctx, Located<Detention> d, LocalDate day) {
    PersonId p = d.event().person();
    return new Fact(ctx.victimOn(p, day), ctx.personPath(p), "victim-status");
  }

  /**
   * Whether the person is, or may be, a child on the day: a person of uncertain age is treated
   * as a child (seeds/004 line 282), so this fact is always known.
   */
  static Fact child(CheckContext ctx, Located<Detention> d, LocalDate day) {
    PersonId p = d.event().person();
    return new Fact(Truth.of(ctx.mayBeChild(p, day)), ctx.personPath(p), "age");
  }

  /** Whether the person was smuggled (Smuggling Protocol art. 3), at the person's pointer. */
  static Fact smuggled(CheckContext ctx, Located<Detention> d) {
    PersonId p = d.event().person();
    return new Fact(ctx.smuggled(p), ctx.personPath(p), "smuggled-status");
  }

  /**
   * Whether it is detention for migration status: immigration detention, or another detention
   * whose reasons include irregular entry or stay or preparing return (seeds/004 lines 383,
   * 393).
   */
  static Fact migration(Located<Detention> d) {
    if (d.event().type() == DetentionKind.IMMIGRATION_DETENTION) {
      return new Fact(Truth.TRUE, d.at("type"), "type");
    }
    return new Fact(d.event().reasons().anyOf(MIGRATION_REASONS), d.at("reasons"), "reasons");
  }
}
