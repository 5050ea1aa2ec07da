package org.eduroadmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.eduroadmap.schedule.Progress;
import org.eduroadmap.schedule.UnmatchedRecord;
import picocli.CommandLine.Model.CommandSpec;

/**
 * One line on standard error for each execution record that names no occurrence (an unknown
 * {@code activityId}, an {@code occurrenceStart} off by a day): such a record counts for nothing, and
 * without a word the activity it was meant for would just show as overdue.
 *
 * <pre>
 * eduroadmap: done.jsonl: Отметка об исполнении мероприятия «88» со сроком, начинающимся 2021-11-01, не
 * относится ни к одному сроку: в дорожной карте нет мероприятия с таким идентификатором; она не учтена
 * </pre>
 */
final class UnmatchedRecords {

  private UnmatchedRecords() {}

  static void warn(CommandSpec spec, Path file, Progress progress, Lang lang) {
    PrintWriter err = spec.commandLine().getErr();
    for (UnmatchedRecord u : progress.unmatchedRecords()) {
      err.println("eduroadmap: " + TerminalText.field(file + ": " + u.message(lang.locale())));
    }
    err.flush();
  }
}
