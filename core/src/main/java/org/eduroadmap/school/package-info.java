/**
 * Schools a roadmap targets and their status per year (ШНОР, risk zone, ШНСУ, «500+»).
 *
 * <pre>{@code
 * School school = School.of("МКОУ СОШ с. Непа");
 * }</pre>
 */
@ValueStyle
@NullMarked
package org.eduroadmap.school;

import org.jspecify.annotations.NullMarked;
import org.eduroadmap.internal.ValueStyle;
