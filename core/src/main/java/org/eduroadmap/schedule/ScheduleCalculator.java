package org.eduroadmap.schedule;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.IdentityHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.calendar.DueDatePolicy;
import org.eduroadmap.calendar.RussianProductionCalendar;
import org.eduroadmap.calendar.RussianRegion;
import org.eduroadmap.calendar.AcademicYear;
import org.eduroadmap.calendar.CalendarOverlay;
import org.eduroadmap.calendar.RegionalCalendars;
import org.eduroadmap.calendar.WorkingCalendar;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.schedule.internal.DueDates;
import org.eduroadmap.schedule.internal.Expander;
import org.eduroadmap.schedule.internal.YearlyRuns;
import org.eduroadmap.term.OccurrenceKind;
import org.eduroadmap.term.Term;
import org.eduroadmap.term.TermReader;
import org.eduroadmap.term.TermRule;
import org.eduroadmap.term.UnscheduledReason;

/**
 * The scheduling calculator: expands roadmaps into dated {@link Occurrence}s as {@code terms.md}
 * says, and answers what is due when and who owes it.
 *
 * <pre>{@code
 * ScheduleCalculator calculator = ScheduleCalculator.standard();      // Russian calendar, previous working day
 * DateRange november = DateRange.of(LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 30));
 * calculator.occurrences(roadmap, november).toList();                 // what overlaps November
 * calculator.dueIn(roadmap, november).toList();                       // what is due in November
 * calculator.agenda("ИМЦ", roadmaps, november);                       // one party, many roadmaps
 * calculator.nextDue(roadmap, "8", LocalDate.of(2021, 12, 1));        // Optional[8 WINDOW 2022-11-01/…]
 * calculator.withPolicy(DueDatePolicy.NEXT_WORKING_DAY);              // a copy
 * }</pre>
 *
 * <p>A roadmap whose region (or, without one, whose municipality) names a subject with non-working
 * days of its own is scheduled on that region's calendar ({@link RegionalCalendars}): in Татарстан
 * «до 30 августа 2024» is due on 29 August 2024, and {@link Occurrence#movedBy()} says the
 * republic's calendar moved it. {@link Builder#withoutRegionalCalendars()} schedules every roadmap on
 * the calculator's calendar alone; {@link Builder#regionalOverlay(Function)} supplies your own days.
 *
 * <p>Expansion always takes a bounded range and is lazy: a stream of many roadmaps holds one
 * roadmap's occurrences at a time, so a national set never sits in memory. Recurring terms jump
 * straight to the years of the range. Within a roadmap, occurrences come in {@link Occurrence#ORDER}.
 *
 * <p>One call makes at most {@link #maxOccurrences()} occurrences of one roadmap ({@value
 * #DEFAULT_MAX_OCCURRENCES} unless {@link #withMaxOccurrences(int)} says otherwise) and throws a {@link
 * ScheduleException} naming the limit beyond it: a 17 KB roadmap of daily activities over two centuries would
 * otherwise fill the memory. A caller who wants more in little memory streams the roadmaps, or the years.
 *
 * <p>Build a calculator once and share it: this class is immutable and thread-safe (its caches of
 * read terms and effective due dates are concurrent and only ever add what they would compute).
 */
public final class ScheduleCalculator {

  /** How many distinct term texts the calculator remembers the reading of. */
  /**
   * At most this many readings are remembered per calculator: a roadmap has some forty distinct terms, a
   * national set a few thousand. When full the cache starts again, so memory stays bounded whatever text
   * a long-lived shared calculator is given.
   */
  static final int RULE_CACHE_SIZE = 4096;

  /** Longer texts are read every time, never remembered: real terms are far shorter. */
  static final int RULE_CACHE_MAX_TEXT = 256;

  /**
   * How many occurrences one call may make of one roadmap (and an agenda of many) unless told otherwise:
   * {@value}. A real roadmap has a few hundred over its years; a roadmap of 200 activities «ежедневно» over
   * 1900–2100 (a 17 KB JSON) has 14.7 million, which no report, calendar file or table can show.
   */
  public static final int DEFAULT_MAX_OCCURRENCES = 100_000;

  private static final ScheduleCalculator STANDARD = builder().build();

