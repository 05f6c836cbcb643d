package dev.palermo.assessment;

import dev.palermo.definition.DefinitionElement;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The statuses of the elements of the definition (TIP Protocol art. 3: act, means, purpose,
 * child rule, and a profile's scope and movement conditions) packed in an {@code int} (two bits
 * per {@link DefinitionElement}, in its order), and the shared immutable maps and sets an
 * assessment hands out for them: there are only {@code 4^6} combinations of statuses and
 * {@code 2^6} sets of undecided elements, so {@link TraffickingDefinition} never builds or copies
 * one per call. The maps are built on first use; a race builds an equal map twice, which is
 * harmless (each is an unmodifiable {@link EnumMap} reached through a final field, so it is
 * safely published).
 *
 * <p>Stateless apart from those caches; thread-safe; has no instances. Package-private.
 */
final class ElementStatuses {
  private static final DefinitionElement[] ELEMENTS = DefinitionElement.values();
  private static final ElementStatus[] STATUSES = ElementStatus.values();
  private static final int BITS = 2;

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Map<DefinitionElement, ElementStatus>[] MAPS =
      new Map[1 << (BITS * ELEMENTS.length)];
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Set<DefinitionElement>[] SETS = new Set[1 << ELEMENTS.length];

  static {
    if (STATUSES.length > 1 << BITS || ELEMENTS.length > 15) {
      throw new AssertionError("element statuses no longer fit the packing");
    }
    for (int mask = 0; mask < SETS.length; mask++) {
      EnumSet<DefinitionElement> set = EnumSet.noneOf(DefinitionElement.class);
      for (DefinitionElement e : ELEMENTS) {
        if ((mask & (1 << e.ordinal())) != 0) {
          set.add(e);
        }
      }
      SETS[mask] = Collections.unmodifiableSet(set);
    }
  }

  private ElementStatuses() {}

  /**
   * Unpacks the status of one element.
   *
   * @param packed the packed statuses
   * @param element the element
   * @return its status
   */
  static ElementStatus of(int packed, DefinitionElement element) {
    return STATUSES[(packed >>> (BITS * element.ordinal())) & ((1 << BITS) - 1)];
  }

  /**
   * The shared map of every element to its status.
   *
   * @param packed the packed statuses of every element
   * @return an unmodifiable {@link EnumMap}, the same instance for the same statuses
   */
  static Map<DefinitionElement, ElementStatus> map(int packed) {
    Map<DefinitionElement, ElementStatus> map = MAPS[packed];
    if (map == null) {
      EnumMap<DefinitionElement, ElementStatus> m = new EnumMap<>(DefinitionElement.class);
      for (DefinitionElement e : ELEMENTS) {
        m.put(e, of(packed, e));
      }
      map = Collections.unmodifiableMap(m);
      MAPS[packed] = map;
    }
    return map;
  }

  /**
   * The elements whose status is {@link ElementStatus#UNKNOWN}.
   *
   * @param packed the packed statuses of every element
   * @return a bit per element, in its order
   */
  static int unknownMask(int packed) {
    int mask = 0;
    for (DefinitionElement e : ELEMENTS) {
      if (of(packed, e) == ElementStatus.UNKNOWN) {
        mask |= 1 << e.ordinal();
      }
    }
    return mask;
  }

  /**
   * The shared set of the elements of a mask.
   *
   * @param mask a bit per element, in its order
   * @return an unmodifiable {@link EnumSet}, the same instance for the same mask
   */
  static Set<DefinitionElement> set(int mask) {
    return SETS[mask];
  }
}
