package dev.palermo.checks.cooperation;

import dev.palermo.checks.EventRule;
import dev.palermo.events.CooperationRequest;
import dev.palermo.events.CooperationType;
import dev.palermo.facts.Truth;
import dev.palermo.rights.Stage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The shape of the cooperation checks that judge one request at a time: the rule is engaged for
 * some kinds of request, and broken when every one of an ordered list of conditions is TRUE. A
 * finding points at {@link #findingField(CooperationRequest)}; when no condition is FALSE but some are UNKNOWN, the
 * "cannot tell" points at the first unknown one. Immutable and thread-safe.
 */
abstract class RequestRule extends EventRule<CooperationRequest> {
  /** A condition of the breach: the field it is read from and what is known of it. */
  record Condition(String field, Truth truth) {}

  private final Set<CooperationType> types;

  RequestRule(String id, String code, Stage stage, List<String> provisionIds, List<String> reads,
      Set<CooperationType> types, Scope scope) {
    super(id, code, stage, provisionIds, reads, CooperationRequest.class, scope);
    this.types = EnumSet.copyOf(types);
  }

  /**
   * The conditions that together break the rule, in the order their fields are reported when
   * unknown.
   *
   * @param e the request
   * @return the conditions
   */
  abstract List<Condition> conditions(CooperationRequest e);

  /**
   * The field a finding points at.
   *
   * @param e the request
   * @return the JSON property name
   */
  abstract String findingField(CooperationRequest e);

  /**
   * A condition that holds unless the request was refused: a bar is respected by refusing, and a
   * request not recorded as refused (granted or pending) is judged.
   *
   * @param e the request
   * @return the condition
   */
  static Condition notRefused(CooperationRequest e) {
    return new Condition("refused", Truth.of(!e.refused().isTrue()));
  }

  @Override
  protected final Truth breach(CooperationRequest e) {
    if (!types.contains(e.type())) {
      return Truth.FALSE;
    }
    Truth all = Truth.TRUE;
    for (Condition c : conditions(e)) {
      all = all.and(c.truth());
    }
    return all;
  }

  @Override
  protected final String field(CooperationRequest e, Truth breach) {
    if (!breach.isTrue() && types.contains(e.type())) {
      for (Condition c : conditions(e)) {
        if (!c.truth().isKnown()) {
          return c.field();
        }
      }
    }
    return findingField(e);
  }
}