  private final WorkingCalendar calendar;
  private final DueDatePolicy policy;
  private final MonthDay academicYearStart;
  private final MonthDay teachingEnd;
  private final int dueSoonWorkingDays;
  private final Function<String, TermRule> reader;
  private final Function<Roadmap, ZoneId> zones;
  private final Expander expander;
  private final DueDates dueDates;
  private final ConcurrentHashMap<String, TermRule> rules;
  private final int maxOccurrences;
  private final Function<Roadmap, Optional<CalendarOverlay>> overlays;
  private final boolean shippedRegions;
  /** The due dates of each regional overlay in use, by identity: overlays are compared by value slowly. */
  private final Map<CalendarOverlay, DueDates> regionalDueDates =
      java.util.Collections.synchronizedMap(new IdentityHashMap<>());
  /** The region each region text names (or {@link #NO_REGION}): looking a name up normalises it. */
  private final ConcurrentHashMap<String, Object> regionByText = new ConcurrentHashMap<>();
  private static final Object NO_REGION = new Object();
  private final String calendarName;

  /** How many readings the cache holds now: for tests of its bound. */
  int cachedReadings() {
    return rules.size();
  }

  private ScheduleCalculator(Builder b, ConcurrentHashMap<String, TermRule> rules) {
    this.calendar = b.calendar;
    this.policy = b.policy;
    this.academicYearStart = b.academicYearStart;
    this.teachingEnd = b.teachingEnd;
    this.dueSoonWorkingDays = b.dueSoonWorkingDays;
    this.reader = b.reader;
    this.zones = b.zones;
    this.expander = new Expander(academicYearStart, teachingEnd);
    this.dueDates = new DueDates(calendar, policy);
    this.rules = rules;
    this.maxOccurrences = b.maxOccurrences;
    this.overlays = b.overlays;
    this.shippedRegions = b.overlays == Builder.SHIPPED_REGIONS;
    this.calendarName = calendar == RussianProductionCalendar.get()
        || calendar == RussianProductionCalendar.strict() ? PRODUCTION_CALENDAR : calendar.toString();
  }

  /** What {@link Occurrence#movedBy()} names the federal production calendar. */
  static final String PRODUCTION_CALENDAR = "Производственный календарь Российской Федерации";

  /**
   * The calculator {@code terms.md} describes by default: the Russian production calendar,
   * {@link DueDatePolicy#PREVIOUS_WORKING_DAY}, academic years from 1 September with teaching ending
   * on 31 May, «due soon» within 5 working days, terms read leniently.
   */
  public static ScheduleCalculator standard() {
    return STANDARD;
  }

  /** A builder starting from the {@link #standard()} settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** A copy with due dates moved by {@code newPolicy}. */
  public ScheduleCalculator withPolicy(DueDatePolicy newPolicy) {
    return toBuilder().policy(newPolicy).build();
  }

  /** A copy using {@code newCalendar} for working days. */
  public ScheduleCalculator withCalendar(WorkingCalendar newCalendar) {
    return toBuilder().calendar(newCalendar).build();
  }

  /** A copy calling an occurrence «due soon» within {@code workingDays} working days of its due date. */
  public ScheduleCalculator withDueSoonHorizon(int workingDays) {
    return toBuilder().dueSoonHorizon(workingDays).build();
  }

  /**
   * A copy that makes at most {@code max} occurrences of one roadmap in one call ({@link #schedule},
   * {@link #occurrences(Roadmap, DateRange)}, {@link #dueIn}, …; an agenda of many roadmaps in total; a
   * term's expansion), and throws a {@link ScheduleException} naming the limit beyond it, before the
   * occurrences fill the memory. The default is {@link #DEFAULT_MAX_OCCURRENCES}.
   *
   * <pre>{@code
   * calculator.withMaxOccurrences(1_000_000).occurrences(roadmap, DateRange.ofYears(1900, 2100));
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public ScheduleCalculator withMaxOccurrences(int max) {
    return toBuilder().maxOccurrences(max).build();
  }

  /** The most occurrences one call makes of one roadmap: {@link #withMaxOccurrences(int)}. */
  public int maxOccurrences() {
    return maxOccurrences;
  }

  /** A builder holding this calculator's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.calendar = calendar;
    b.policy = policy;
    b.academicYearStart = academicYearStart;
    b.teachingEnd = teachingEnd;
    b.dueSoonWorkingDays = dueSoonWorkingDays;
    b.reader = reader;
    b.zones = zones;
    b.sharedRules = rules;
    b.maxOccurrences = maxOccurrences;
    b.overlays = overlays;
    return b;
  }

  /** The working calendar: every roadmap's, but a region's own days are added for its roadmaps. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * The working calendar {@code roadmap} is scheduled on: {@link #calendar()} with the roadmap's
   * regional days on top when its region (or municipality) has any and regional calendars are on.
   *
   * <pre>{@code
   * calculator.calendarOf(kazanRoadmap).isWorkingDay(LocalDate.of(2024, 8, 30)); // false
   * }</pre>
   */
  public WorkingCalendar calendarOf(Roadmap roadmap) {
    return dueDatesOf(roadmap).calendar();
  }

