/**
 * Bean Validation constraints for roadmap data: {@link org.eduroadmap.validation.constraints.Inn},
 * {@link org.eduroadmap.validation.constraints.Ogrn},
 * {@link org.eduroadmap.validation.constraints.ActivityNumber},
 * {@link org.eduroadmap.validation.constraints.Percentage} and
 * {@link org.eduroadmap.validation.constraints.PlausibleYear}.
 *
 * <p>They work on any bean, with any message interpolator: their messages are in
 * {@code ContributorValidationMessages} (English and Russian), keyed by the annotation's full class
 * name plus {@code .message}.
 *
 * <pre>{@code
 * record SchoolForm(@Inn String inn, @Ogrn String ogrn) {}
 * }</pre>
 */
@NullMarked
package org.eduroadmap.validation.constraints;

import org.jspecify.annotations.NullMarked;
