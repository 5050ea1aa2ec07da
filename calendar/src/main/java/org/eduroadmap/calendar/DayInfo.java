package org.eduroadmap.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a working-day calendar knows about one date: its kind, whether it is shortened, the name of
 * the holiday, the day a day off was moved from, a note, and whether the answer is provisional.
 *
 * <pre>{@code
 * DayInfo day = RussianProductionCalendar.get().dayInfo(LocalDate.of(2026, 12, 31));
 * day.kind();             // TRANSFER_DAY_OFF
 * day.transferredFrom();  // Optional[2026-01-04]
 * day.isWorkingDay();     // false
 * }</pre>
 *
 * <p>A working Saturday shortened before a holiday is of kind {@link DayKind#WORKING_WEEKEND} and
 * {@link #isShortened() shortened}. This class is immutable and thread-safe.
 */
public final class DayInfo {

  private final LocalDate date;
  private final DayKind kind;
  private final boolean shortened;
  private final String name;
  private final LocalDate transferredFrom;
  private final String note;
  private final boolean provisional;

  private DayInfo(LocalDate date, DayKind kind, boolean shortened, String name,
      LocalDate transferredFrom, String note, boolean provisional) {
    this.date = Objects.requireNonNull(date, "date");
    this.kind = Objects.requireNonNull(kind, "kind");
    if (kind == DayKind.SHORTENED && !shortened) {
      throw CalendarException.of("calendar.shortenedKind", date);
    }
    if (shortened && !kind.isWorking()) {
      throw CalendarException.of("calendar.shortenedNotWorking", kind.code(), date);
    }
    if (transferredFrom != null && kind != DayKind.TRANSFER_DAY_OFF) {
      throw CalendarException.of("calendar.transferredFrom", kind.code(), date);
    }
    this.shortened = shortened;
    this.name = blankToNull(name);
    this.transferredFrom = transferredFrom;
    this.note = blankToNull(note);
    this.provisional = provisional;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /**
   * Obtains a day of {@code kind} with no name, note or transfer. A day of kind
   * {@link DayKind#SHORTENED} is shortened.
   */
  public static DayInfo of(LocalDate date, DayKind kind) {
    return new DayInfo(date, kind, kind == DayKind.SHORTENED, null, null, null, false);
  }

  /** The plain kind of a date in a Monday–Friday week: working day or weekend. */
  static DayKind plainKind(LocalDate date) {
    return date.getDayOfWeek().getValue() >= 6 ? DayKind.WEEKEND : DayKind.WORKING_DAY;
  }

  /** The date. */
  public LocalDate date() {
    return date;
  }

  /** The kind of the day. */
  public DayKind kind() {
    return kind;
  }

  /** Whether this is a working day. */
  public boolean isWorkingDay() {
    return kind.isWorking();
  }

  /** Whether this is a working day shortened by one hour before a holiday. */
  public boolean isShortened() {
    return shortened;
  }

  /** The name of the holiday or of the decree, such as «День России». */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** For a transferred day off, the day the day off was moved from, when known. */
  public Optional<LocalDate> transferredFrom() {
    return Optional.ofNullable(transferredFrom);
  }

  /** A note on the day: the legal ground, the decree, the source. */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * Whether the answer is provisional: derived from the Labour Code's fixed holidays because no
   * production calendar for the year was available, so decree transfers are missing.
   */
  public boolean isProvisional() {
    return provisional;
  }

  /** A copy of another kind; drops the transfer origin and the shortening that no longer fit. */
  public DayInfo withKind(DayKind newKind) {
    return new DayInfo(date, newKind,
        newKind == DayKind.SHORTENED || (shortened && newKind.isWorking()), name,
        newKind == DayKind.TRANSFER_DAY_OFF ? transferredFrom : null, note, provisional);
  }

  /**
   * A copy shortened or not.
   *
   * @throws CalendarException if a non-working day would be shortened
   */
  public DayInfo withShortened(boolean newShortened) {
    return new DayInfo(date, kind, newShortened, name, transferredFrom, note, provisional);
  }

  /** A copy with the name of the holiday or decree; blank removes it. */
  public DayInfo withName(String newName) {
    return new DayInfo(date, kind, shortened, newName, transferredFrom, note, provisional);
  }

  /**
   * A copy with the day the day off came from.
   *
   * @throws CalendarException if this is not a transferred day off
   */
  public DayInfo withTransferredFrom(LocalDate from) {
    return new DayInfo(date, kind, shortened, name, Objects.requireNonNull(from, "from"), note,
        provisional);
  }

  /** A copy with a note; blank removes it. */
  public DayInfo withNote(String newNote) {
    return new DayInfo(date, kind, shortened, name, transferredFrom, newNote, provisional);
  }

  /** A copy marked provisional or not. */
  public DayInfo withProvisional(boolean newProvisional) {
    return new DayInfo(date, kind, shortened, name, transferredFrom, note, newProvisional);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DayInfo d && date.equals(d.date) && kind == d.kind
        && shortened == d.shortened && Objects.equals(name, d.name)
        && Objects.equals(transferredFrom, d.transferredFrom) && Objects.equals(note, d.note)
        && provisional == d.provisional;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, kind, shortened, name, transferredFrom, note, provisional);
  }

  /** Such as {@code 2026-12-31 transfer_day_off from 2026-01-04}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(date).append(' ').append(kind.code());
    if (shortened && kind != DayKind.SHORTENED) {
      s.append(" shortened");
    }
    if (transferredFrom != null) {
      s.append(" from ").append(transferredFrom);
    }
    if (name != null) {
      s.append(" «").append(name).append('»');
    }
    if (provisional) {
      s.append(" provisional");
    }
    return s.toString();
  }
}