  /**
   * The regional days {@code roadmap} is scheduled with, if any: the shipped days of its region by
   * default ({@link RegionalCalendars}), the builder's {@link Builder#regionalOverlay(Function)}, or
   * nothing after {@link Builder#withoutRegionalCalendars()}.
   */
  public Optional<CalendarOverlay> regionalOverlayOf(Roadmap roadmap) {
    return overlays.apply(roadmap);
  }

  /** The due dates of {@code roadmap}: the calculator's own, or its region's. */
  private DueDates dueDatesOf(Roadmap roadmap) {
    CalendarOverlay overlay;
    if (shippedRegions) {
      RussianRegion region = regionOf(roadmap);
      if (region == null) {
        return dueDates;
      }
      overlay = RegionalCalendars.shipped().overlay(region).orElse(null);
    } else {
      overlay = overlays.apply(roadmap).orElse(null);
    }
    if (overlay == null) {
      return dueDates;
    }
    DueDates d = regionalDueDates.get(overlay);
    if (d == null) {
      d = new DueDates(calendar.with(overlay), policy);
      DueDates earlier = regionalDueDates.putIfAbsent(overlay, d);
      d = earlier != null ? earlier : d;
    }
    return d;
  }

  /** The subject {@code roadmap}'s region names, or failing that its municipality; null for none. */
  private RussianRegion regionOf(Roadmap roadmap) {
    String text = roadmap.region().orElse(null);
    if (text == null) {
      text = roadmap.municipality().orElse(null);
      if (text == null) {
        return null;
      }
    }
    Object region = regionByText.get(text);
    if (region == null) {
      region = RussianRegion.findIn(text).<Object>map(r -> r).orElse(NO_REGION);
      if (regionByText.size() < RULE_CACHE_SIZE) {
        regionByText.putIfAbsent(text, region);
      }
    }
    return region == NO_REGION ? null : (RussianRegion) region;
  }

  /**
   * The name of the calendar that moved a due date from {@code nominal} to {@code effective}: the
   * region's when without its days the date would not have moved so, the calculator's otherwise.
   */
  private String movedBy(DueDates used, LocalDate nominal, LocalDate effective) {
    if (effective == null || effective.equals(nominal)) {
      return null;
    }
    if (used != dueDates && !dueDates.effective(nominal).equals(effective)) {
      return overlayNameOf(used);
    }
    return calendarName;
  }

  private String overlayNameOf(DueDates used) {
    synchronized (regionalDueDates) {
      for (Map.Entry<CalendarOverlay, DueDates> e : regionalDueDates.entrySet()) {
        if (e.getValue() == used) {
          return e.getKey().name();
        }
      }
    }
    return used.calendar().toString();
  }

  /** The due-date policy. */
  public DueDatePolicy policy() {
    return policy;
  }

  /** The first day of an academic year (1 September). */
  public MonthDay academicYearStart() {
    return academicYearStart;
  }

  /** The last day of teaching (31 May). */
  public MonthDay teachingEnd() {
    return teachingEnd;
  }

  /** How many working days before its due date an occurrence is «due soon». */
  public int dueSoonHorizon() {
    return dueSoonWorkingDays;
  }

  /** The time zone of {@code roadmap}'s region, in which «today» is told. */
  public ZoneId zoneOf(Roadmap roadmap) {
    return zones.apply(roadmap);
  }

  /**
   * The effective due date of something nominally due on {@code nominal}, under this calculator's
   * calendar and policy.
   */
  public LocalDate effectiveDue(LocalDate nominal) {
    return dueDates.effective(nominal);
  }

  // ---------------------------------------------------------------- one term

  /**
   * The rule {@code term} is read as: by the lenient reader (or the builder's term reader), remembered
   * per text in this calculator's bounded cache ({@value #RULE_CACHE_SIZE} texts of at most
   * {@value #RULE_CACHE_MAX_TEXT} characters).
   *
   * <pre>{@code
   * calculator.ruleOf(Term.of("ежегодно (ноябрь)")); // YearlyInMonths[months=[NOVEMBER]]
   * }</pre>
   */
  public TermRule ruleOf(Term term) {
    String text = term.text();
    if (text.isBlank()) {
      return TermRule.Empty.of();
    }
    TermRule rule = rules.get(text);
    if (rule == null) {
      rule = Objects.requireNonNull(reader.apply(text), "term reader returned null");
      if (text.length() <= RULE_CACHE_MAX_TEXT) {
        if (rules.size() >= RULE_CACHE_SIZE) {
          rules.clear();
        }
        rules.putIfAbsent(text, rule);
      }
    }
    return rule;
  }

