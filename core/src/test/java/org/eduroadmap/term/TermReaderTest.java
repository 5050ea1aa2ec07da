package org.eduroadmap.term;

import static java.time.Month.APRIL;
import static java.time.Month.AUGUST;
import static java.time.Month.DECEMBER;
import static java.time.Month.JANUARY;
import static java.time.Month.JULY;
import static java.time.Month.JUNE;
import static java.time.Month.MARCH;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import java.util.stream.Stream;
import org.eduroadmap.term.TermRule.AfterAcademicYear;
import org.eduroadmap.term.TermRule.DateWindow;
import org.eduroadmap.term.TermRule.Deadline;
import org.eduroadmap.term.TermRule.Empty;
import org.eduroadmap.term.TermRule.External;
import org.eduroadmap.term.TermRule.FirstThenYearly;
import org.eduroadmap.term.TermRule.HalfYear;
import org.eduroadmap.term.TermRule.InYears;
import org.eduroadmap.term.TermRule.MonthsOfYear;
import org.eduroadmap.term.TermRule.MonthsWithoutYear;
import org.eduroadmap.term.TermRule.OnDemand;
import org.eduroadmap.term.TermRule.OneDate;
import org.eduroadmap.term.TermRule.Quarters;
import org.eduroadmap.term.TermRule.StartingFrom;
import org.eduroadmap.term.TermRule.ThroughAcademicYear;
import org.eduroadmap.term.TermRule.ThroughPeriod;
import org.eduroadmap.term.TermRule.ThroughYear;
import org.eduroadmap.term.TermRule.ThroughYearExternal;
import org.eduroadmap.term.TermRule.TimesAYear;
import org.eduroadmap.term.TermRule.Unparsed;
import org.eduroadmap.term.TermRule.Yearly;
import org.eduroadmap.term.TermRule.YearlyDate;
import org.eduroadmap.term.TermRule.YearlyDeadline;
import org.eduroadmap.term.TermRule.YearlyInMonths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class TermReaderTest {

  private static final TermReader STRICT = TermReader.strict();
  private static final TermReader LENIENT = TermReader.lenient();

  private static LocalDate date(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  private static MonthsOfYear months(int y1, int m1, int y2, int m2) {
    return MonthsOfYear.of(YearMonth.of(y1, m1), YearMonth.of(y2, m2));
  }

  /** Every «Сроки» text of the five seed roadmaps (seed 001 per-year cells in YearCellTest), with its rule. */
  static Stream<Arguments> seedTerms() {
    return Stream.of(
        // seed 000, Еврейская АО, 2021 — 2023
        arguments("не позднее 16 февраля 2021", Deadline.of(date(2021, 2, 16))),
        arguments("не позднее 19 февраля 2021", Deadline.of(date(2021, 2, 19))),
        arguments("не позднее 24 февраля 2021", Deadline.of(date(2021, 2, 24))),
        arguments("25 февраля 2021", OneDate.of(date(2021, 2, 25))),
        arguments("не позднее 20 февраля 2021", Deadline.of(date(2021, 2, 20))),
        arguments("до 16 марта 2021", Deadline.of(date(2021, 3, 16))),
        arguments("ежегодно (сентябрь, октябрь)", YearlyInMonths.of(SEPTEMBER, OCTOBER)),
        arguments("ежегодно (ноябрь)", YearlyInMonths.of(NOVEMBER)),
        arguments("", Empty.of()),
        arguments("ежегодно (декабрь)", YearlyInMonths.of(DECEMBER)),
        arguments("в соответствии с планом - графиком ОГАОУ ДПО «ИПКПР»",
            External.of("в соответствии с планом - графиком ОГАОУ ДПО «ИПКПР»")),
        arguments("ежегодно", Yearly.of()),
        arguments("два раза в год", TimesAYear.of(2)),
        // seed 000, the order: form 7
        arguments("ежегодно в срок до 01 декабря", YearlyDeadline.of(MonthDay.of(12, 1))),
        // seed 002, Оленегорск, 2021-2023
        arguments("Октябрь 2021, далее - ежегодно", FirstThenYearly.of(YearMonth.of(2021, 10))),
        arguments("Ноябрь 2021, далее - ежегодно", FirstThenYearly.of(YearMonth.of(2021, 11))),
        arguments("В течение года, ежегодно", ThroughYear.of()),
        arguments("Май, ежегодно", YearlyInMonths.of(MAY)),
        arguments("Август, ежегодно", YearlyInMonths.of(AUGUST)),
        arguments("Постоянно", ThroughPeriod.of()),
        arguments("Январь, ежегодно", YearlyInMonths.of(JANUARY)),
        // seed 002, the order: form 7 following the reporting year
        arguments("не позднее 25 января года, следующего за отчетным",
            YearlyDeadline.of(MonthDay.of(1, 25), true)),
        arguments("не позднее 1 марта года, следующего за отчетным периодом",
            YearlyDeadline.of(MonthDay.of(3, 1), true)),
        // seed 003, 2023-2024
        arguments("Январь 2023", MonthsOfYear.of(YearMonth.of(2023, 1))),
        arguments("В течение 2023-2024 гг", ThroughPeriod.of(YearSpan.of(2023, 2024))),
        arguments("По отдельному графику", External.of("по отдельному графику")),
        arguments("Март- апрель", MonthsWithoutYear.of(MARCH, APRIL)),
        arguments("По мере необходимости", OnDemand.of()),
        arguments("В течение учебного года", ThroughAcademicYear.of()),
        arguments("По итогам учебного года", AfterAcademicYear.of()),
        arguments("В течение года, согласно региональной дорожной карты",
            ThroughYearExternal.of("согласно региональной дорожной карты")),
        // seed 004, Кизел, до 2024
        arguments("Август 2021 г.", MonthsOfYear.of(YearMonth.of(2021, 8))),
        arguments("Сентябрь 2021 г.", MonthsOfYear.of(YearMonth.of(2021, 9))),
        arguments("июль-август, 2021 г.", months(2021, 7, 2021, 8)),
        arguments("В течение года", ThroughYear.of()),
        arguments("В соответствии с планом", External.of("в соответствии с планом")),
        arguments("В течение года (по мере необходимости)", OnDemand.of()),
        arguments("Ежегодно", Yearly.of()),
        arguments("Ежегодно (июнь)", YearlyInMonths.of(JUNE)),
        arguments("ежегодно (август)", YearlyInMonths.of(AUGUST)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("seedTerms")
  void read_everySeedTerm_givesTheRuleOfTheSpec(String text, TermRule expected) {
    assertThat(STRICT.read(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("seedTerms")
  void read_everySeedTerm_canonicalRussianReadsBackToTheSameRule(String text, TermRule expected) {
    TermRule rule = STRICT.read(text);
    assertThat(STRICT.read(rule.toRussian())).isEqualTo(rule);
  }

  /** Forms real roadmaps use beyond the seeds; the decisions are in docs/terms.md. */
  static Stream<Arguments> moreForms() {
    return Stream.of(
        arguments("16.02.2021", OneDate.of(date(2021, 2, 16))),
        arguments("до 16.02.2021", Deadline.of(date(2021, 2, 16))),
        arguments("не позднее 01.12.21", Deadline.of(date(2021, 12, 1))),
        arguments("к 1 сентября 2022 г.", Deadline.of(date(2022, 9, 1))),
        arguments("с 01.09.2022 по 30.11.2022", DateWindow.of(date(2022, 9, 1), date(2022, 11, 30))),
        arguments("01.09.2022 – 30.11.2022", DateWindow.of(date(2022, 9, 1), date(2022, 11, 30))),
        arguments("с 1 по 15 сентября 2022", DateWindow.of(date(2022, 9, 1), date(2022, 9, 15))),
        arguments("1–15 сентября 2022 г.", DateWindow.of(date(2022, 9, 1), date(2022, 9, 15))),
        arguments("с 15 декабря по 15 января 2023", DateWindow.of(date(2022, 12, 15), date(2023, 1, 15))),
        arguments("с 15.01.2022", StartingFrom.of(date(2022, 1, 15))),
        arguments("с сентября 2022 года", StartingFrom.of(date(2022, 9, 1))),
        arguments("с сентября по ноябрь 2022", months(2022, 9, 2022, 11)),
        arguments("ноябрь 2020 – январь 2021", months(2020, 11, 2021, 1)),
        arguments("ноябрь – январь 2021", months(2020, 11, 2021, 1)),
        arguments("в сентябре 2022", MonthsOfYear.of(YearMonth.of(2022, 9))),
        arguments("сентябрь, октябрь 2020", months(2020, 9, 2020, 10)),
        arguments("II квартал 2024 года", Quarters.of(2024, 2)),
        arguments("во 2 квартале 2024 г.", Quarters.of(2024, 2)),
        arguments("I – II квартал 2024", Quarters.of(Year.of(2024), 1, 2)),
        arguments("IV кв. 2023", Quarters.of(2023, 4)),
        arguments("в I квартале", Quarters.everyYear(1, 1)),
        arguments("ежегодно (II квартал)", Quarters.everyYear(2, 2)),
        arguments("ежеквартально", TimesAYear.of(4)),
        arguments("ежемесячно", TimesAYear.of(12)),
        arguments("раз в квартал", TimesAYear.of(4)),
        arguments("не реже одного раза в полугодие", TimesAYear.of(2)),
        arguments("дважды в год", TimesAYear.of(2)),
        arguments("2 раза в год", TimesAYear.of(2)),
        arguments("три раза в год", TimesAYear.of(3)),
        arguments("1 раз в год", Yearly.of()),
        arguments("в первом полугодии", HalfYear.everyYear(1)),
        arguments("II полугодие 2022 г.", HalfYear.of(2022, 2)),
        arguments("первое полугодие 2023 года", HalfYear.of(2023, 1)),
        arguments("2022", InYears.of(2022)),
        arguments("в 2022 году", InYears.of(2022)),
        arguments("2021 – 2023 гг.", InYears.of(YearSpan.of(2021, 2023))),
        arguments("в течение 2023 года", ThroughPeriod.of(YearSpan.of(2023))),
        arguments("до 2024 года", Deadline.of(date(2024, 12, 31))),
        arguments("до конца 2022 года", Deadline.of(date(2022, 12, 31))),
        arguments("до конца года", YearlyDeadline.of(MonthDay.of(12, 31))),
        arguments("не позднее ноября 2022", Deadline.of(date(2022, 11, 30))),
        arguments("до 1 декабря", YearlyDeadline.of(MonthDay.of(12, 1))),
        arguments("ежегодно до 1 декабря", YearlyDeadline.of(MonthDay.of(12, 1))),
        arguments("25 февраля", YearlyDate.of(MonthDay.of(2, 25))),
        arguments("ежегодно 25 февраля", YearlyDate.of(MonthDay.of(2, 25))),
        arguments("не позднее 15 марта 2022 г. до 12:00 по местному времени",
            Deadline.of(date(2022, 3, 15), LocalTime.of(12, 0))),
        arguments("15.03.2022 до 12:00", Deadline.of(date(2022, 3, 15), LocalTime.of(12, 0))),
        arguments("25 февраля 2021 в 10:00", OneDate.of(date(2021, 2, 25), LocalTime.of(10, 0))),
        arguments("в течение всего периода реализации дорожной карты", ThroughPeriod.of()),
        arguments("в течении года", ThroughYear.of()),
        arguments("ежегодно в течение учебного года", ThroughAcademicYear.of()),
        arguments("по запросу", OnDemand.of()),
        arguments("при необходимости", OnDemand.of()),
        arguments("согласно плану УО", External.of("согласно плану УО")),
        arguments("по графику МОО", External.of("по графику МОО")),
        arguments("ежегодно (декабрь, январь)", YearlyInMonths.of(JANUARY, DECEMBER)),
        arguments("—", Empty.of()),
        arguments("*", Empty.of()),
        arguments("  \n ", Empty.of()));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("moreForms")
  void read_formsBeyondTheSeeds_givesTheDecidedRule(String text, TermRule expected) {
    assertThat(STRICT.read(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("moreForms")
  void read_formsBeyondTheSeeds_canonicalRussianReadsBack(String text, TermRule expected) {
    assertThat(STRICT.read(expected.toRussian())).isEqualTo(expected);
  }

  static Stream<Arguments> tolerated() {
    return Stream.of(
        arguments("ЕЖЕГОДНО (НОЯБРЬ)", YearlyInMonths.of(NOVEMBER)),
        arguments("ежегодно\n(ноябрь)", YearlyInMonths.of(NOVEMBER)),
        arguments("ежегодно (нояб.)", YearlyInMonths.of(NOVEMBER)),
        arguments("ежегодно (в ноябре)", YearlyInMonths.of(NOVEMBER)),
        arguments("ежегодно (сент., окт.)", YearlyInMonths.of(SEPTEMBER, OCTOBER)),
        arguments("Сентябрь—октябрь 2020", months(2020, 9, 2020, 10)),
        arguments("Сентябрь −октябрь 2020 гг.", months(2020, 9, 2020, 10)),
        arguments("Сентябрь ‒ октябрь 2020 года.", months(2020, 9, 2020, 10)),
        arguments("16 февраля 2021 г.,", OneDate.of(date(2021, 2, 16))),
        arguments("не позднее 16 февр. 2021г.", Deadline.of(date(2021, 2, 16))),
        arguments("В течение года, ежегодно.", ThroughYear.of()),
        arguments("В течение учебного года*", ThroughAcademicYear.of()),
        arguments("Октябрь 2021,\nдалее – ежегодно;", FirstThenYearly.of(YearMonth.of(2021, 10))),
        arguments("не позднее 25 января года, следующего за отчётным", YearlyDeadline.of(MonthDay.of(1, 25), true)),
        arguments("июль-август 2021", months(2021, 7, 2021, 8)),
        arguments("в мае, ежегодно", YearlyInMonths.of(MAY)),
        arguments("ежегодно (май-июль)", YearlyInMonths.of(MAY, JUNE, JULY)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("tolerated")
  void read_realDocumentNoise_isTolerated(String text, TermRule expected) {
    assertThat(STRICT.read(text)).isEqualTo(expected);
  }

  @Test
  void read_misspeltMonth_suggestsTheMonth() {
    assertThatThrownBy(() -> STRICT.read("ежегодно (нябрь)"))
        .isInstanceOfSatisfying(TermParseException.class, e -> {
          assertThat(e.position()).isEqualTo(10);
          assertThat(e.expected()).isEqualTo(TermExpectation.MONTH);
          assertThat(e.suggestion()).contains("ноябрь");
          assertThat(e.getMessage()).contains("index 10", "a month", "«нябрь»", "did you mean «ноябрь»");
          assertThat(e.getMessage(Locale.forLanguageTag("ru")))
              .contains("в позиции 10", "название месяца", "возможно, имелось в виду «ноябрь»");
        });
  }

  @Test
  void read_misspeltMonthAfterADay_namesThePositionAndSuggests() {
    assertThatThrownBy(() -> STRICT.read("не позднее 16 феврля 2021"))
        .isInstanceOfSatisfying(TermParseException.class, e -> {
          assertThat(e.position()).isEqualTo(11);
          assertThat(e.expected()).isEqualTo(TermExpectation.DATE);
          assertThat(e.problem().found()).isEqualTo("16");
        });
    assertThatThrownBy(() -> STRICT.read("сентябрь 2021 нябрь"))
        .isInstanceOfSatisfying(TermParseException.class, e -> {
          assertThat(e.position()).isEqualTo(14);
          assertThat(e.expected()).isEqualTo(TermExpectation.END);
          assertThat(e.suggestion()).contains("ноябрь");
        });
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        arguments("31 февраля 2021", 0, TermExpectation.VALID_DATE),
        arguments("30.02.2021", 0, TermExpectation.VALID_DATE),
        arguments("16.13.2021", 3, TermExpectation.VALID_DATE),
        arguments("с 30.11.2022 по 01.09.2022", 16, TermExpectation.ORDERED_RANGE),
        arguments("в течение", 9, TermExpectation.SPAN),
        arguments("в течение месяца", 10, TermExpectation.SPAN),
        arguments("в соответствии с", 16, TermExpectation.SCHEDULE),
        arguments("пять раз в год", 0, TermExpectation.SUPPORTED_FREQUENCY),
        arguments("по итогам года", 10, TermExpectation.ACADEMIC_YEAR),
        arguments("Октябрь 2021, далее", 19, TermExpectation.YEARLY),
        arguments("до 12:00", 3, TermExpectation.DATE),
        arguments("25 февраля 2021 в 25:00", 18, TermExpectation.TIME),
        arguments("с 1 сентября", 12, TermExpectation.YEAR),
        arguments("Оформлен заказ на курсовую подготовку", 0, TermExpectation.TERM),
        // found by Jazzer: a number that is no day, after «ежегодно», before a month
        arguments("ежегодно0(сентябрь, октябрь)", 8, TermExpectation.DATE),
        arguments("ежегодно 32 мая", 9, TermExpectation.DATE),
        arguments("0 мая 2021", 0, TermExpectation.TERM),
        arguments("до ноября", 9, TermExpectation.YEAR),
        arguments("3021 год", 0, TermExpectation.YEAR_RANGE),
        arguments("2101 год", 0, TermExpectation.YEAR_RANGE),
        arguments("01.01.1899", 6, TermExpectation.YEAR_RANGE),
        arguments("с 1 по 2022", 7, TermExpectation.MONTH));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("errors")
  void read_unreadableText_strictNamesPositionAndExpectation(String text, int position, TermExpectation expected) {
    assertThatThrownBy(() -> STRICT.read(text))
        .isInstanceOfSatisfying(TermParseException.class, e -> {
          assertThat(e.position()).isEqualTo(position);
          assertThat(e.expected()).isEqualTo(expected);
          assertThat(e.text()).isEqualTo(text);
          assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(e.getMessage()).startsWith("Cannot read the term");
          assertThat(e.getMessage(Locale.forLanguageTag("ru"))).startsWith("Не удалось прочитать срок");
        });
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("errors")
  void read_unreadableText_lenientKeepsTextAndReason(String text, int position, TermExpectation expected) {
    TermRule rule = LENIENT.read(text);
    assertThat(rule).isInstanceOfSatisfying(Unparsed.class, u -> {
      assertThat(u.text()).isEqualTo(text);
      assertThat(u.position()).isEqualTo(position);
      assertThat(u.problem().expected()).isEqualTo(expected);
      assertThat(u.reason()).contains(expected.description(Locale.ENGLISH));
      assertThat(u.reason(Locale.forLanguageTag("ru"))).contains(expected.description(Locale.forLanguageTag("ru")));
    });
    assertThat(rule.kind()).isEqualTo(OccurrenceKind.UNSCHEDULED);
    assertThat(rule.unscheduledReason()).contains(UnscheduledReason.UNPARSED);
  }

  @Test
  void strictAndLenient_areSharedAndSaySo() {
    assertThat(TermReader.strict()).isSameAs(STRICT);
    assertThat(STRICT.isStrict()).isTrue();
    assertThat(LENIENT.isStrict()).isFalse();
    assertThat(STRICT.read(Term.of("ежегодно"))).isEqualTo(Yearly.of());
  }

  @Test
  void read_oneMegabyteLine_isRejectedWithAClearError() {
    String huge = "ежегодно ".repeat(120_000);
    assertThatThrownBy(() -> STRICT.read(huge))
        .isInstanceOfSatisfying(TermParseException.class, e -> {
          assertThat(e.position()).isEqualTo(TermReader.MAX_LENGTH);
          assertThat(e.expected()).isEqualTo(TermExpectation.SHORTER_TEXT);
          assertThat(e.getMessage()).contains("at most 2000 characters", "1080000 characters").hasSizeLessThan(400);
        });
    assertThat(LENIENT.read(huge)).isInstanceOf(Unparsed.class);
  }

  @Test
  void read_textOfMaximumLength_isRead() {
    String text = "ежегодно" + " ".repeat(TermReader.MAX_LENGTH - "ежегодно".length());
    assertThat(STRICT.read(text)).isEqualTo(Yearly.of());
    assertThat(LENIENT.read(text + " ")).isInstanceOf(Unparsed.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"с с с с с с с с с с с с с с с с с с с с с с с с с с с с с с с с с с с с",
      "1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1",
      "сентябрь-сентябрь-сентябрь-сентябрь-сентябрь-сентябрь-сентябрь-сентябрь-сентябрь"})
  void read_craftedRepetitiveInput_failsAtAPosition(String text) {
    assertThat(LENIENT.read(text)).isInstanceOf(Unparsed.class);
  }

  // ---------------------------------------------------------------- properties

  @Test
  void read_arbitraryStrings_lenientNeverThrows() {
    qt().withExamples(3000).forAll(TermGenerators.noisyText()).checkAssert(text -> {
      TermRule rule = LENIENT.read(text);
      assertThat(rule.toRussian()).isNotNull();
      assertThat(rule.toEnglish()).isNotNull();
    });
  }

  @Test
  void read_arbitraryStrings_strictThrowsOnlyTermParseException() {
    qt().withExamples(3000).forAll(TermGenerators.noisyText()).checkAssert(text -> {
      try {
        assertThat(STRICT.read(text)).isNotInstanceOf(Unparsed.class);
      } catch (TermParseException e) {
        assertThat(e.position()).isBetween(0, Math.max(text.length(), TermReader.MAX_LENGTH));
      }
    });
  }

  @Test
  void read_caseYoAndDashVariants_giveTheSameRule() {
    Gen<TermRule> rules = TermGenerators.rules();
    Gen<Integer> variant = SourceDSL.integers().between(0, Integer.MAX_VALUE);
    qt().withExamples(2000).forAll(rules, variant).checkAssert((rule, seed) -> {
      String canonical = rule.toRussian();
      // a schedule's name is kept as written: vary the words before it only
      String kept = rule instanceof External e ? e.schedule()
          : rule instanceof ThroughYearExternal t ? t.schedule()
          // a comment is kept as written too, and stands last in brackets
          : rule instanceof TermRule.Noted n && n.comment().isPresent() ? n.comment().get() + ")" : "";
      String varied = TermGenerators.vary(canonical.substring(0, canonical.length() - kept.length()), seed) + kept;
      assertThat(STRICT.read(varied)).as("«%s» from «%s»", varied, canonical).isEqualTo(rule);
    });
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("seedTerms")
  void read_seedTermsInUpperCaseWithYoAndOtherDashes_giveTheSameRule(String text, TermRule expected) {
    if (expected instanceof External || expected instanceof ThroughYearExternal) {
      return; // the schedule's name is kept as written, so its case is part of the rule
    }
    String varied = text.toUpperCase(Locale.ROOT).replace('Е', 'Ё').replace("-", " — ");
    assertThat(STRICT.read(varied)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("commentedReferences")
  void read_aCommentOnAScheduleReference_readsBackFromItsCanonicalText(String text) {
    // the canonical «(примечание: …)» ends the reference: it is the comment, not part of the schedule's name
    TermRule rule = STRICT.read(text);
    assertThat(rule).isInstanceOf(TermRule.Noted.class);
    assertThat(rule.toRussian()).endsWith("(примечание: согласно плану)");
    assertThat(STRICT.read(rule.toRussian())).isEqualTo(rule);
  }

  static Stream<String> commentedReferences() {
    return Stream.of("согласно графику - согласно плану", "по отдельному графику - согласно плану",
        "в соответствии с графиком - согласно плану", "в течение года согласно графику - согласно плану",
        "согласно графику (примечание: согласно плану)");
  }


  @Test
  void read_termsThatWouldReadBackAsOneList() {
    // a span of months across the year's end and a month read apart are one list, as their canonical text reads
    TermRule months = STRICT.read("октябрь–апрель Итог апрель");
    assertThat(months).isEqualTo(MonthsWithoutYear.of(OCTOBER, NOVEMBER, DECEMBER, JANUARY,
        java.time.Month.FEBRUARY, MARCH, APRIL));
    assertThat(STRICT.read(months.toRussian())).isEqualTo(months);
    // a month after the n-th weekday of a month would read back as that weekday of it too (D61): an error
    assertThatThrownBy(() -> STRICT.read("в первый рабочий понедельник сентября Итог января"))
        .isInstanceOf(TermParseException.class);
    TermRule withYear = STRICT.read("в первый понедельник сентября Итог январь 2024");
    assertThat(STRICT.read(withYear.toRussian())).isEqualTo(withYear);
  }

}
