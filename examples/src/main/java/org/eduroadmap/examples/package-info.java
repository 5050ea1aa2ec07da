/**
 * The five seed roadmaps as data, and runnable examples.
 *
 * <pre>{@code
 * Roadmap roadmap = SeedRoadmaps.load("olenegorsk-2021");
 * }</pre>
 */
package org.eduroadmap.examples;