  /**
   * Every occurrence of {@code rule} in {@code context}, in order of start then due date: what the
   * {@code terms --from --to} command prints.
   *
   * <pre>{@code
   * calculator.expand(TermRule.TimesAYear.of(2), TermContext.of(DateRange.ofYears(2021, 2021)))
   *     .toList(); // [WINDOW 2021-01-01/2021-06-30 …, WINDOW 2021-07-01/2021-12-31 …]
   * }</pre>
   */
  public Stream<TermOccurrence> expand(TermRule rule, TermContext context) {
    return expandInRangeOrAll(rule, context, null);
  }

  /** The occurrences of {@code rule} in {@code context} that overlap {@code range}, in order. */
  public Stream<TermOccurrence> expand(TermRule rule, TermContext context, DateRange range) {
    return expandInRangeOrAll(rule, context, Objects.requireNonNull(range, "range"));
  }

  /** The occurrences overlapping {@code range}, or all of them when it is null. */
  private Stream<TermOccurrence> expandInRangeOrAll(TermRule rule, TermContext context, DateRange range) {
    Objects.requireNonNull(rule, "rule");
    DateRange p = context.period();
    YearlyRuns runs = YearlyRuns.ofOrNull(rule);
    if (runs != null && runs.kind() == OccurrenceKind.CONTINUOUS && context.columnYearOrZero() == 0
        && expander.isOneAcademicYear(p.first(), p.last())) {
      runs = null; // «в течение года» over one academic year is one span (D60): the expander makes it
    }
    if (runs != null) {
      // Already in order: made one at a time as the stream is consumed, never collected nor sorted.
      return StreamSupport.stream(new YearlyTermOccurrences(runs, p, context.columnYearOrZero(), range,
          dueDates), false);
    }
    LocalDate from = range == null ? LocalDate.MIN : range.first();
    LocalDate to = range == null ? LocalDate.MAX : range.last();
    TermOccurrences out = new TermOccurrences(maxOccurrences, p, rule);
    TimeOfDay time = TimeOfDay.of(rule).orElse(null);
    expander.expand(rule, p.first(), p.last(), context.columnYearOrZero(), from, to, dueDates.calendar(),
        (kind, start, end, due, year) -> out.add(TermOccurrence.withEffectiveDue(kind, start, end,
            dueDates.effectiveFor(kind, due), dueDates.isProvisionalFor(kind, due), year).atTime(time)));
    return out.sorted().stream();
  }

  /** Collects a rule's occurrences, and sorts them only when the rule did not give them in order. */
  private static final class TermOccurrences {
    private final List<TermOccurrence> list = new ArrayList<>();
    private boolean sorted = true;
    private final int max;
    private final DateRange period;
    private final TermRule rule;

    TermOccurrences(int max, DateRange period, TermRule rule) {
      this.max = max;
      this.period = period;
      this.rule = rule;
    }

    void add(TermOccurrence o) {
      if (list.size() >= max) {
        throw new ScheduleException("schedule.tooManyTermOccurrences", String.valueOf(max), rule.toString(),
            period.first().toString(), period.last().toString());
      }
      if (sorted && !list.isEmpty() && TermOccurrence.ORDER.compare(list.get(list.size() - 1), o) > 0) {
        sorted = false;
      }
      list.add(o);
    }

    List<TermOccurrence> sorted() {
      if (!sorted) {
        list.sort(TermOccurrence.ORDER);
      }
      return list;
    }
  }

  // ---------------------------------------------------------------- one roadmap

  /**
   * The whole schedule of {@code roadmap}: recurring and continuous terms for its period, explicit
   * dates as written (even outside it), reports on its years even when due after it.
   *
   * @throws ScheduleException if the roadmap's period is invalid
   */
  public Stream<Occurrence> schedule(Roadmap roadmap) {
    return collect(roadmap, LocalDate.MIN, LocalDate.MAX).stream();
  }

