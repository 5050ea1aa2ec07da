package org.eduroadmap.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.eduroadmap.roadmap.Roadmap;

/**
 * The progress of one roadmap: which occurrences were done, when, and how each stands on a given day.
 *
 * <pre>{@code
 * Progress progress = calculator.progress(roadmap, records);
 * LocalDate today = progress.today(Clock.systemUTC());          // in the region's time zone
 * progress.status(occurrence, today);                           // DUE_SOON
 * progress.onTimeRate(today).rate();                            // OptionalDouble[0.8]
 * progress.onTimeRateByParty(today).get("ИМЦ");
 * }</pre>
 *
 * <p>A record counts from the day it was done on: on an earlier day the occurrence is not yet done.
 * When several records name one occurrence, the earliest counts. «Today» is a date in the roadmap
 * region's time zone ({@link ScheduleCalculator#zoneOf}), never the JVM's default. This class is
 * immutable and thread-safe.
 */
public final class Progress {

  private final ScheduleCalculator calculator;
  private final Roadmap roadmap;
  private final List<Occurrence> schedule;
  private final Map<String, List<ExecutionRecord>> recordsByKey;
  private final List<UnmatchedRecord> unmatched;

  Progress(ScheduleCalculator calculator, Roadmap roadmap, Collection<ExecutionRecord> records) {
    this.calculator = calculator;
    this.roadmap = Objects.requireNonNull(roadmap, "roadmap");
    this.schedule = List.copyOf(calculator.collect(roadmap, LocalDate.MIN, LocalDate.MAX));
    Map<String, List<ExecutionRecord>> byKey = new HashMap<>();
    for (ExecutionRecord r : records) {
      byKey.computeIfAbsent(r.activityId() + "|" + r.occurrenceStart(), k -> new ArrayList<>()).add(r);
    }
    byKey.replaceAll((k, list) -> {
      list.sort((a, b) -> a.doneOn().compareTo(b.doneOn()));
      return List.copyOf(list);
    });
    this.recordsByKey = Collections.unmodifiableMap(byKey);
    this.unmatched = unmatched(schedule, records);
  }

