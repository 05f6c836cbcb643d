package dev.palermo.checks;

import dev.palermo.casefile.CaseEvent;
import dev.palermo.checks.CheckContext.Located;
import dev.palermo.facts.Truth;
import dev.palermo.person.PersonId;
import dev.palermo.report.Problem;
import dev.palermo.rights.Stage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape shared by the checks that judge one event at a time: for each event of a kind
 * that concerns a person the rule protects, the rule is broken when a three-valued breach is
 * TRUE (a finding at the field that shows it, judged with the profile in force on the event's
 * day), and cannot be told when it is UNKNOWN (a "cannot tell" at the missing field), never a
 * silent pass. When the breach is TRUE but it is unknown whether the person is protected (a
 * victim not yet screened), the result is "cannot tell" at the person.
 *
 * <p>Message arguments: {@code {0}} the day of the event (ISO date), {@code {1}} the name of the
 * field. Immutable and thread-safe.
 *
 * @param <T> the kind of event judged
 */
public abstract class EventRule<T extends CaseEvent> extends AbstractCheck {
  /** Whom the rule protects. */
  public enum Scope {
    /** Everyone (non-refoulement, no collective expulsion). */
    EVERYONE,
    /** Victims and presumed victims ({@link CheckContext#victimOn}). */
    VICTIMS,
    /** Persons who are or may be children ({@link CheckContext#mayBeChild}). */
    CHILDREN,
    /** Persons who are or may be children and are victims or presumed victims. */
    CHILD_VICTIMS
  }

  private final Class<T> type;
  private final Scope scope;

  /**
   * Creates the check.
   *
   * @param id the stable id
   * @param code the stable code
   * @param stage the stage
   * @param provisionIds the provisions, the main one first
   * @param reads the facts read
   * @param type the kind of event judged
   * @param scope whom the rule protects
   */
  protected EventRule(String id, String code, Stage stage, List<String> provisionIds,
      List<String> reads, Class<T> type, Scope scope) {
    super(id, code, stage, provisionIds, reads);
    this.type = type;
    this.scope = scope;
  }

  /**
   * Whether the event breaks the rule.
   *
   * @param event the event
   * @return TRUE if broken, FALSE if respected or not engaged, UNKNOWN if the facts do not tell
   */
  protected abstract Truth breach(T event);

  /**
   * The field a finding or a "cannot tell" points at.
   *
   * @param event the event
   * @param breach what {@link #breach} returned
   * @return the JSON property name of the decisive or missing fact
   */
  protected abstract String field(T event, Truth breach);

  @Override
  public final List<Problem> run(CheckContext ctx) {
    List<Problem> out = new ArrayList<>();
    for (Located<T> e : ctx.events(type)) {
      // The event first: most events of a case do not engage a rule, and whom the rule
      // protects (age and victim status on the day) is the costlier question.
      Truth broken = breach(e.event());
      if (broken.isFalse()) {
        continue;
      }
      LocalDate day = ctx.dayOf(e);
      PersonId person = e.event().person();
      Truth protectedPerson = protects(ctx, person, day);
      if (protectedPerson.isFalse()) {
        continue;
      }
      if (broken.isTrue()) {
        if (protectedPerson.isTrue()) {
          out.add(finding(ctx.profileOn(day), e.at(field(e.event(), broken)), day.toString(),
              field(e.event(), broken)));
        } else {
          out.add(cannotTell(ctx.personPath(person), day.toString(), "victim-status"));
        }
      } else if (!broken.isKnown()) {
        out.add(cannotTell(e.at(field(e.event(), broken)), day.toString(),
            field(e.event(), broken)));
      }
    }
    return out;
  }

  private Truth protects(CheckContext ctx, PersonId person, LocalDate day) {
    switch (scope) {
      case VICTIMS:
        return ctx.victimOn(person, day);
      case CHILDREN:
        return Truth.of(ctx.mayBeChild(person, day));
      case CHILD_VICTIMS:
        return ctx.mayBeChild(person, day) ? ctx.victimOn(person, day) : Truth.FALSE;
      default:
        return Truth.TRUE;
    }
  }
}