  /**
   * The occurrences of {@code roadmap}'s schedule that overlap {@code range}, in
   * {@link Occurrence#ORDER}. Only the years of the range are expanded, however long the period.
   *
   * @throws ScheduleException if the roadmap's period is invalid
   */
  public Stream<Occurrence> occurrences(Roadmap roadmap, DateRange range) {
    Objects.requireNonNull(range, "range");
    return collect(roadmap, range.first(), range.last()).stream();
  }

  /**
   * The schedule from {@code day} on: the occurrences that end on or after it, in order, without
   * walking from the period start.
   */
  public Stream<Occurrence> occurrencesFrom(Roadmap roadmap, LocalDate day) {
    return collect(roadmap, day, LocalDate.MAX).stream();
  }

  /**
   * The occurrences of {@code roadmap} whose effective due date lies in {@code range}, by effective due
   * date, then in {@link Occurrence#ORDER}.
   */
  public Stream<Occurrence> dueIn(Roadmap roadmap, DateRange range) {
    Objects.requireNonNull(range, "range");
    // A due date moves off a non-working day but never past a working day: one due after the range can be
    // moved back into it only from the run of non-working days just after it, one due before it only from
    // the run just before. The calendar says how long those runs are (a summer closure can be 90 days).
    WorkingCalendar c = calendarOf(roadmap);
    List<Occurrence> all = collect(roadmap, firstNominalDueFor(c, range.first()), lastNominalDueFor(c, range.last()));
    return all.stream()
        .filter(o -> o.isDue() && range.contains(o.effectiveDueOrNull()))
        .sorted(BY_EFFECTIVE_DUE);
  }

  /**
   * The next occurrence of the activity identified by {@code activityId} ({@link Activity#id()}: the
   * printed number unless numbers repeat) due (effectively) after {@code day}, if any.
   *
   * <pre>{@code
   * calculator.nextDue(roadmap, "8", LocalDate.of(2021, 12, 1)); // the window of November 2022
   * }</pre>
   */
  public Optional<Occurrence> nextDue(Roadmap roadmap, String activityId, LocalDate day) {
    Objects.requireNonNull(activityId, "activityId");
    return collect(roadmap, firstNominalDueFor(calendarOf(roadmap), day.plusDays(1)), LocalDate.MAX).stream()
        .filter(o -> o.isDue() && o.effectiveDueOrNull().isAfter(day)
            && o.activityId().equals(activityId))
        .min(BY_EFFECTIVE_DUE);
  }

  /**
   * The activities (and year cells) of {@code roadmap} with no dated occurrence, with the reason, in
   * the order of the roadmap.
   */
  public List<Unscheduled> unscheduled(Roadmap roadmap) {
    List<Unscheduled> out = new ArrayList<>();
    List<Activity> activities = roadmap.allActivities();
    for (int i = 0; i < activities.size(); i++) {
      Activity a = activities.get(i);
      if (a.hasYearCells()) {
        for (YearCell cell : a.yearCells()) {
          TermRule rule = ruleOf(cell.term());
          if (rule.kind() == OccurrenceKind.UNSCHEDULED && (!cell.term().isBlank() || cell.result().isPresent())) {
            out.add(new Unscheduled(roadmap, a, i, rule, reasonOf(rule), cell.term().text(), cell.year()));
          }
        }
      } else {
        TermRule rule = ruleOf(a.term());
        if (rule.kind() == OccurrenceKind.UNSCHEDULED) {
          out.add(new Unscheduled(roadmap, a, i, rule, reasonOf(rule), a.term().text(), 0));
        }
      }
    }
    return List.copyOf(out);
  }

  private static UnscheduledReason reasonOf(TermRule rule) {
    return rule.unscheduledReason().orElse(UnscheduledReason.UNPARSED);
  }

  // ---------------------------------------------------------------- many roadmaps

  /**
   * The occurrences of every roadmap that overlap {@code range}: roadmap after roadmap, each in
   * {@link Occurrence#ORDER}. Lazy: only one roadmap's occurrences are held at a time, so a stream of
   * forty thousand roadmaps read from disk streams in little memory.
   */
  public Stream<Occurrence> occurrences(Stream<Roadmap> roadmaps, DateRange range) {
    Objects.requireNonNull(range, "range");
    return roadmaps.flatMap(r -> occurrences(r, range));
  }

  /** As {@link #occurrences(Stream, DateRange)}, for an iterable. */
  public Stream<Occurrence> occurrences(Iterable<Roadmap> roadmaps, DateRange range) {
    return occurrences(StreamSupport.stream(roadmaps.spliterator(), false), range);
  }

