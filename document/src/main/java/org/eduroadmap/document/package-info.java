/**
 * Import: from the text of a roadmap document (a Word or PDF file copied as text) to a
 * {@link org.eduroadmap.roadmap.Roadmap}.
 *
 * <pre>{@code
 * ImportResult result = RoadmapDocumentReader.standard().read(Files.readString(Path.of("plan.txt")));
 * Roadmap roadmap = result.roadmap();
 * for (ImportProblem p : result.problems()) {
 *   System.err.println(p.line() + ": " + p.message(Locale.ENGLISH));
 * }
 * }</pre>
 *
 * <p>The reader never guesses silently: a row it could not place, a cell or column it had to guess,
 * a term it could not read are reported as {@link org.eduroadmap.document.ImportProblem}s with their
 * line numbers, in Russian and English.
 */
package org.eduroadmap.document;
