/**
 * Reports people look at: {@link org.eduroadmap.report.RoadmapReport} makes a roadmap one
 * self-contained HTML page — the order, a timeline in inline SVG, progress from execution records, the
 * unscheduled activities, the validation findings and each party's agenda — in Russian or English,
 * ready to print on A4 landscape.
 *
 * <pre>{@code
 * String html = RoadmapReport.standard().withToday(LocalDate.of(2021, 11, 29)).toHtml(roadmap);
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe.
 */
@NullMarked
package org.eduroadmap.report;

import org.jspecify.annotations.NullMarked;
