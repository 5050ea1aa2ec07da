/**
 * How the scheduling calculator works inside: the expansion of one term rule into dated spans and the
 * table of effective due dates. Not exported; the API is {@link org.eduroadmap.schedule}.
 */
@NullMarked
package org.eduroadmap.schedule.internal;

import org.jspecify.annotations.NullMarked;