  /**
   * The agenda of one party across many roadmaps: the occurrences overlapping {@code range} of
   * every activity where a party named {@code partyName} (ignoring case and surrounding spaces) leads
   * or co-executes — the activity's own parties, or the plan's implementers when its row names none
   * ({@link Roadmap#responsibleFor(Activity)}) — ordered by effective due date (the end, for CONTINUOUS), then start, then
   * roadmap. Roadmaps are read one at a time; only the party's occurrences are kept.
   *
   * <pre>{@code
   * calculator.agenda("ИМЦ", roadmaps, november).forEach(o -> …);
   * }</pre>
   */
  public List<Occurrence> agenda(String partyName, Iterable<Roadmap> roadmaps, DateRange range) {
    String wanted = normalise(partyName);
    List<Occurrence> out = new ArrayList<>();
    for (Roadmap r : roadmaps) {
      for (Occurrence o : collect(r, range.first(), range.last())) {
        if (concerns(r, o.activity(), wanted)) {
          if (out.size() >= maxOccurrences) {
            throw new ScheduleException("schedule.tooManyAgendaOccurrences", String.valueOf(maxOccurrences),
                partyName, range.first().toString(), range.last().toString());
          }
          out.add(o);
        }
      }
    }
    out.sort(AGENDA_ORDER);
    return List.copyOf(out);
  }

  /** As {@link #agenda(String, Iterable, DateRange)}, for {@code party}'s name. */
  public List<Occurrence> agenda(Party party, Iterable<Roadmap> roadmaps, DateRange range) {
    return agenda(party.name(), roadmaps, range);
  }

