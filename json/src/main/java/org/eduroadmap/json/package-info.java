/**
 * JSON binding of roadmaps: stable field names, ISO dates, typed errors with the JSON path.
 *
 * <pre>{@code
 * RoadmapJson json = RoadmapJson.standard();
 * Roadmap roadmap = json.read(Files.readString(Path.of("eao-2021.json")));
 * String text = json.write(roadmap);
 * }</pre>
 */
package org.eduroadmap.json;
