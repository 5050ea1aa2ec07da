/**
 * Validation of roadmaps: one entry point that reports every violation, in Russian or English.
 *
 * <pre>{@code
 * ValidationReport report = RoadmapValidator.standard().validate(roadmap, Locale.forLanguageTag("ru"));
 * report.hasErrors();
 * report.violations(); // severity, code, path, activity, message
 * }</pre>
 *
 * <p>Bean Validation constraints (run by Hibernate Validator, defined on the model in
 * {@code org.eduroadmap.validation.internal}) check single fields; roadmap rules check what
 * spans several elements: the period, the numbering, the terms, who is responsible, the schools,
 * the indicators. Both come out as {@link org.eduroadmap.validation.Violation}s with a stable
 * {@link org.eduroadmap.validation.ViolationCode}.
 */
@NullMarked
package org.eduroadmap.validation;

import org.jspecify.annotations.NullMarked;
