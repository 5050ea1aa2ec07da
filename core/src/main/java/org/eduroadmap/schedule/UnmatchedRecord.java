package org.eduroadmap.schedule;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eduroadmap.Language;
import org.jspecify.annotations.Nullable;

/**
 * An execution record that names no occurrence of the roadmap's schedule, and why: it counts for
 * nothing, so the activity it was meant for still shows as not done.
 *
 * <pre>{@code
 * for (UnmatchedRecord u : calculator.progress(roadmap, records).unmatchedRecords()) {
 *   u.reason();                                   // NO_SUCH_OCCURRENCE
 *   u.nearestStart();                             // Optional[2021-11-01]: the record says 2021-11-02
 *   System.err.println(u.message(Locale.forLanguageTag("ru")));
 *   // «Отметка об исполнении мероприятия «8» со сроком, начинающимся 2021-11-02, не относится ни к одному
 *   //  сроку: у мероприятия нет срока с таким началом (ближайший начинается 2021-11-01)»
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnmatchedRecord {

  /** Why a record names no occurrence. */
  public enum Reason {
    /** No activity of the roadmap has the record's {@code activityId}. */
    UNKNOWN_ACTIVITY,
    /** The activity exists, but none of its occurrences starts on the record's {@code occurrenceStart}. */
    NO_SUCH_OCCURRENCE,
    /** An occurrence starts that day, but in another per-year column than the record's {@code year}. */
    OTHER_YEAR
  }

  private final ExecutionRecord record;
  private final Reason reason;
  private final @Nullable LocalDate nearestStart;

  private UnmatchedRecord(ExecutionRecord record, Reason reason, @Nullable LocalDate nearestStart) {
    this.record = Objects.requireNonNull(record, "record");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.nearestStart = nearestStart;
  }

  static UnmatchedRecord of(ExecutionRecord record, Reason reason, @Nullable LocalDate nearestStart) {
    return new UnmatchedRecord(record, reason, nearestStart);
  }

  /** The record, as given. */
  public ExecutionRecord record() {
    return record;
  }

  /** Why it names no occurrence. */
  public Reason reason() {
    return reason;
  }

  /** The start of the activity's occurrence nearest to the record's, when the activity exists. */
  public Optional<LocalDate> nearestStart() {
    return Optional.ofNullable(nearestStart);
  }

  /** What is wrong, in Russian for a {@code ru} locale and in English otherwise. */
  public String message(Locale locale) {
    Language language = Language.of(locale);
    ResourceBundle bundle = ResourceBundle.getBundle("org.eduroadmap.schedule.messages", language.bundleLocale());
    String year = record.year().isPresent() ? String.valueOf(record.year().getAsInt()) : "";
    String why = switch (reason) {
      case UNKNOWN_ACTIVITY -> bundle.getString("unmatched.unknownActivity");
      case NO_SUCH_OCCURRENCE -> nearestStart == null ? bundle.getString("unmatched.noOccurrence")
          : new MessageFormat(bundle.getString("unmatched.noOccurrenceNearest"), language.bundleLocale())
              .format(new Object[] {nearestStart.toString()});
      case OTHER_YEAR -> new MessageFormat(bundle.getString("unmatched.otherYear"), language.bundleLocale())
          .format(new Object[] {year});
    };
    return new MessageFormat(bundle.getString("unmatched.record"), language.bundleLocale())
        .format(new Object[] {record.activityId(), record.occurrenceStart().toString(), why});
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnmatchedRecord u && record.equals(u.record) && reason == u.reason
        && Objects.equals(nearestStart, u.nearestStart);
  }

  @Override
  public int hashCode() {
    return Objects.hash(record, reason, nearestStart);
  }

  /** The English message. */
  @Override
  public String toString() {
    return message(Locale.ROOT);
  }
}
