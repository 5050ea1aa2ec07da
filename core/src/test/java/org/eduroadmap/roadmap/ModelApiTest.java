package org.eduroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public model takes no {@code Optional} argument, builders included, and shows no generated
 * {@code With*} interface or builder, whose {@code with*(Optional)} methods and setters taking an
 * Optional would break that rule. The types are found by scanning the compiled classes, so that a
 * new model type is checked without being listed here.
 */
class ModelApiTest {

  private static final List<String> PACKAGES = List.of(
      "org.eduroadmap.roadmap", "org.eduroadmap.school", "org.eduroadmap.responsibility",
      "org.eduroadmap.support");

  private static final Set<Class<?>> OPTIONALS =
      Set.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class);

  static List<Class<?>> publicModelTypes() throws Exception {
    Path classes = Path.of(Roadmap.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    for (String pkg : PACKAGES) {
      try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
        for (Path file : files.sorted().toList()) {
          String name = file.getFileName().toString();
          if (!name.endsWith(".class") || name.equals("package-info.class")) {
            continue;
          }
          Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
          if (isPublicApi(type)) {
            types.add(type);
          }
        }
      }
    }
    return types;
  }

  /** Public, and every enclosing class public too. */
  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  /** The public nested {@code Builder}s, found by the same scan. */
  static List<Class<?>> publicBuilders() throws Exception {
    return publicModelTypes().stream()
        .filter(t -> t.getSimpleName().equals("Builder") && t.getEnclosingClass() != null)
        .toList();
  }

  @Test
  void scan_findsTheModelTypes() throws Exception {
    assertThat(publicModelTypes()).contains(Roadmap.class, Section.class,
        org.eduroadmap.school.School.class, org.eduroadmap.responsibility.Party.class,
        org.eduroadmap.support.CycleRecord.class, org.eduroadmap.support.SupportCycle.class);
    assertThat(publicModelTypes()).noneMatch(t -> t.getSimpleName().startsWith("Immutable"));
  }

  @Test
  void scan_findsTheBuilders() throws Exception {
    assertThat(publicBuilders()).contains(Roadmap.Builder.class, ApprovingOrder.Builder.class,
        org.eduroadmap.school.School.Builder.class,
        org.eduroadmap.support.CycleRecord.Builder.class);
  }

  /**
   * A builder extending the generated one would show its setters taking an Optional: the builders
   * wrap it instead, so that they have no model superclass at all.
   */
  @ParameterizedTest
  @MethodSource("publicBuilders")
  void builder_extendsNothing(Class<?> builder) {
    assertThat(builder.getSuperclass()).as("superclass of %s", builder).isEqualTo(Object.class);
  }

  /** Every public type, the value types' {@code Builder}s included. */
  @ParameterizedTest
  @MethodSource("publicModelTypes")
  void publicMethods_takeNoOptional(Class<?> type) {
    for (Method m : type.getMethods()) {
      assertThat(m.getParameterTypes()).as("%s", m).doesNotContainAnyElementsOf(OPTIONALS);
    }
  }

  @ParameterizedTest
  @MethodSource("publicModelTypes")
  void type_implementsNoWithInterface(Class<?> type) {
    assertThat(allInterfaces(type)).as("interfaces of %s", type)
        .noneMatch(i -> i.getSimpleName().startsWith("With"));
  }

  private static List<Class<?>> allInterfaces(Class<?> type) {
    List<Class<?>> found = new ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      addWithSuperinterfaces(c.getInterfaces(), found);
    }
    return found;
  }

  private static void addWithSuperinterfaces(Class<?>[] interfaces, List<Class<?>> found) {
    for (Class<?> i : interfaces) {
      found.add(i);
      addWithSuperinterfaces(i.getInterfaces(), found);
    }
  }
}
