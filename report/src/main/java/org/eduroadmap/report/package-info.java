/**
 * Reports people look at: {@link org.eduroadmap.report.RoadmapReport} makes a roadmap one
 * self-contained HTML page — the order, a timeline in inline SVG, progress from execution records, the
 * unscheduled activities, the validation findings and each party's agenda — in Russian or English,
 * ready to print on A4 landscape. {@link org.eduroadmap.report.CycleReport} does the same for a
 * municipality's support cycle: the dashboard of on-time rates and indicator attainment, then each
 * school's risk profile, programmes and indicators.
 *
 * <pre>{@code
 * String html = RoadmapReport.standard().withToday(LocalDate.of(2021, 11, 29)).toHtml(roadmap);
 * String cycleHtml = CycleReport.standard().withToday(LocalDate.of(2022, 12, 31)).toHtml(cycle);
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe.
 */
@NullMarked
package org.eduroadmap.report;

import org.jspecify.annotations.NullMarked;
