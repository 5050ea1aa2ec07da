/**
 * Excel workbooks of a roadmap: the schedule as a sheet, and the monitoring form a municipality fills
 * in and sends back, read back as execution records.
 *
 * <pre>{@code
 * ScheduleCalculator calculator = ScheduleCalculator.standard();
 * try (OutputStream out = Files.newOutputStream(Path.of("eao.xlsx"))) {
 *   ScheduleWorkbook.of(calculator).withLocale(Locale.ENGLISH).write(roadmap, roadmap.period().toDateRange(), out);
 * }
 * try (OutputStream out = Files.newOutputStream(Path.of("form.xlsx"))) {
 *   MonitoringForm.of(calculator).write(roadmap, out);              // Russian by default
 * }
 * List<ExecutionRecord> records;
 * try (InputStream in = Files.newInputStream(Path.of("filled.xlsx"))) {
 *   records = MonitoringForm.of(calculator).read(in);               // MonitoringFormException if badly filled
 * }
 * Progress progress = calculator.progress(roadmap, records);
 * }</pre>
 *
 * <p>Dates are real Excel dates (numbers with a date format), so that the sheet sorts, filters and
 * computes with them. Headers and labels are Russian by default and English on request; the texts are in
 * the bundle {@code org/eduroadmap/report/xlsx/messages}. The workbooks are written with Apache POI,
 * which embedders need not know: no POI type is part of this package's API. Every type here is
 * immutable and thread-safe.
 */
@NullMarked
package org.eduroadmap.report.xlsx;

import org.jspecify.annotations.NullMarked;
