/**
 * What the HTML report's templates show, worked out in Java: texts, dates and the timeline's
 * geometry. Not part of the API.
 */
@NullMarked
package org.eduroadmap.report.internal;

import org.jspecify.annotations.NullMarked;
