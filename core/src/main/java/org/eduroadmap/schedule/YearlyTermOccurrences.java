package org.eduroadmap.schedule;

import java.time.LocalDate;
import java.util.Spliterator;
import java.util.function.Consumer;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.calendar.DueDatePolicy;
import org.eduroadmap.schedule.internal.DueDates;
import org.eduroadmap.schedule.internal.MonthBounds;
import org.eduroadmap.schedule.internal.YearlyRuns;
import org.eduroadmap.term.OccurrenceKind;

/**
 * The occurrences of a rule that repeats the same months every year, made one at a time in
 * {@link TermOccurrence#ORDER}: the same spans as {@link org.eduroadmap.schedule.internal.Expander}
 * gives, clipped to the period and filtered by the query range, without a list or a sort.
 *
 * <p>They come out ordered because a year's runs are disjoint and in calendar order, the years
 * ascend, and clipping every span to one period and dropping some keeps disjoint spans in order.
 *
 * <p>Not thread-safe: one per expansion, like any spliterator.
 */
final class YearlyTermOccurrences implements Spliterator<TermOccurrence> {

  // Few reference fields on purpose: one of these is made per expansion, and a roadmap's expansion
  // has only a few occurrences to share what making it costs.
  private final YearlyRuns runs;
  private final DateRange period;
  /** The query range, or null for the whole period. */
  private final DateRange query;
  /** Moves due dates off non-working days; null when the policy is NONE and nothing moves. */
  private final DueDates dueDates;
  private final int columnYear;
  private final int lastYear;
  private int year;
  private int run;

  YearlyTermOccurrences(YearlyRuns runs, DateRange period, int columnYear, DateRange query,
      DueDates dueDates) {
    this.runs = runs;
    this.period = period;
    this.query = query;
    this.columnYear = columnYear;
    this.dueDates = dueDates.policy() == DueDatePolicy.NONE ? null : dueDates;
    // The years Expander generates: the period's (or the column's), near the query range.
    int first = columnYear != 0 ? columnYear : period.first().getYear();
    int last = columnYear != 0 ? columnYear : period.last().getYear();
    this.year = query == null ? first : Math.max(first, query.first().getYear() - 1);
    this.lastYear = query == null ? last : Math.min(last, query.last().getYear());
  }

  @Override
  public boolean tryAdvance(Consumer<? super TermOccurrence> action) {
    int count = runs.count();
    while (year <= lastYear) {
      TermOccurrence o = make(year, run);
      if (++run == count) {
        run = 0;
        year++;
      }
      if (o != null) {
        action.accept(o);
        return true;
      }
    }
    return false;
  }

  @Override
  public void forEachRemaining(Consumer<? super TermOccurrence> action) {
    int count = runs.count();
    int y = year;
    int i = run;
    int last = lastYear;
    // Leave the spliterator exhausted first, as the contract wants even if action throws.
    year = last + 1;
    run = 0;
    // The whole years inside both the period and the query range need no clipping nor filtering:
    // for a roadmap over whole calendar years, that is every year.
    LocalDate lo = query == null || period.first().isAfter(query.first()) ? period.first() : query.first();
    LocalDate hi = query == null || period.last().isBefore(query.last()) ? period.last() : query.last();
    int innerFirst = lo.getMonthValue() == 1 && lo.getDayOfMonth() == 1 ? lo.getYear() : lo.getYear() + 1;
    int innerLast = hi.getMonthValue() == 12 && hi.getDayOfMonth() == 31 ? hi.getYear() : hi.getYear() - 1;
    // Checks that are the same for every occurrence, made once here rather than once per occurrence.
    OccurrenceKind k = runs.kind();
    boolean unmoved = k == OccurrenceKind.CONTINUOUS || dueDates == null;
    int fixedLabel = columnYear;
    for (; y <= last; y++, i = 0) {
      if (y >= innerFirst && y <= innerLast) {
        // Whole months: no clipping, no filtering; a new occurrence each, as from a cold expansion.
        int label = fixedLabel != 0 ? fixedLabel : y;
        MonthBounds bounds = MonthBounds.ofYear(y);
        for (; i < count; i++) {
          LocalDate start = bounds.at(runs.firstIndex(i));
          LocalDate end = bounds.at(runs.lastIndex(i));
          // No due date to move (CONTINUOUS) or nothing moves it: no date to store beyond the span.
          action.accept(unmoved ? new TermOccurrence(k, start, end, null, label) : moved(k, start, end, label));
        }
        continue;
      }
      for (; i < count; i++) {
        TermOccurrence o = make(y, i);
        if (o != null) {
          action.accept(o);
        }
      }
    }
  }

  /** Span {@code i} of {@code y} clipped to the period, or null when it misses the period or the query. */
  private TermOccurrence make(int y, int i) {
    MonthBounds bounds = MonthBounds.ofYear(y);
    LocalDate start = bounds.at(runs.firstIndex(i));
    LocalDate end = bounds.at(runs.lastIndex(i));
    LocalDate s = start.isBefore(period.first()) ? period.first() : start;
    LocalDate e = end.isAfter(period.last()) ? period.last() : end;
    if (e.isBefore(s) || query != null && (e.isBefore(query.first()) || s.isAfter(query.last()))) {
      return null;
    }
    return occurrence(s, e, columnYear != 0 ? columnYear : y);
  }

  /** A new occurrence from {@code start} to {@code end}, with the calculator's due-date policy. */
  private TermOccurrence occurrence(LocalDate start, LocalDate end, int label) {
    OccurrenceKind kind = runs.kind();
    return kind == OccurrenceKind.CONTINUOUS || dueDates == null
        ? new TermOccurrence(kind, start, end, null, label) : moved(kind, start, end, label);
  }

  /** An occurrence whose due date, its end, the calculator's policy may move off a non-working day. */
  private TermOccurrence moved(OccurrenceKind k, LocalDate start, LocalDate end, int label) {
    return TermOccurrence.withEffectiveDue(k, start, end, dueDates.effective(end),
        k != OccurrenceKind.EVENT && dueDates.isProvisional(end), label);
  }

  @Override
  public Spliterator<TermOccurrence> trySplit() {
    return null;
  }

  @Override
  public long estimateSize() {
    return year > lastYear ? 0 : ((long) lastYear - year + 1) * runs.count();
  }

  @Override
  public int characteristics() {
    return ORDERED | NONNULL | IMMUTABLE;
  }
}
