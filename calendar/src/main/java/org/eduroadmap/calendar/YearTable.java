package org.eduroadmap.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;

/**
 * One year of a production calendar, precomputed so that asking about a day is a few array reads
 * with no allocation: a bitset of working days, and per day of the year its kind, shortening,
 * name, transfer origin and note. Immutable once built (the arrays never leave this class) and so
 * thread-safe.
 */
final class YearTable {

  private final int year;
  private final String source;
  private final boolean provisional;
  private final long[] workingBits;
  private final byte[] kinds;
  private final long[] shortenedBits;
  private final String[] names;
  private final String[] notes;
  private final LocalDate[] transferredFrom;
  private final int workingDays;
  private final int decreeDays;

  private YearTable(Builder b) {
    this.year = b.year;
    this.source = b.source;
    this.provisional = b.provisional;
    this.kinds = b.kinds.clone();
    this.names = b.names.clone();
    this.notes = b.notes.clone();
    this.transferredFrom = b.transferredFrom.clone();
    this.shortenedBits = b.shortenedBits.clone();
    this.workingBits = new long[6];
    int working = 0;
    int decree = 0;
    DayKind[] all = DayKind.values();
    for (int i = 0; i < b.length; i++) {
      DayKind kind = all[kinds[i]];
      if (kind.isWorking()) {
        workingBits[i >>> 6] |= 1L << (i & 63);
        working++;
      } else if (kind == DayKind.NON_WORKING_DECREE) {
        decree++;
      }
    }
    this.workingDays = working;
    this.decreeDays = decree;
  }

  int year() {
    return year;
  }

  String source() {
    return source;
  }

  boolean isProvisional() {
    return provisional;
  }

  /** The number of days in the year. */
  int length() {
    return kinds.length;
  }

  /** Whether the day with this day-of-year (1-based) is a working day. */
  boolean isWorking(int dayOfYear) {
    int i = dayOfYear - 1;
    return (workingBits[i >>> 6] & (1L << (i & 63))) != 0;
  }

  DayKind kind(int dayOfYear) {
    return DayKind.values()[kinds[dayOfYear - 1]];
  }

  DayInfo dayInfo(LocalDate date) {
    int i = date.getDayOfYear() - 1;
    DayInfo day = DayInfo.of(date, DayKind.values()[kinds[i]]);
    if ((shortenedBits[i >>> 6] & (1L << (i & 63))) != 0) {
      day = day.withShortened(true);
    }
    if (transferredFrom[i] != null) {
      day = day.withTransferredFrom(transferredFrom[i]);
    }
    return day.withName(names[i]).withNote(notes[i]).withProvisional(provisional);
  }

  /** The number of working days in the year. */
  int workingDays() {
    return workingDays;
  }

  /** The number of presidential non-working days (Monday to Friday) in the year. */
  int decreeDays() {
    return decreeDays;
  }

  static Builder builder(int year, String source) {
    return new Builder(year, source);
  }

  /** Fills a year starting from a plain Monday–Friday week. Not thread-safe. */
  static final class Builder {
    private final int year;
    private final String source;
    private final int length;
    private final byte[] kinds;
    private final long[] shortenedBits = new long[6];
    private final String[] names;
    private final String[] notes;
    private final LocalDate[] transferredFrom;
    private final boolean[] set;
    private boolean provisional;

    private Builder(int year, String source) {
      this.year = year;
      this.source = source;
      this.length = Year.of(year).length();
      this.kinds = new byte[length];
      this.names = new String[length];
      this.notes = new String[length];
      this.transferredFrom = new LocalDate[length];
      this.set = new boolean[length];
      LocalDate day = LocalDate.of(year, 1, 1);
      for (int i = 0; i < length; i++, day = day.plusDays(1)) {
        kinds[i] = (byte) DayInfo.plainKind(day).ordinal();
      }
    }

    Builder provisional(boolean value) {
      this.provisional = value;
      return this;
    }

    /** Whether a special kind was already put on this date. */
    boolean isSet(LocalDate date) {
      return set[date.getDayOfYear() - 1];
    }

    DayKind kind(LocalDate date) {
      return DayKind.values()[kinds[date.getDayOfYear() - 1]];
    }

    /**
     * Puts a special day. A working weekend day and a shortened day on the same date combine into a
     * shortened working weekend day; any other second kind on a date is an error.
     *
     * @param where where the day was read, for error messages, such as {@code "file.tsv, line 7"}
     */
    Builder put(LocalDate date, DayKind kind, LocalDate from, String name, String note,
        String where) {
      if (date.getYear() != year) {
        throw error(where, "calendar.file.notInYear", date, year);
      }
      boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY
          || date.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (kind == DayKind.WORKING_DAY || kind == DayKind.WEEKEND) {
        throw error(where, "calendar.file.notSpecial", kind.code(), date);
      }
      if (kind == DayKind.WORKING_WEEKEND && !weekend) {
        throw error(where, "calendar.file.workingWeekend", date, date.getDayOfWeek());
      }
      if ((kind == DayKind.TRANSFER_DAY_OFF || kind == DayKind.NON_WORKING_DECREE) && weekend) {
        throw error(where, "calendar.file.dayOff", kind.code(), date, date.getDayOfWeek());
      }
      if (from != null && kind != DayKind.TRANSFER_DAY_OFF) {
        throw error(where, "calendar.file.from", from, kind.code(), date);
      }
      int i = date.getDayOfYear() - 1;
      DayKind current = DayKind.values()[kinds[i]];
      if (kind == DayKind.SHORTENED) {
        boolean workingWeekend = set[i] && current == DayKind.WORKING_WEEKEND;
        if (set[i] && !workingWeekend) {
          throw conflict(where, date, current, kind);
        }
        if (weekend && !workingWeekend) {
          // a shortened Saturday is a working Saturday; the working_weekend row may follow
          kinds[i] = (byte) DayKind.WORKING_WEEKEND.ordinal();
        } else if (!weekend) {
          kinds[i] = (byte) DayKind.SHORTENED.ordinal();
        }
        shortenedBits[i >>> 6] |= 1L << (i & 63);
        if (notes[i] == null) {
          notes[i] = blankToNull(note);
        }
      } else {
        boolean shortened = (shortenedBits[i >>> 6] & (1L << (i & 63))) != 0;
        if (set[i] && !(kind == DayKind.WORKING_WEEKEND && shortened
            && current == DayKind.WORKING_WEEKEND)) {
          throw conflict(where, date, current, kind);
        }
        kinds[i] = (byte) kind.ordinal();
        names[i] = blankToNull(name);
        transferredFrom[i] = from;
        notes[i] = blankToNull(note);
      }
      set[i] = true;
      return this;
    }

    YearTable build() {
      return new YearTable(this);
    }

    private static String blankToNull(String text) {
      return text == null || text.isBlank() ? null : text.strip();
    }

    private static CalendarException conflict(String where, LocalDate date, DayKind current,
        DayKind kind) {
      return error(where, "calendar.file.both", date, current.code(), kind.code());
    }

    /** A data-file error: the pattern {@code key} of the calendar bundle, {0} being the file and line. */
    static CalendarException error(String where, String key, Object... arguments) {
      Object[] all = new Object[arguments.length + 1];
      all[0] = where;
      System.arraycopy(arguments, 0, all, 1, arguments.length);
      return CalendarException.of(key, all);
    }
  }
}
