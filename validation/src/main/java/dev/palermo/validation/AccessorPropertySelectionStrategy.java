package dev.palermo.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Tells Hibernate Validator that the model's prefix-less accessors ({@code id()},
 * {@code ageEvidence()}) are properties. By default Hibernate Validator only honours constraints on
 * JavaBeans getters ({@code getId()}, {@code isChild()}) and silently ignores constraints placed
 * on prefix-less accessors; the Palermo model, like Java records and Immutables, uses prefix-less
 * accessors, so this strategy makes every public no-argument, non-void method a property, under
 * its own name. {@code getX}/{@code isX} methods are still properties named {@code x}.
 *
 * <p>Immutable and thread-safe.
 */
public final class AccessorPropertySelectionStrategy implements GetterPropertySelectionStrategy {
  private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass",
      "clone", "notify", "notifyAll", "wait", "finalize");

  /** Creates the strategy. */
  public AccessorPropertySelectionStrategy() {}

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    String name = executable.getName();
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || NOT_PROPERTIES.contains(name)) {
      return Optional.empty();
    }
    if (name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    if (name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2))
        && (executable.getReturnType() == boolean.class)) {
      return Optional.of(decapitalize(name.substring(2)));
    }
    return Optional.of(name);
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    String capitalized = Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
    return List.of(propertyName, "get" + capitalized, "is" + capitalized);
  }

  private static String decapitalize(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
