/**
 * JSON binding of roadmaps: stable field names, ISO dates, typed errors with the JSON path; and the
 * Jackson 2 module that lets your own {@code ObjectMapper} bind the model types.
 *
 * <pre>{@code
 * RoadmapJson json = RoadmapJson.standard();
 * Roadmap roadmap = json.read(Files.readString(Path.of("eao-2021.json")));
 * String text = json.write(roadmap);
 * Roadmap same = new ObjectMapper().findAndRegisterModules().readValue(text, Roadmap.class);
 * }</pre>
 *
 * <p>The field names are documented in {@code docs/json.md}. The model classes in eduroadmap-core
 * carry no Jackson annotations: {@link org.eduroadmap.json.EduroadmapJacksonModule} supplies them as
 * mix-ins, so that core needs no Jackson. Jackson 3: {@code org.eduroadmap.json.jackson3}.
 */
@NullMarked
package org.eduroadmap.json;

import org.jspecify.annotations.NullMarked;
