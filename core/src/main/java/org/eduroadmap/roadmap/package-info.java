/**
 * The domain: a roadmap, the order that approves it, its sections and activities.
 *
 * <pre>{@code
 * Roadmap roadmap = RoadmapJson.standard().read(Path.of("eao-2021.json"));
 * for (Activity a : roadmap.activities()) {
 *   System.out.println(a.key() + " " + a.title() + " — " + a.term().text());
 * }
 * }</pre>
 */
@ValueStyle
@NullMarked
package org.eduroadmap.roadmap;

import org.jspecify.annotations.NullMarked;
import org.eduroadmap.internal.ValueStyle;
