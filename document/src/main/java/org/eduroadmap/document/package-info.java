/**
 * Import: from a roadmap document — text in any common encoding, a Word or a PDF file — to a
 * {@link org.eduroadmap.roadmap.Roadmap}. {@link org.eduroadmap.document.RoadmapDocuments} picks the
 * reader by content; {@link org.eduroadmap.document.RoadmapDocumentReader} reads the lines, each with
 * its origin ({@link org.eduroadmap.document.DocumentText}).
 *
 * <pre>{@code
 * ImportResult result = RoadmapDocuments.standard().read(Path.of("plan.txt"));
 * Roadmap roadmap = result.roadmap();
 * for (ImportProblem p : result.problems()) {
 *   System.err.println(p.where(Locale.ENGLISH) + ": " + p.getMessage(Locale.ENGLISH));
 * }
 * }</pre>
 *
 * <p>The reader never guesses silently: a row it could not place, a cell or column it had to guess,
 * a term it could not read are reported as {@link org.eduroadmap.document.ImportProblem}s with their
 * origins (line, table row, page), in Russian and English.
 */
@NullMarked
package org.eduroadmap.document;

import org.jspecify.annotations.NullMarked;
