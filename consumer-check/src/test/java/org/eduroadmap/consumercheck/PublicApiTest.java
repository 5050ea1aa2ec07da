package org.eduroadmap.consumercheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.lang.module.ResolvedModule;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eduroadmap.roadmap.Roadmap;
import org.junit.jupiter.api.Test;

/**
 * What an embedder sees of every published artifact, read from the modules themselves: the public types
 * of each exported package. No method or constructor an embedder can call takes an {@code Optional}
 * (an absent value is an overload, a {@code without*} copy or a setter not called), inherited ones
 * included; and no public type of an exported package is a generated Immutables class.
 */
class PublicApiTest {

  private static final Set<Class<?>> OPTIONALS =
      Set.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class);

  /** Every public type (nested ones whose enclosing types are public too) of the exported packages. */
  static List<Class<?>> publicTypes() {
    ModuleLayer layer = Roadmap.class.getModule().getLayer();
    List<Class<?>> types = new ArrayList<>();
    for (ResolvedModule resolved : layer.configuration().modules()) {
      ModuleDescriptor descriptor = resolved.reference().descriptor();
      if (!descriptor.name().startsWith("org.eduroadmap.") || descriptor.name().equals("org.eduroadmap.consumercheck")) {
        continue;
      }
      Module module = layer.findModule(descriptor.name()).orElseThrow();
      Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
      for (String name : classNames(resolved)) {
        String pkg = name.substring(0, name.lastIndexOf('.'));
        if (!exported.contains(pkg)) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(module, name);
        } catch (NoClassDefFoundError e) {
          // Jackson 3 support extends classes of an optional dependency this embedder does not have.
          if (!e.getMessage().startsWith("tools/jackson/")) {
            throw e;
          }
          continue;
        }
        if (type != null && isPublicApi(type)) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static List<String> classNames(ResolvedModule module) {
    try (ModuleReader reader = module.reference().open(); Stream<String> names = reader.list()) {
      return names.filter(n -> n.endsWith(".class") && !n.endsWith("module-info.class")
              && !n.endsWith("package-info.class") && !n.startsWith("META-INF/"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return !type.isAnonymousClass() && !type.isSynthetic();
  }

  /** What an embedder can call: public methods (inherited ones too), public and protected constructors. */
  private static Stream<Executable> callable(Class<?> type) {
    Stream<Executable> methods = Stream.<Executable>of(type.getMethods())
        .filter(m -> m.getDeclaringClass().getName().startsWith("org.eduroadmap."));
    Stream<Executable> constructors = Stream.<Executable>of(type.getDeclaredConstructors())
        .filter(c -> Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers()));
    return Stream.concat(methods, constructors);
  }

  @Test
  void scan_findsTheTypesOfEveryArtifact() {
    Set<String> modules = publicTypes().stream().map(t -> t.getModule().getName())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(modules).containsExactly("org.eduroadmap.calendar", "org.eduroadmap.core",
        "org.eduroadmap.document", "org.eduroadmap.ical", "org.eduroadmap.json", "org.eduroadmap.report",
        "org.eduroadmap.validation");
    assertThat(publicTypes()).contains(Roadmap.class, Roadmap.Builder.class,
        org.eduroadmap.term.TermRule.OneDate.class, org.eduroadmap.schedule.ScheduleCalculator.class);
  }

  @Test
  void publicApi_takesNoOptional() {
    List<String> offending = publicTypes().stream()
        .flatMap(PublicApiTest::callable)
        .filter(e -> Stream.of(e.getParameterTypes()).anyMatch(OPTIONALS::contains))
        .map(e -> e.getDeclaringClass().getName() + "." + e.getName())
        .distinct().sorted().toList();

    assertThat(offending).isEmpty();
  }

  @Test
  void publicApi_showsNoGeneratedClass() {
    assertThat(publicTypes()).extracting(Class::getSimpleName)
        .noneMatch(n -> n.startsWith("Immutable") || n.startsWith("With"));
  }
}
