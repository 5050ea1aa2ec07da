package org.eduroadmap.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.eduroadmap.roadmap.Roadmap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schedule of every bundled roadmap, checked by hand against the seed documents activity by
 * activity (terms.md; Russian production calendar; policy PREVIOUS_WORKING_DAY). One line per
 * occurrence: {@code activity KIND start/end due effectiveDue [year]}, CONTINUOUS without due dates;
 * unscheduled lines: {@code activity REASON [year]}.
 */
class ScheduleCalculatorSeedTest {

  private static final ScheduleCalculator CALCULATOR = ScheduleCalculator.standard();

  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of("eao-2021", List.of(
            // deadlines start at the period start; 20 Feb 2021 was a working Saturday
            "1 DEADLINE 2021-01-01/2021-02-16 2021-02-16 2021-02-16",
            "2 DEADLINE 2021-01-01/2021-02-19 2021-02-19 2021-02-19",
            "3 DEADLINE 2021-01-01/2021-02-24 2021-02-24 2021-02-24",
            "4 EVENT 2021-02-25/2021-02-25 2021-02-25 2021-02-25",
            "5 DEADLINE 2021-01-01/2021-02-20 2021-02-20 2021-02-20",
            "6 DEADLINE 2021-01-01/2021-03-16 2021-03-16 2021-03-16",
            // ежегодно (сентябрь, октябрь): one window a year; 31 Oct 2021 a Sunday
            "7 WINDOW 2021-09-01/2021-10-31 2021-10-31 2021-10-29 2021",
            "7 WINDOW 2022-09-01/2022-10-31 2022-10-31 2022-10-31 2022",
            "7 WINDOW 2023-09-01/2023-10-31 2023-10-31 2023-10-31 2023",
            "8 WINDOW 2021-11-01/2021-11-30 2021-11-30 2021-11-30 2021",
            "8 WINDOW 2022-11-01/2022-11-30 2022-11-30 2022-11-30 2022",
            "8 WINDOW 2023-11-01/2023-11-30 2023-11-30 2023-11-30 2023",
            // 31 Dec 2021 was a day off by decree; 2022 a Saturday; 2023 a Sunday
            "10 WINDOW 2021-12-01/2021-12-31 2021-12-31 2021-12-30 2021",
            "10 WINDOW 2022-12-01/2022-12-31 2022-12-31 2022-12-30 2022",
            "10 WINDOW 2023-12-01/2023-12-31 2023-12-31 2023-12-29 2023",
            "12 WINDOW 2021-01-01/2021-12-31 2021-12-31 2021-12-30 2021",
            "12 WINDOW 2022-01-01/2022-12-31 2022-12-31 2022-12-30 2022",
            "12 WINDOW 2023-01-01/2023-12-31 2023-12-31 2023-12-29 2023",
            "13 WINDOW 2021-01-01/2021-12-31 2021-12-31 2021-12-30 2021",
            "13 WINDOW 2022-01-01/2022-12-31 2022-12-31 2022-12-30 2022",
            "13 WINDOW 2023-01-01/2023-12-31 2023-12-31 2023-12-29 2023",
            // два раза в год: halves
            "14 WINDOW 2021-01-01/2021-06-30 2021-06-30 2021-06-30 2021",
            "14 WINDOW 2021-07-01/2021-12-31 2021-12-31 2021-12-30 2021",
            "14 WINDOW 2022-01-01/2022-06-30 2022-06-30 2022-06-30 2022",
            "14 WINDOW 2022-07-01/2022-12-31 2022-12-31 2022-12-30 2022",
            "14 WINDOW 2023-01-01/2023-06-30 2023-06-30 2023-06-30 2023",
            "14 WINDOW 2023-07-01/2023-12-31 2023-12-31 2023-12-29 2023",
            // п. 3.4 of the order: ежегодно в срок до 01 декабря
            "п. 3.4 DEADLINE 2021-01-01/2021-12-01 2021-12-01 2021-12-01 2021",
            "п. 3.4 DEADLINE 2022-01-01/2022-12-01 2022-12-01 2022-12-01 2022",
            "п. 3.4 DEADLINE 2023-01-01/2023-12-01 2023-12-01 2023-12-01 2023"),
            List.of("9 UNSPECIFIED", "11 EXTERNAL")),
        Arguments.of("yakovlevsky-2020", List.of(
            // a term with an explicit year is taken literally, whatever the column
            "1 WINDOW 2020-09-01/2020-10-31 2020-10-31 2020-10-30 2020",
            "1 WINDOW 2020-09-01/2020-10-31 2020-10-31 2020-10-30 2021",
            "1 WINDOW 2020-09-01/2020-10-31 2020-10-31 2020-10-30 2022",
            "2 WINDOW 2020-06-01/2020-08-31 2020-08-31 2020-08-31 2020",
            "2 WINDOW 2021-06-01/2021-08-31 2021-08-31 2021-08-31 2021",
            "2 WINDOW 2021-06-01/2021-08-31 2021-08-31 2021-08-31 2022",
            "3 WINDOW 2020-11-01/2020-12-31 2020-12-31 2020-12-31 2020",
            "3 WINDOW 2020-11-01/2020-12-31 2020-12-31 2020-12-31 2021",
            "3 WINDOW 2020-11-01/2020-12-31 2020-12-31 2020-12-31 2022",
            "4 WINDOW 2020-08-01/2020-08-31 2020-08-31 2020-08-31 2020",
            "4 WINDOW 2021-08-01/2021-08-31 2021-08-31 2021-08-31 2021",
            "4 WINDOW 2022-08-01/2022-08-31 2022-08-31 2022-08-31 2022",
            "5 WINDOW 2020-08-01/2020-08-31 2020-08-31 2020-08-31 2020",
            "5 WINDOW 2021-08-01/2021-08-31 2021-08-31 2021-08-31 2021",
            "5 WINDOW 2022-08-01/2022-08-31 2022-08-31 2022-08-31 2022",
            // В течение учебного года in column Y: the academic year starting 1 Sep Y, clipped
            "6 CONTINUOUS 2020-09-01/2021-08-31 2020",
            "6 CONTINUOUS 2021-09-01/2022-08-31 2021",
            "6 CONTINUOUS 2022-09-01/2022-12-31 2022",
            "7 CONTINUOUS 2020-01-01/2020-12-31 2020",
            "7 CONTINUOUS 2021-01-01/2021-12-31 2021",
            "7 CONTINUOUS 2022-01-01/2022-12-31 2022",
            "8 WINDOW 2020-08-01/2020-08-31 2020-08-31 2020-08-31 2020",
            "8 WINDOW 2021-08-01/2021-08-31 2021-08-31 2021-08-31 2021",
            "8 WINDOW 2022-08-01/2022-08-31 2022-08-31 2022-08-31 2022",
            "9 WINDOW 2020-09-01/2020-11-30 2020-11-30 2020-11-30 2020",
            "9 WINDOW 2021-09-01/2021-11-30 2021-11-30 2021-11-30 2021",
            "9 WINDOW 2022-09-01/2022-11-30 2022-11-30 2022-11-30 2022",
            "10 WINDOW 2021-04-01/2021-04-30 2021-04-30 2021-04-30 2021",
            "10 WINDOW 2022-02-01/2022-02-28 2022-02-28 2022-02-28 2022",
            "11 WINDOW 2021-04-01/2021-05-31 2021-05-31 2021-05-31 2021",
            "11 WINDOW 2022-02-01/2022-02-28 2022-02-28 2022-02-28 2022",
            "12 WINDOW 2020-11-01/2020-12-31 2020-12-31 2020-12-31 2020",
            "12 WINDOW 2021-03-01/2021-04-30 2021-04-30 2021-04-30 2021",
            // 30 Apr 2022 a Saturday
            "12 WINDOW 2022-02-01/2022-04-30 2022-04-30 2022-04-29 2022",
            "14 WINDOW 2020-08-01/2020-08-31 2020-08-31 2020-08-31 2020",
            "14 WINDOW 2021-08-01/2021-08-31 2021-08-31 2021-08-31 2021",
            "14 WINDOW 2021-08-01/2021-08-31 2021-08-31 2021-08-31 2022",
            "15 WINDOW 2020-11-01/2020-11-30 2020-11-30 2020-11-30 2020",
            // 31 Jan 2021 a Sunday
            "15 WINDOW 2021-01-01/2021-01-31 2021-01-31 2021-01-29 2021",
            "15 WINDOW 2022-01-01/2022-01-31 2022-01-31 2022-01-31 2022"),
            // a cell with a result but no date phrase
            List.of("13 UNSPECIFIED 2020", "13 UNSPECIFIED 2021", "13 UNSPECIFIED 2022")),
        Arguments.of("olenegorsk-2021", List.of(
            "1 WINDOW 2021-10-01/2021-10-31 2021-10-31 2021-10-29 2021",
            "1 WINDOW 2022-10-01/2022-10-31 2022-10-31 2022-10-31 2022",
            "1 WINDOW 2023-10-01/2023-10-31 2023-10-31 2023-10-31 2023",
            "2 WINDOW 2021-10-01/2021-10-31 2021-10-31 2021-10-29 2021",
            "2 WINDOW 2022-10-01/2022-10-31 2022-10-31 2022-10-31 2022",
            "2 WINDOW 2023-10-01/2023-10-31 2023-10-31 2023-10-31 2023",
            "3 WINDOW 2021-11-01/2021-11-30 2021-11-30 2021-11-30 2021",
            "3 WINDOW 2022-11-01/2022-11-30 2022-11-30 2022-11-30 2022",
            "3 WINDOW 2023-11-01/2023-11-30 2023-11-30 2023-11-30 2023",
            "4 WINDOW 2021-11-01/2021-11-30 2021-11-30 2021-11-30 2021",
            "4 WINDOW 2022-11-01/2022-11-30 2022-11-30 2022-11-30 2022",
            "4 WINDOW 2023-11-01/2023-11-30 2023-11-30 2023-11-30 2023",
            "5 CONTINUOUS 2021-01-01/2021-12-31 2021",
            "5 CONTINUOUS 2022-01-01/2022-12-31 2022",
            "5 CONTINUOUS 2023-01-01/2023-12-31 2023",
            "6 CONTINUOUS 2021-01-01/2021-12-31 2021",
            "6 CONTINUOUS 2022-01-01/2022-12-31 2022",
            "6 CONTINUOUS 2023-01-01/2023-12-31 2023",
            "7 WINDOW 2021-05-01/2021-05-31 2021-05-31 2021-05-31 2021",
            "7 WINDOW 2022-05-01/2022-05-31 2022-05-31 2022-05-31 2022",
            "7 WINDOW 2023-05-01/2023-05-31 2023-05-31 2023-05-31 2023",
            "8 WINDOW 2021-08-01/2021-08-31 2021-08-31 2021-08-31 2021",
            "8 WINDOW 2022-08-01/2022-08-31 2022-08-31 2022-08-31 2022",
            "8 WINDOW 2023-08-01/2023-08-31 2023-08-31 2023-08-31 2023",
            "9 CONTINUOUS 2021-01-01/2023-12-31",
            "10 WINDOW 2021-01-01/2021-01-31 2021-01-31 2021-01-29 2021",
            "10 WINDOW 2022-01-01/2022-01-31 2022-01-31 2022-01-31 2022",
            "10 WINDOW 2023-01-01/2023-01-31 2023-01-31 2023-01-31 2023",
            // п. 4.2: a report on year Y due 25 Jan Y+1, kept after the period ends
            "п. 4.2 DEADLINE 2022-01-01/2022-01-25 2022-01-25 2022-01-25 2021",
            "п. 4.2 DEADLINE 2023-01-01/2023-01-25 2023-01-25 2023-01-25 2022",
            "п. 4.2 DEADLINE 2024-01-01/2024-01-25 2024-01-25 2024-01-25 2023"),
            List.of()),
        Arguments.of("katanga-2023", List.of(
            "1 WINDOW 2023-01-01/2023-01-31 2023-01-31 2023-01-31",
            "2 CONTINUOUS 2023-01-01/2024-12-31",
            "3 CONTINUOUS 2023-01-01/2024-12-31",
            // Март- апрель: every year; 30 Apr 2023 a Sunday; 29–30 Apr 2024 days off, 27 Apr a working Saturday
            "5 WINDOW 2023-03-01/2023-04-30 2023-04-30 2023-04-28 2023",
            "5 WINDOW 2024-03-01/2024-04-30 2024-04-30 2024-04-27 2024",
            "8 CONTINUOUS 2023-01-01/2023-08-31 2022",
            "8 CONTINUOUS 2023-09-01/2024-08-31 2023",
            "8 CONTINUOUS 2024-09-01/2024-12-31 2024",
            // По итогам учебного года: 1 June – 31 August of the year the academic year ends in
            "9 WINDOW 2023-06-01/2023-08-31 2023-08-31 2023-08-31 2023",
            "9 WINDOW 2024-06-01/2024-08-31 2024-08-31 2024-08-30 2024",
            "10 WINDOW 2023-06-01/2023-08-31 2023-08-31 2023-08-31 2023",
            "10 WINDOW 2024-06-01/2024-08-31 2024-08-31 2024-08-30 2024",
            "11 CONTINUOUS 2023-01-01/2023-12-31 2023",
            "11 CONTINUOUS 2024-01-01/2024-12-31 2024",
            "11 WINDOW 2023-06-01/2023-08-31 2023-08-31 2023-08-31 2023",
            "11 WINDOW 2024-06-01/2024-08-31 2024-08-31 2024-08-30 2024"),
            List.of("4 EXTERNAL", "6 EXTERNAL", "7 ON_DEMAND")),
        Arguments.of("kizel-2021", List.of(
            "1.1 WINDOW 2021-08-01/2021-08-31 2021-08-31 2021-08-31",
            "1.2 WINDOW 2021-09-01/2021-09-30 2021-09-30 2021-09-30",
            // explicit months are kept as written, even before the period starts (21 Jul 2021)
            "1.3 WINDOW 2021-07-01/2021-08-31 2021-08-31 2021-08-31",
            "1.4 WINDOW 2021-07-01/2021-08-31 2021-08-31 2021-08-31",
            "1.5 CONTINUOUS 2021-07-21/2021-12-31 2021",
            "1.5 CONTINUOUS 2022-01-01/2022-12-31 2022",
            "1.5 CONTINUOUS 2023-01-01/2023-12-31 2023",
            "1.5 CONTINUOUS 2024-01-01/2024-12-31 2024",
            // ежегодно: clipped to the period; 31 Dec 2024 a day off, 28 Dec 2024 a working Saturday
            "2.1 WINDOW 2021-07-21/2021-12-31 2021-12-31 2021-12-30 2021",
            "2.1 WINDOW 2022-01-01/2022-12-31 2022-12-31 2022-12-30 2022",
            "2.1 WINDOW 2023-01-01/2023-12-31 2023-12-31 2023-12-29 2023",
            "2.1 WINDOW 2024-01-01/2024-12-31 2024-12-31 2024-12-28 2024",
            "2.2 WINDOW 2021-07-21/2021-12-31 2021-12-31 2021-12-30 2021",
            "2.2 WINDOW 2022-01-01/2022-12-31 2022-12-31 2022-12-30 2022",
            "2.2 WINDOW 2023-01-01/2023-12-31 2023-12-31 2023-12-29 2023",
            "2.2 WINDOW 2024-01-01/2024-12-31 2024-12-31 2024-12-28 2024",
            "2.4 WINDOW 2021-07-21/2021-12-31 2021-12-31 2021-12-30 2021",
            "2.4 WINDOW 2022-01-01/2022-12-31 2022-12-31 2022-12-30 2022",
            "2.4 WINDOW 2023-01-01/2023-12-31 2023-12-31 2023-12-29 2023",
            "2.4 WINDOW 2024-01-01/2024-12-31 2024-12-31 2024-12-28 2024",
            "2.6 WINDOW 2021-07-21/2021-12-31 2021-12-31 2021-12-30 2021",
            "2.6 WINDOW 2022-01-01/2022-12-31 2022-12-31 2022-12-30 2022",
            "2.6 WINDOW 2023-01-01/2023-12-31 2023-12-31 2023-12-29 2023",
            "2.6 WINDOW 2024-01-01/2024-12-31 2024-12-31 2024-12-28 2024",
            // Ежегодно (июнь): June 2021 is before the period and dropped; 30 Jun 2024 a Sunday
            "3.2 WINDOW 2022-06-01/2022-06-30 2022-06-30 2022-06-30 2022",
            "3.2 WINDOW 2023-06-01/2023-06-30 2023-06-30 2023-06-30 2023",
            "3.2 WINDOW 2024-06-01/2024-06-30 2024-06-30 2024-06-28 2024",
            "3.3 WINDOW 2021-07-21/2021-12-31 2021-12-31 2021-12-30 2021",
            "3.3 WINDOW 2022-01-01/2022-12-31 2022-12-31 2022-12-30 2022",
            "3.3 WINDOW 2023-01-01/2023-12-31 2023-12-31 2023-12-29 2023",
            "3.3 WINDOW 2024-01-01/2024-12-31 2024-12-31 2024-12-28 2024",
            "3.4 WINDOW 2021-08-01/2021-08-31 2021-08-31 2021-08-31 2021",
            "3.4 WINDOW 2022-08-01/2022-08-31 2022-08-31 2022-08-31 2022",
            "3.4 WINDOW 2023-08-01/2023-08-31 2023-08-31 2023-08-31 2023",
            "3.4 WINDOW 2024-08-01/2024-08-31 2024-08-31 2024-08-30 2024"),
            List.of("2.3 EXTERNAL", "2.5 ON_DEMAND", "3.1 ON_DEMAND")));
  }

  static String line(Occurrence o) {
    StringBuilder b = new StringBuilder().append(o.activityKey()).append(' ').append(o.kind()).append(' ')
        .append(o.span());
    o.nominalDue().ifPresent(d -> b.append(' ').append(d).append(' ').append(o.effectiveDue().orElseThrow()));
    o.year().ifPresent(y -> b.append(' ').append(y));
    return b.toString();
  }

  static String line(Unscheduled u) {
    return u.activityKey() + " " + u.reason() + u.year().stream().mapToObj(y -> " " + y).findFirst().orElse("");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void schedule_seedRoadmap_isWhatTheDocumentSays(String seed, List<String> expected, List<String> unscheduled) {
    Roadmap roadmap = Seeds.load(seed);

    assertThat(CALCULATOR.schedule(roadmap).map(ScheduleCalculatorSeedTest::line))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(CALCULATOR.unscheduled(roadmap)).extracting(ScheduleCalculatorSeedTest::line)
        .containsExactlyElementsOf(unscheduled);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void schedule_seedRoadmap_isInSpecOrder(String seed, List<String> expected, List<String> unscheduled) {
    List<Occurrence> schedule = CALCULATOR.schedule(Seeds.load(seed)).toList();

    assertThat(schedule).isSortedAccordingTo(Occurrence.ORDER);
    for (int i = 1; i < schedule.size(); i++) {
      Occurrence a = schedule.get(i - 1);
      Occurrence b = schedule.get(i);
      assertThat(a.start()).isBeforeOrEqualTo(b.start());
      if (a.start().equals(b.start()) && a.nominalDue().isPresent() && b.nominalDue().isPresent()) {
        assertThat(a.nominalDue().get()).isBeforeOrEqualTo(b.nominalDue().get());
        if (a.nominalDue().equals(b.nominalDue())) {
          assertThat(a.position()).isLessThanOrEqualTo(b.position());
        }
      }
    }
  }
}
