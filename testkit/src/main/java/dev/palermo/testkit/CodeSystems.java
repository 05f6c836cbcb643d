package dev.palermo.testkit;

import dev.palermo.definition.Act;
import dev.palermo.definition.ExploitationPurpose;
import dev.palermo.vocabulary.Code;
import dev.palermo.vocabulary.Tier;
import java.util.List;

/**
 * Enumerates the code systems of the core module and their values, for exhaustive tests: every
 * value of every code system, and the Protocol's baseline values of the element code systems.
 *
 * <p>Stateless and thread-safe; has no instances.
 */
public final class CodeSystems {
  private CodeSystems() {}

  /**
   * Every code system of the core module (each an enum implementing {@link Code}), as registered
   * in {@link dev.palermo.vocabulary.Codes#systems()}.
   *
   * @return the enum classes; unmodifiable
   */
  public static List<Class<? extends Code>> all() {
    return dev.palermo.vocabulary.Codes.systems();
  }

  /**
   * Every value of a code system, in declaration order.
   *
   * @param <C> the code system
   * @param type its enum class
   * @return the values; unmodifiable
   */
  public static <C extends Enum<C> & Code> List<C> values(Class<C> type) {
    return List.of(type.getEnumConstants());
  }

  /**
   * The values of a code system that are in the Trafficking Protocol's own text: the five acts
   * and seven purposes of art. 3(a) marked {@link Tier#BASELINE}, and all nine means; for other
   * code systems, every value.
   *
   * @param <C> the code system
   * @param type its enum class
   * @return the baseline values, in declaration order; unmodifiable
   */
  public static <C extends Enum<C> & Code> List<C> baseline(Class<C> type) {
    return values(type).stream().filter(c -> {
      if (c instanceof Act) {
        return ((Act) c).tier() == Tier.BASELINE;
      }
      if (c instanceof ExploitationPurpose) {
        return ((ExploitationPurpose) c).tier() == Tier.BASELINE;
      }
      return true;
    }).toList();
  }

  /**
   * The values of a code system that are not baseline (see {@link #baseline(Class)}).
   *
   * @param <C> the code system
   * @param type its enum class
   * @return the extension values, in declaration order; unmodifiable
   */
  public static <C extends Enum<C> & Code> List<C> extensions(Class<C> type) {
    List<C> baseline = baseline(type);
    return values(type).stream().filter(c -> !baseline.contains(c)).toList();
  }
}
