package org.eduroadmap.validation.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Treats every no-argument method that returns a value as a getter, so that Hibernate Validator
 * sees the Immutables accessors of the model: {@code title()} is the property {@code title}.
 *
 * <p>JavaBeans getters keep their JavaBeans names ({@code getTitle()} is {@code title}) so that
 * ordinary beans validate as before. The methods every object has are never getters.
 */
public final class AccessorGetterStrategy implements GetterPropertySelectionStrategy {

  private static final Set<String> NOT_GETTERS =
      Set.of("hashCode", "toString", "getClass", "clone", "notify", "notifyAll", "wait", "finalize");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    String name = executable.getName();
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || NOT_GETTERS.contains(name)) {
      return Optional.empty();
    }
    if (isPrefixed(name, "get")) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    if (isPrefixed(name, "is")
        && (executable.getReturnType() == boolean.class || executable.getReturnType() == Boolean.class)) {
      return Optional.of(decapitalize(name.substring(2)));
    }
    return Optional.of(name);
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    String capitalized = Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
    return List.of(propertyName, "get" + capitalized, "is" + capitalized);
  }

  private static boolean isPrefixed(String name, String prefix) {
    return name.length() > prefix.length()
        && name.startsWith(prefix)
        && Character.isUpperCase(name.charAt(prefix.length()));
  }

  private static String decapitalize(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
