/**
 * Jackson 3 support: {@link org.eduroadmap.json.jackson3.EduroadmapJackson3Module} lets a user's
 * Jackson 3 {@code JsonMapper} read and write the model types. Needs
 * {@code tools.jackson.core:jackson-databind}, an optional dependency of eduroadmap-json.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new EduroadmapJackson3Module()).build();
 * Roadmap roadmap = mapper.readValue(json, Roadmap.class);
 * }</pre>
 */
@NullMarked
package org.eduroadmap.json.jackson3;

import org.jspecify.annotations.NullMarked;
