/**
 * An embedder as the build sees it: {@link org.eduroadmap.consumercheck.Embedder} uses the public API
 * of every published artifact and is compiled with plain {@code -Xlint:all -Werror}.
 *
 * <pre>{@code
 * String json = Embedder.roundTrip();
 * }</pre>
 */
package org.eduroadmap.consumercheck;