  /**
   * The load of every party, month by month, across many roadmaps: for each party who owes an
   * activity (lead or co-executor; the plan's implementers when the activity names no one) and each month of {@code range}, how many occurrences are under
   * way in it and how many are effectively due in it. Ordered by party name, then month.
   */
  public List<MonthlyLoad> load(Iterable<Roadmap> roadmaps, DateRange range) {
    Map<String, TreeMap<YearMonth, int[]>> counts = new TreeMap<>();
    YearMonth firstMonth = YearMonth.from(range.first());
    YearMonth lastMonth = YearMonth.from(range.last());
    for (Roadmap r : roadmaps) {
      for (Occurrence o : collect(r, range.first(), range.last())) {
        for (String party : o.responsible().names()) {
          TreeMap<YearMonth, int[]> months = counts.computeIfAbsent(party, k -> new TreeMap<>());
          YearMonth m0 = max(YearMonth.from(o.start()), firstMonth);
          YearMonth m1 = min(YearMonth.from(o.end()), lastMonth);
          for (YearMonth m = m0; !m.isAfter(m1); m = m.plusMonths(1)) {
            months.computeIfAbsent(m, k -> new int[2])[0]++;
          }
          if (o.isDue() && range.contains(o.effectiveDueOrNull())) {
            months.computeIfAbsent(YearMonth.from(o.effectiveDueOrNull()), k -> new int[2])[1]++;
          }
        }
      }
    }
    List<MonthlyLoad> out = new ArrayList<>();
    counts.forEach((party, months) -> months.forEach(
        (month, c) -> out.add(new MonthlyLoad(party, month, c[0], c[1]))));
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------- progress

  /**
   * The progress of {@code roadmap} given what was done: each occurrence's status on a day, on-time
   * rates per activity, party and roadmap.
   */
  public Progress progress(Roadmap roadmap, Collection<ExecutionRecord> records) {
    return new Progress(this, roadmap, records);
  }

  // ---------------------------------------------------------------- internals

  /**
   * The earliest nominal due date whose effective due date can fall on or after {@code day}: the day after
   * the last working day before it (a later policy moves dates forward over non-working days only).
   */
  private LocalDate firstNominalDueFor(WorkingCalendar calendar, LocalDate day) {
    if (policy == DueDatePolicy.NONE || day.equals(LocalDate.MIN)) {
      return day;
    }
    return calendar.previousWorkingDay(day).plusDays(1);
  }

  /** The latest nominal due date whose effective due date can fall on or before {@code day}. */
  private LocalDate lastNominalDueFor(WorkingCalendar calendar, LocalDate day) {
    if (policy == DueDatePolicy.NONE || day.equals(LocalDate.MAX)) {
      return day;
    }
    return calendar.nextWorkingDay(day).minusDays(1);
  }

  static final Comparator<Occurrence> BY_EFFECTIVE_DUE =
      Comparator.comparing(Occurrence::effectiveDueOrNull).thenComparing(Occurrence.ORDER);

  private static final Comparator<Occurrence> AGENDA_ORDER = Comparator
      .comparing((Occurrence o) -> o.isDue() ? o.effectiveDueOrNull() : o.end())
      .thenComparing(Occurrence::start)
      .thenComparing(o -> o.roadmap().order().date().orElse(LocalDate.MIN))
      .thenComparing(o -> o.roadmap().order().number())
      .thenComparing(Occurrence.ORDER);

  /** The occurrences of {@code roadmap} overlapping {@code from}–{@code to}, sorted. */
  List<Occurrence> collect(Roadmap roadmap, LocalDate from, LocalDate to) {
    DateRange period = TermContext.periodRange(roadmap.period());
    LocalDate pf = period.first();
    LocalDate pl = period.last();
    List<Activity> activities = roadmap.allActivities();
    List<Occurrence> out = new ArrayList<>(Math.min(activities.size() * 4, maxOccurrences));
    DueDates dd = dueDatesOf(roadmap);
    for (int i = 0; i < activities.size(); i++) {
      Activity a = activities.get(i);
      if (a.hasYearCells()) {
        for (YearCell cell : a.yearCells()) {
          expandInto(out, dd, roadmap, a, i, ruleOf(cell.term()), pf, pl, cell.year(), from, to);
        }
      } else {
        expandInto(out, dd, roadmap, a, i, ruleOf(a.term()), pf, pl, 0, from, to);
      }
    }
    return OccurrenceSort.sorted(out);
  }

  private void expandInto(List<Occurrence> out, DueDates dueDates, Roadmap roadmap, Activity a, int position, TermRule rule,
      LocalDate pf, LocalDate pl, int columnYear, LocalDate from, LocalDate to) {
    if (rule.kind() == OccurrenceKind.UNSCHEDULED) {
      return;
    }
    expander.expand(rule, pf, pl, columnYear, from, to, dueDates.calendar(), (kind, start, end, due, year) -> {
      if (out.size() >= maxOccurrences) {
        throw tooMany(roadmap, from.isBefore(pf) ? pf : from, to.isAfter(pl) ? pl : to);
      }
      LocalDate effective = dueDates.effectiveFor(kind, due);
      out.add(new Occurrence(roadmap, a, position, rule, kind, start, end, effective,
          dueDates.isProvisionalFor(kind, due), year, movedBy(dueDates, due, effective)));
    });
  }

  private ScheduleException tooMany(Roadmap roadmap, LocalDate from, LocalDate to) {
    return new ScheduleException("schedule.tooManyOccurrences", String.valueOf(maxOccurrences), roadmap.title(),
        from.toString(), to.toString());
  }

  private static boolean concerns(Roadmap r, Activity a, String wantedName) {
    for (String name : r.responsibleFor(a).names()) {
      if (normalise(name).equals(wantedName)) {
        return true;
      }
    }
    return false;
  }

  private static String normalise(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  /** Moscow time: the zone of most federal subjects, and the fallback for an unknown region. */
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  private static ZoneId regionZone(Roadmap roadmap) {
    return roadmap.region().flatMap(RussianRegion::findByName).map(RussianRegion::zone).orElse(MOSCOW);
  }

  private static YearMonth max(YearMonth a, YearMonth b) {
    return a.isAfter(b) ? a : b;
  }

  private static YearMonth min(YearMonth a, YearMonth b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public String toString() {
    return "ScheduleCalculator[policy=" + policy + ", academicYear=" + academicYearStart + ", teachingEnd="
        + teachingEnd + ", dueSoon=" + dueSoonWorkingDays + "]";
  }

  /**
   * Builds a {@link ScheduleCalculator}; starts from the {@link #standard()} settings.
   *
   * <pre>{@code
   * ScheduleCalculator c = ScheduleCalculator.builder()
   *     .policy(DueDatePolicy.NEXT_WORKING_DAY)
   *     .academicYear(MonthDay.of(9, 1), MonthDay.of(5, 31))
   *     .zone(ZoneId.of("Asia/Vladivostok"))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private WorkingCalendar calendar = RussianProductionCalendar.get();
    private DueDatePolicy policy = DueDatePolicy.PREVIOUS_WORKING_DAY;
    private MonthDay academicYearStart = AcademicYear.DEFAULT_START;
    private MonthDay teachingEnd = AcademicYear.DEFAULT_TEACHING_END;
    private int dueSoonWorkingDays = 5;
    private Function<String, TermRule> reader = text -> TermReader.lenient().read(text);
    private Function<Roadmap, ZoneId> zones = ScheduleCalculator::regionZone;
    private ConcurrentHashMap<String, TermRule> sharedRules;
    private int maxOccurrences = DEFAULT_MAX_OCCURRENCES;
    /** The default: the shipped days of the roadmap's region; compared by identity. */
    static final Function<Roadmap, Optional<CalendarOverlay>> SHIPPED_REGIONS = r -> Optional.empty();
    private static final Function<Roadmap, Optional<CalendarOverlay>> NO_REGIONS = r -> Optional.empty();
    private Function<Roadmap, Optional<CalendarOverlay>> overlays = SHIPPED_REGIONS;

    private Builder() {}

    /**
     * Schedules every roadmap on {@link #calendar(WorkingCalendar)} alone, without the regional days
     * the calculator adds by default for a roadmap whose region has its own.
     */
    public Builder withoutRegionalCalendars() {
      this.overlays = NO_REGIONS;
      return this;
    }

    /**
     * Adds the shipped regional days ({@link RegionalCalendars#shipped()}) of each roadmap's region
     * (or municipality) to the calendar: the default, which this undoes
     * {@link #withoutRegionalCalendars()} and {@link #regionalOverlay(Function)}.
     */
    public Builder withRegionalCalendars() {
      this.overlays = SHIPPED_REGIONS;
      return this;
    }

    /**
     * The regional days of each roadmap, instead of the shipped ones: for a region's corrected days,
     * or a school's. Return the same overlay instance for roadmaps of one region: each distinct
     * instance gets its own table of due dates.
     *
     * <pre>{@code
     * CalendarOverlay kazan = CalendarOverlay.builder("Казань").holiday(day, "…").build();
     * ScheduleCalculator.builder().regionalOverlay(r -> Optional.of(kazan)).build();
     * }</pre>
     */
    public Builder regionalOverlay(Function<Roadmap, Optional<CalendarOverlay>> value) {
      this.overlays = Objects.requireNonNull(value, "regionalOverlay");
      return this;
    }

    /** The working calendar; default the Russian production calendar. */
    public Builder calendar(WorkingCalendar value) {
      this.calendar = Objects.requireNonNull(value, "calendar");
      return this;
    }

    /** The due-date policy; default {@link DueDatePolicy#PREVIOUS_WORKING_DAY}. */
    public Builder policy(DueDatePolicy value) {
      this.policy = Objects.requireNonNull(value, "policy");
      return this;
    }

    /**
     * The academic year: it starts on {@code start} (1 September) and ends the day before it a year
     * later; teaching ends on {@code teachingEnd} (31 May).
     */
    public Builder academicYear(MonthDay start, MonthDay teachingEnd) {
      this.academicYearStart = Objects.requireNonNull(start, "start");
      this.teachingEnd = Objects.requireNonNull(teachingEnd, "teachingEnd");
      return this;
    }

    /**
     * How many working days before its due date an occurrence is «due soon»; default 5.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder dueSoonHorizon(int workingDays) {
      if (workingDays < 0) {
        throw new IllegalArgumentException("Invalid due-soon horizon (valid values >= 0): " + workingDays);
      }
      this.dueSoonWorkingDays = workingDays;
      return this;
    }

    /** How term texts are read; default the lenient {@link TermReader}. */
    public Builder termReader(Function<String, TermRule> value) {
      this.reader = Objects.requireNonNull(value, "termReader");
      sharedRules = null;
      return this;
    }

    /** The time zone of every roadmap, whatever its region. */
    public Builder zone(ZoneId zone) {
      Objects.requireNonNull(zone, "zone");
      this.zones = r -> zone;
      return this;
    }

    /** The time zone of each roadmap; default {@link RussianRegion#zone()} of its region, Moscow time when unknown. */
    public Builder zones(Function<Roadmap, ZoneId> value) {
      this.zones = Objects.requireNonNull(value, "zones");
      return this;
    }

    /**
     * The most occurrences one call makes of one roadmap; default {@link #DEFAULT_MAX_OCCURRENCES}. See
     * {@link ScheduleCalculator#withMaxOccurrences(int)}.
     *
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public Builder maxOccurrences(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("Invalid maximum of occurrences (valid values 1 and up): " + max);
      }
      this.maxOccurrences = max;
      return this;
    }

    /** The calculator. */
    public ScheduleCalculator build() {
      // Copies that read terms the same way share the cache of readings.
      return new ScheduleCalculator(this, sharedRules != null ? sharedRules : new ConcurrentHashMap<>());
    }
  }
}
