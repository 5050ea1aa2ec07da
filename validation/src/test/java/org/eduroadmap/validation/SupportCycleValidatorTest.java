package org.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.json.SupportCycleJson;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.seeds.SeedDocuments;
import org.eduroadmap.support.SupportCycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The support-cycle rules on purpose-built cycles (test resources {@code cycle/*.json}, written by
 * {@code tools/cycle-example/bad-examples.py}): the valid one has no violation, each other one exactly
 * its own, with its Russian and English message.
 */
class SupportCycleValidatorTest {

  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final Map<String, Roadmap> EAO =
      Map.of("eao-2021", RoadmapJson.standard().read(SeedDocuments.json("eao-2021")));

  static SupportCycle cycle(String name) {
    try (InputStream in = SupportCycleValidatorTest.class.getResourceAsStream("cycle/" + name + ".json")) {
      return SupportCycleJson.standard().read(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void validate_validCycle_hasNoViolation() {
    assertThat(SupportCycleValidator.standard().validate(cycle("valid"), EAO, RU).violations()).isEmpty();
  }

  @Test
  void validate_bundledExample_hasNoViolation() {
    SupportCycle example = SupportCycleJson.standard().read(SeedDocuments.supportCycleJson("eao-cycle-example"));
    assertThat(SupportCycleValidator.standard().withLeadTime(2).validate(example, EAO, RU).violations()).isEmpty();
  }

  static Stream<Arguments> badCycles() {
    return Stream.of(
        Arguments.of("unknown-factor", "RISK_FACTOR_UNKNOWN", "profiles[0].levels.NO_SUCH_FACTOR",
            "Кода фактора риска «NO_SUCH_FACTOR» нет в каталоге (fioko-500plus-2021)",
            "The risk factor code \"NO_SUCH_FACTOR\" is not in the catalogue (fioko-500plus-2021)"),
        Arguments.of("unknown-school", "SCHOOL_UNKNOWN", "delegations[0].assignees[0]",
            "Школы «Школа 9» нет среди школ цикла (Школа 1)",
            "The school \"Школа 9\" is not among the cycle's schools (Школа 1)"),
        Arguments.of("high-risk-without-programme", "HIGH_RISK_WITHOUT_PROGRAMME", "profiles[0].levels.LOW_EQUIPMENT",
            "В рисковом профиле школы «Школа 1» за 2022 год фактор «Низкий уровень оснащения школы» (LOW_EQUIPMENT) "
                + "оценён как высокий, но антирисковой программы по нему у школы нет",
            "The 2022 profile of \"Школа 1\" rates the factor \"Low equipment of the school\" (LOW_EQUIPMENT) high, "
                + "but the school has no anti-risk programme for it"),
        Arguments.of("missing-target", "INDICATOR_TARGET_MISSING", "programmes[0].indicators[0].targets",
            "У показателя «Доля мотивированных обучающихся, %» программы p1 нет целевого значения на 2023 "
                + "(программа рассчитана на 2022–2023 годы)",
            "The indicator \"Доля мотивированных обучающихся, %\" of programme p1 has no target for 2023 "
                + "(the programme runs 2022–2023)"),
        Arguments.of("unknown-parent-activity", "CASCADE_UNKNOWN_ACTIVITY", "delegations[0].parent.activityId",
            "В дорожной карте «eao-2021» нет мероприятия с идентификатором «99»",
            "Roadmap \"eao-2021\" has no activity with the identifier \"99\""),
        Arguments.of("unknown-parent-roadmap", "CASCADE_UNKNOWN_ACTIVITY", "delegations[0].parent.roadmap",
            "Дорожной карты «nowhere-2021» нет ни в цикле, ни среди переданных для проверки",
            "The roadmap \"nowhere-2021\" is neither in the cycle nor given to the validator"),
        Arguments.of("deadline-after-parent", "CASCADE_DEADLINE_AFTER_PARENT", "delegations[0]",
            "Срок мероприятия municipal/1 — 30 декабря 2021, позже срока мероприятия eao-2021/8, которое оно "
                + "исполняет (30 ноября 2021)",
            "Activity municipal/1 is due on 30 December 2021, after activity eao-2021/8 it carries out (30 November 2021)"),
        Arguments.of("record-unknown-activity", "RECORD_UNKNOWN_ACTIVITY", "records[1].activityId",
            "Отметка «Отчёт школы» относится к мероприятию «7» дорожной карты «municipal», которого в цикле нет",
            "The record \"Отчёт школы\" names activity \"7\" of roadmap \"municipal\", which the cycle does not have"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCycles")
  void validate_badCycle_reportsItsViolationInBothLanguages(String file, String code, String path, String russian,
      String english) {
    SupportCycle cycle = cycle(file);
    List<Violation> ru = SupportCycleValidator.standard().validate(cycle, EAO, RU).violations();
    List<Violation> en = SupportCycleValidator.standard().validate(cycle, EAO, Locale.ENGLISH).violations();
    assertThat(ru).extracting(v -> v.code() + " " + v.path()).containsExactly(code + " " + path);
    assertThat(ru.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(ru.get(0).message()).isEqualTo(russian);
    assertThat(en.get(0).message()).isEqualTo(english);
  }

  @Test
  void validate_leadTime_countsWorkingDaysOnTheRussianCalendar() {
    // municipal 2 «не позднее 19 февраля 2021» carries out eao-2021 3 «не позднее 24 февраля 2021» (Wednesday).
    // In 2021 Saturday 20 February was a working day and 22 – 23 February days off: 1 working day before the
    // 24th is the 20th, 2 the 19th, 3 the 18th. (The municipal deadline of 31 December in deadline-after-parent
    // is a day off too: its effective due date is 30 December.)
    SupportCycle cycle = cycle("valid");
    assertThat(SupportCycleValidator.standard().withLeadTime(2).validate(cycle, EAO, RU).violations()).isEmpty();
    List<Violation> three = SupportCycleValidator.standard().withLeadTime(3).validate(cycle, EAO, RU).violations();
    assertThat(three).extracting(v -> v.code() + " " + v.path())
        .containsExactly("CASCADE_DEADLINE_AFTER_PARENT delegations[1]");
    assertThat(three.get(0).message()).isEqualTo("Срок мероприятия municipal/2 — 19 февраля 2021, позже 18 февраля 2021: "
        + "за 3 раб. дн. до срока мероприятия eao-2021/3 (24 февраля 2021); делегированный срок должен наступать раньше");
    assertThat(SupportCycleValidator.standard().withLeadTime(3).validate(cycle, EAO, Locale.ENGLISH)
        .violations().get(0).message()).isEqualTo("Activity municipal/2 is due on 19 February 2021, later than "
        + "18 February 2021: 3 working days before activity eao-2021/3 is due (24 February 2021) — the delegated "
        + "deadline must come first");
  }

  @Test
  void validate_regionalRoadmapNotGiven_isReported() {
    List<Violation> v = SupportCycleValidator.standard().validate(cycle("valid"), Map.of(), RU).violations();
    assertThat(v).extracting(x -> x.code() + " " + x.path()).containsExactly(
        "CASCADE_UNKNOWN_ACTIVITY delegations[0].parent.roadmap", "CASCADE_UNKNOWN_ACTIVITY delegations[1].parent.roadmap");
  }

  @Test
  void validate_roadmapsOfTheCycle_areValidatedUnderTheirPath() {
    SupportCycle cycle = cycle("valid");
    SupportCycle blankTerm = cycle.withMunicipalRoadmap(cycle.municipalRoadmap().withTitle(" "));
    assertThat(SupportCycleValidator.standard().validate(blankTerm, EAO, RU).violations())
        .extracting(v -> v.code() + " " + v.path()).contains("REQUIRED_TEXT_BLANK municipalRoadmap.title");
  }

  @Test
  void withLeadTime_outOfRange_isRefused() {
    assertThatThrownBy(() -> SupportCycleValidator.standard().withLeadTime(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }
}
