/**
 * The implementation of validation: constraint validators, the Hibernate Validator set-up with the
 * model's constraints, and the roadmap rules. Not exported; nothing here is API.
 *
 * <pre>{@code
 * // use org.eduroadmap.validation.RoadmapValidator instead
 * }</pre>
 */
@NullMarked
package org.eduroadmap.validation.internal;

import org.jspecify.annotations.NullMarked;
