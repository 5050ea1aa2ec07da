package org.eduroadmap.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every value type of the library.
 *
 * <p>The generated {@code Immutable*} classes stay package-private: users see the abstract types,
 * their {@code of}/{@code builder()} factories and the {@code with*}/{@code without*} copy methods
 * written in each abstract type. No type implements a generated {@code With*} interface: those would
 * show {@code with*(Optional)} methods, and the public API takes no {@code Optional} parameter; the
 * generated class still overrides each hand-written {@code with*} method. Nulls are rejected; empty
 * collections and {@code Optional.empty()} stand for absence.
 *
 * <p>For the same reason a public {@code Builder} nested in a value type wraps the generated
 * builder instead of extending it. {@code typeInnerBuilder} names a class no type declares, so
 * Immutables does not make its builder extend that {@code Builder}; {@code builder = "new"} makes
 * the generated builder a constructor rather than a static {@code builder()}, which would clash
 * with the value type's own {@code builder()} returning its wrapper.
 *
 * <p>{@code allowedClasspathAnnotations} names only {@code @Override}, which Immutables never adds as
 * a class-path annotation: so the generated classes carry no {@code @org.immutables.value.Generated}
 * (nor any other annotation found on the class path). Immutables is not on an embedder's class path;
 * javac reading an annotation whose class is missing warns, and an {@code -Werror} build fails.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    typeInnerBuilder = "ExtendedByGeneratedBuilder",
    builder = "new",
    jdkOnly = true,
    strictBuilder = false,
    defaults = @Value.Immutable(copy = true),
    privateNoargConstructor = false,
    allParameters = false,
    deepImmutablesDetection = false,
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
