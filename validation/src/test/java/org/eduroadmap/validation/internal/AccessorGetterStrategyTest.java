package org.eduroadmap.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessorGetterStrategyTest {

  private static ConstrainableExecutable method(String name, Class<?> returns, Class<?>... parameters) {
    return new ConstrainableExecutable() {
      @Override
      public Class<?> getReturnType() {
        return returns;
      }

      @Override
      public String getName() {
        return name;
      }

      @Override
      public Class<?>[] getParameterTypes() {
        return parameters;
      }
    };
  }

  @ParameterizedTest
  @CsvSource({"title, title", "getTitle, title", "number, number", "get, get", "isBlank, isBlank"})
  void getProperty_noArgumentAccessor_isAGetter(String name, String property) {
    assertThat(new AccessorGetterStrategy().getProperty(method(name, String.class))).contains(property);
  }

  @ParameterizedTest
  @CsvSource({"isEmpty, empty", "isValid, valid"})
  void getProperty_booleanIsMethod_keepsItsJavaBeansName(String name, String property) {
    assertThat(new AccessorGetterStrategy().getProperty(method(name, boolean.class))).contains(property);
  }

  @ParameterizedTest
  @CsvSource({"hashCode", "toString", "getClass"})
  void getProperty_methodsOfObject_areNotGetters(String name) {
    assertThat(new AccessorGetterStrategy().getProperty(method(name, int.class))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"withTitle", "yearCell"})
  void getProperty_methodWithParameters_isNotAGetter(String name) {
    assertThat(new AccessorGetterStrategy().getProperty(method(name, Optional.class, int.class))).isEmpty();
    assertThat(new AccessorGetterStrategy().getProperty(method("run", void.class))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"title, title, getTitle, isTitle"})
  void getGetterMethodNameCandidates_accessorFirst(String property, String a, String b, String c) {
    assertThat(new AccessorGetterStrategy().getGetterMethodNameCandidates(property)).containsExactly(a, b, c);
  }
}