  /** Each record that names no occurrence of {@code schedule}, in the order given, with why. */
  private static List<UnmatchedRecord> unmatched(List<Occurrence> schedule, Collection<ExecutionRecord> records) {
    Map<String, TreeMap<LocalDate, List<Occurrence>>> byActivity = new HashMap<>();
    for (Occurrence o : schedule) {
      byActivity.computeIfAbsent(o.activityId(), k -> new TreeMap<>())
          .computeIfAbsent(o.start(), k -> new ArrayList<>()).add(o);
    }
    List<UnmatchedRecord> out = new ArrayList<>();
    for (ExecutionRecord r : records) {
      TreeMap<LocalDate, List<Occurrence>> starts = byActivity.get(r.activityId());
      if (starts == null) {
        out.add(UnmatchedRecord.of(r, UnmatchedRecord.Reason.UNKNOWN_ACTIVITY, null));
        continue;
      }
      List<Occurrence> same = starts.get(r.occurrenceStart());
      if (same == null) {
        LocalDate before = starts.floorKey(r.occurrenceStart());
        LocalDate after = starts.ceilingKey(r.occurrenceStart());
        LocalDate nearest = before == null ? after : after == null ? before
            : r.occurrenceStart().toEpochDay() - before.toEpochDay()
                <= after.toEpochDay() - r.occurrenceStart().toEpochDay() ? before : after;
        out.add(UnmatchedRecord.of(r, UnmatchedRecord.Reason.NO_SUCH_OCCURRENCE, nearest));
      } else if (same.stream().noneMatch(r::isAbout)) {
        out.add(UnmatchedRecord.of(r, UnmatchedRecord.Reason.OTHER_YEAR, null));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Each record that names no occurrence of the schedule — an unknown {@code activityId}, an
   * {@code occurrenceStart} off by a day, another per-year column — in the order given, with why. Such a
   * record counts for nothing: the activity it was meant for still shows as not done, so a caller should
   * show these.
   *
   * <pre>{@code
   * progress.unmatchedRecords().forEach(u -> System.err.println(u.message(locale)));
   * }</pre>
   */
  public List<UnmatchedRecord> unmatchedRecords() {
    return unmatched;
  }

  /** The roadmap. */
  public Roadmap roadmap() {
    return roadmap;
  }

  /** The roadmap's whole schedule, in {@link Occurrence#ORDER}. */
  public List<Occurrence> schedule() {
    return schedule;
  }

  /** The date {@code clock} shows in the roadmap region's time zone. */
  public LocalDate today(Clock clock) {
    ZoneId zone = calculator.zoneOf(roadmap);
    return LocalDate.now(clock.withZone(zone));
  }

  /** The earliest record of {@code occurrence} done on or before {@code day}, if any. */
  public Optional<ExecutionRecord> record(Occurrence occurrence, LocalDate day) {
    List<ExecutionRecord> list = recordsByKey.get(occurrence.activityId() + "|" + occurrence.start());
    if (list != null) {
      for (ExecutionRecord r : list) {
        if (r.isAbout(occurrence) && !r.doneOn().isAfter(day)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * How {@code occurrence} stands on {@code day}.
   *
   * <pre>{@code
   * // due Tuesday 2021-11-30, nothing recorded, horizon 5 working days
   * progress.status(o, LocalDate.of(2021, 11, 22)); // PLANNED  (6 working days to go)
   * progress.status(o, LocalDate.of(2021, 11, 23)); // DUE_SOON (5)
   * progress.status(o, LocalDate.of(2021, 12, 1));  // OVERDUE
   * }</pre>
   */
  public OccurrenceStatus status(Occurrence occurrence, LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (!occurrence.isDue()) {
      return OccurrenceStatus.NOT_APPLICABLE;
    }
    LocalDate due = occurrence.effectiveDueOrNull();
    Optional<ExecutionRecord> done = record(occurrence, day);
    if (done.isPresent()) {
      return done.get().doneOn().isAfter(due) ? OccurrenceStatus.DONE_LATE : OccurrenceStatus.DONE_ON_TIME;
    }
    if (day.isAfter(due)) {
      return OccurrenceStatus.OVERDUE;
    }
    int horizon = calculator.dueSoonHorizon();
    // h working days never span more than 2h + 14 calendar days (the longest run of days off is 11).
    if (due.isAfter(day.plusDays(2L * horizon + 14))) {
      return OccurrenceStatus.PLANNED;
    }
    long workingDaysLeft = calculator.calendarOf(occurrence.roadmap()).workingDaysBetween(day.plusDays(1), due.plusDays(1));
    return workingDaysLeft <= horizon ? OccurrenceStatus.DUE_SOON : OccurrenceStatus.PLANNED;
  }

  /** Every occurrence of the schedule with its status on {@code day}, in {@link Occurrence#ORDER}. */
  public Map<Occurrence, OccurrenceStatus> statuses(LocalDate day) {
    Map<Occurrence, OccurrenceStatus> out = new LinkedHashMap<>();
    for (Occurrence o : schedule) {
      out.put(o, status(o, day));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The on-time rate of the whole roadmap on {@code day}. */
  public OnTimeRate onTimeRate(LocalDate day) {
    OnTimeRate rate = OnTimeRate.none();
    for (Occurrence o : schedule) {
      rate = rate.plus(status(o, day));
    }
    return rate;
  }

  /**
   * The on-time rate of each activity on {@code day}, by activity identifier (two rows with one printed
   * number are two entries), in the roadmap's order.
   */
  public Map<String, OnTimeRate> onTimeRateByActivity(LocalDate day) {
    Map<String, OnTimeRate> out = new LinkedHashMap<>();
    for (Occurrence o : schedule) {
      out.merge(o.activityId(), OnTimeRate.none().plus(status(o, day)), OnTimeRate::plus);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The on-time rate of each party on {@code day}, by name: every occurrence counts for its lead and
   * for each co-executor — the activity's own parties, or the plan's implementers when its row names
   * none ({@link Occurrence#responsible()}, the answer every output gives). An occurrence no one owes
   * counts for no party.
   */
  public Map<String, OnTimeRate> onTimeRateByParty(LocalDate day) {
    Map<String, OnTimeRate> out = new TreeMap<>();
    for (Occurrence o : schedule) {
      OnTimeRate one = OnTimeRate.none().plus(status(o, day));
      for (String party : o.responsible().names()) {
        out.merge(party, one, OnTimeRate::plus);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** The on-time rate of each party across {@code progresses} on {@code day}, by name. */
  public static Map<String, OnTimeRate> onTimeRateByParty(Iterable<Progress> progresses, LocalDate day) {
    Map<String, OnTimeRate> out = new TreeMap<>();
    for (Progress p : progresses) {
      p.onTimeRateByParty(day).forEach((k, v) -> out.merge(k, v, OnTimeRate::plus));
    }
    return Collections.unmodifiableMap(out);
  }
}
