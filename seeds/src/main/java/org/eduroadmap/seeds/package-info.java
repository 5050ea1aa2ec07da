/**
 * The five roadmaps this project was created from, as roadmap JSON text.
 *
 * <pre>{@code
 * String json = SeedDocuments.json("katanga-2023");
 * Roadmap roadmap = RoadmapJson.standard().read(json);   // eduroadmap-json
 * }</pre>
 */
package org.eduroadmap.seeds;
