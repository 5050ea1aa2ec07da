package org.eduroadmap.schedule.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MonthBoundsTest {

  @Test
  void ofYear_publicApi_handsOutNoArrayAnEmbedderCouldWriteTo() {
    // On the class path the internal package is reachable: a shared mutable array there would let any code
    // in the JVM move every month's bounds for every calculator.
    assertThat(Arrays.stream(MonthBounds.class.getMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .map(Method::getReturnType))
        .noneMatch(Class::isArray);
    assertThat(Arrays.stream(MonthBounds.class.getFields())).isEmpty();
  }
}
