package org.eduroadmap.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapFixtures;
import org.eduroadmap.term.OccurrenceKind;
import org.eduroadmap.term.Term;
import org.eduroadmap.term.TermRule;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The packed sort gives exactly {@link Occurrence#ORDER}'s order, on the packed path and on every
 * fallback (dates too far apart, too many activities, too many occurrences), ties included.
 */
class OccurrenceSortTest {

  private static final Activity ACTIVITY = Activity.of("1", "Мониторинг", Term.of("ежегодно"));
  private static final Roadmap ROADMAP = RoadmapFixtures.municipal(List.of(ACTIVITY), List.of());

  private static Occurrence occurrence(LocalDate start, int lengthDays, int position, OccurrenceKind kind,
      int year, boolean provisional) {
    LocalDate end = start.plusDays(lengthDays);
    LocalDate due = kind == OccurrenceKind.CONTINUOUS ? null : end;
    return new Occurrence(ROADMAP, ACTIVITY, position, TermRule.Yearly.of(), kind, start, end, due,
        provisional, year, null);
  }

  /** Occurrences over {@code years} years from 2021, of {@code positions} activities: many ties. */
  private static Gen<List<Occurrence>> occurrences(int maxCount, int years, int positions) {
    Gen<Occurrence> one = SourceDSL.integers().between(0, years * 365)
        .zip(SourceDSL.integers().between(0, 3), SourceDSL.integers().between(0, positions - 1),
            (day, length, position) -> new int[] {day, length, position})
        .zip(SourceDSL.integers().between(0, OccurrenceKind.values().length - 2),
            SourceDSL.integers().between(0, 2), SourceDSL.booleans().all(),
            (dlp, kind, year, provisional) -> occurrence(LocalDate.of(2021, 1, 1).plusDays(dlp[0]), dlp[1],
                dlp[2], scheduled(kind), year == 0 ? 0 : 2020 + year, provisional));
    return SourceDSL.lists().of(one).ofSizeBetween(0, maxCount);
  }

  /** Every kind but UNSCHEDULED, which never has an occurrence. */
  private static OccurrenceKind scheduled(int i) {
    return java.util.Arrays.stream(OccurrenceKind.values()).filter(k -> k != OccurrenceKind.UNSCHEDULED)
        .toList().get(i);
  }

  private static List<Occurrence> byComparator(List<Occurrence> occurrences) {
    List<Occurrence> expected = new ArrayList<>(occurrences);
    expected.sort(Occurrence.ORDER);
    return expected;
  }

  @Test
  void sorted_packedPath_equalsTheComparatorsOrder() {
    qt().forAll(occurrences(200, 3, 40)).checkAssert(list ->
        assertThat(OccurrenceSort.sorted(new ArrayList<>(list))).containsExactlyElementsOf(byComparator(list)));
  }

  @Test
  void sorted_tiesOnDatesAndPosition_areSettledByYearThenKind() {
    // One day, one activity: only the year and the kind tell them apart.
    qt().forAll(occurrences(50, 0, 1)).checkAssert(list ->
        assertThat(OccurrenceSort.sorted(new ArrayList<>(list))).containsExactlyElementsOf(byComparator(list)));
  }

  @Test
  void sorted_datesCenturiesApart_fallsBackToTheComparator() {
    List<Occurrence> list = new ArrayList<>(List.of(
        occurrence(LocalDate.of(2300, 5, 1), 0, 0, OccurrenceKind.EVENT, 0, false),
        occurrence(LocalDate.of(1900, 5, 1), 0, 1, OccurrenceKind.EVENT, 0, false),
        occurrence(LocalDate.of(2021, 5, 1), 0, 2, OccurrenceKind.EVENT, 0, false)));

    assertThat(OccurrenceSort.sorted(new ArrayList<>(list))).containsExactlyElementsOf(byComparator(list))
        .extracting(Occurrence::position).containsExactly(1, 2, 0);
  }

  @Test
  void sorted_spanLongerThanThePacking_fallsBackToTheComparator() {
    List<Occurrence> list = new ArrayList<>(List.of(
        occurrence(LocalDate.of(2021, 5, 1), 0, 0, OccurrenceKind.EVENT, 0, false),
        occurrence(LocalDate.of(2020, 5, 1), 300 * 365, 1, OccurrenceKind.CONTINUOUS, 0, false),
        occurrence(LocalDate.of(2020, 5, 1), 10, 2, OccurrenceKind.WINDOW, 0, false)));

    assertThat(OccurrenceSort.sorted(new ArrayList<>(list))).containsExactlyElementsOf(byComparator(list))
        .extracting(Occurrence::position).containsExactly(2, 1, 0);
  }

  @Test
  void sorted_positionBeyondThePacking_fallsBackToTheComparator() {
    List<Occurrence> list = new ArrayList<>(List.of(
        occurrence(LocalDate.of(2021, 5, 1), 0, OccurrenceSort.MAX_COUNT + 5, OccurrenceKind.EVENT, 0, false),
        occurrence(LocalDate.of(2021, 5, 1), 0, 3, OccurrenceKind.EVENT, 0, false)));

    assertThat(OccurrenceSort.sorted(new ArrayList<>(list))).extracting(Occurrence::position)
        .containsExactly(3, OccurrenceSort.MAX_COUNT + 5);
  }

  @Test
  void sorted_moreOccurrencesThanThePacking_fallsBackToTheComparator() {
    List<Occurrence> list = new ArrayList<>();
    for (int i = OccurrenceSort.MAX_COUNT + 10; i > 0; i--) {
      list.add(occurrence(LocalDate.of(2021, 1, 1).plusDays(i % 1000), i % 3, i % 7, OccurrenceKind.WINDOW,
          2021, false));
    }

    assertThat(OccurrenceSort.sorted(new ArrayList<>(list))).containsExactlyElementsOf(byComparator(list));
  }

  @Test
  void sorted_latestDayOfThePacking_staysAfterEarlierOnes() {
    // The widest dates that still pack: the sign bit must stay clear, or late days would sort first.
    LocalDate first = LocalDate.of(2000, 1, 1);
    LocalDate last = LocalDate.of(2000 + OccurrenceSort.YEAR_SPAN - 1, 12, 31);
    List<Occurrence> list = new ArrayList<>(List.of(
        occurrence(last, 0, OccurrenceSort.MAX_COUNT - 1, OccurrenceKind.EVENT, 0, false),
        occurrence(first, 0, 0, OccurrenceKind.EVENT, 0, false)));

    assertThat(OccurrenceSort.sorted(new ArrayList<>(list))).extracting(Occurrence::start)
        .containsExactly(first, last);
  }

  @Test
  void sorted_noneOrOne_isReturnedAsItIs() {
    List<Occurrence> one = new ArrayList<>(List.of(
        occurrence(LocalDate.of(2021, 5, 1), 0, 0, OccurrenceKind.EVENT, 0, false)));

    assertThat(OccurrenceSort.sorted(one)).isSameAs(one);
    assertThat(OccurrenceSort.sorted(new ArrayList<>())).isEmpty();
  }
}
