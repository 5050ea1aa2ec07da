package org.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.GlossaryEntry;
import org.eduroadmap.roadmap.Indicator;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.school.School;
import org.eduroadmap.school.SchoolStatus;
import org.eduroadmap.school.SchoolStatusKind;
import org.eduroadmap.term.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each Bean Validation constraint of the model fires on the Immutables types (whose accessors are
 * {@code title()}, not {@code getTitle()}), with its code and path, and stays quiet on a valid value.
 */
class BeanConstraintsTest {

  private static final Locale RU = Locale.forLanguageTag("ru");

  private static final School GOOD_SCHOOL = School.builder().shortName("МБОУ СОШ с. Ербогачен")
      .inn("7707083893").ogrn("1027700132195").addStatuses(SchoolStatus.of(2022, SchoolStatusKind.RISK_ZONE))
      .build();

  /** name, roadmap with the constraint broken, the same roadmap with it kept, code, path. */
  static Stream<Arguments> constraints() {
    return Stream.of(
        row("Roadmap.title @NotBlank",
            b -> b.title(" "), b -> b.title("План"),
            ViolationCode.REQUIRED_TEXT_BLANK, "title"),
        row("ApprovingOrder.number @NotBlank",
            b -> b.order(TestRoadmaps.order().withNumber("")), b -> b.order(TestRoadmaps.order().withNumber("94")),
            ViolationCode.REQUIRED_TEXT_BLANK, "order.number"),
        row("ApprovingOrder.authority @NotBlank",
            b -> b.order(TestRoadmaps.order().withAuthority(" ")), b -> b,
            ViolationCode.REQUIRED_TEXT_BLANK, "order.authority"),
        row("Roadmap.sections @NotEmpty",
            b -> Roadmap.builder().from(b.build()).sections(List.of()), b -> b,
            ViolationCode.REQUIRED_LIST_EMPTY, "sections"),
        row("Activity.title @NotBlank",
            activity(a -> a.withTitle("")), activity(a -> a.withTitle("Семинар")),
            ViolationCode.REQUIRED_TEXT_BLANK, "sections[0].activities[1].title"),
        row("Activity.number @ActivityNumber",
            activity(a -> a.withNumber("2..")), activity(a -> a.withNumber("2.")),
            ViolationCode.ACTIVITY_NUMBER_INVALID, "sections[0].activities[1].number"),
        row("Activity.number @Size",
            activity(a -> a.withNumber("2".repeat(25))), activity(a -> a.withNumber("2")),
            ViolationCode.TEXT_TOO_LONG, "sections[0].activities[1].number"),
        row("Activity.results[] @NotBlank",
            activity(a -> a.withResults("Справка", " ")), activity(a -> a.withResults("Справка", "Приказ")),
            ViolationCode.REQUIRED_TEXT_BLANK, "sections[0].activities[1].results[1]"),
        row("YearCell.year @PlausibleYear",
            activity(a -> a.withYearCells(YearCell.of(202, Term.of("август 2021")))),
            activity(a -> a.withYearCells(YearCell.of(2021, Term.of("август 2021")))),
            ViolationCode.YEAR_IMPLAUSIBLE, "sections[0].activities[1].yearCells[0].year"),
        row("Party.name @NotBlank (lead, through Optional)",
            activity(a -> a.withResponsibility(Responsibility.of("?", List.of(Party.of(" ", PartyKind.ROLE))))),
            activity(a -> a.withResponsibility(Responsibility.of("МОО", List.of(Party.of("МОО", PartyKind.ROLE))))),
            ViolationCode.REQUIRED_TEXT_BLANK, "sections[0].activities[1].responsibility.lead.name"),
        row("Party.name @NotBlank (co-executor)",
            activity(a -> a.withResponsibility(Responsibility.of("МОО,", List.of(
                Party.of("МОО", PartyKind.ROLE), Party.of("", PartyKind.ROLE))))),
            b -> b,
            ViolationCode.REQUIRED_TEXT_BLANK, "sections[0].activities[1].responsibility.coExecutors[0].name"),
        row("Indicator.target @Percentage (through Optional)",
            activity(a -> a.withIndicators(Indicator.of("Доля школ").withTarget("120%"))),
            activity(a -> a.withIndicators(Indicator.of("Доля школ").withTarget("100%"))),
            ViolationCode.PERCENTAGE_OUT_OF_RANGE, "sections[0].activities[1].indicators[0].target"),
        row("Indicator.name @NotBlank",
            activity(a -> a.withIndicators(Indicator.of(""))), b -> b,
            ViolationCode.REQUIRED_TEXT_BLANK, "sections[0].activities[1].indicators[0].name"),
        row("GlossaryEntry.meaning @NotBlank",
            b -> b.addGlossary(GlossaryEntry.of("ИМЦ", " ")),
            b -> b.addGlossary(GlossaryEntry.of("ИМЦ", "Информационно-методический центр")),
            ViolationCode.REQUIRED_TEXT_BLANK, "glossary[0].meaning"),
        row("GlossaryEntry.abbreviation @Size",
            b -> b.addGlossary(GlossaryEntry.of("И".repeat(41), "Информационно-методический центр")), b -> b,
            ViolationCode.TEXT_TOO_LONG, "glossary[0].abbreviation"),
        row("School.inn @Inn",
            b -> b.addSchools(GOOD_SCHOOL.withInn("7707083890")), b -> b.addSchools(GOOD_SCHOOL),
            ViolationCode.INN_INVALID, "schools[0].inn"),
        row("School.ogrn @Ogrn",
            b -> b.addSchools(GOOD_SCHOOL.withOgrn("1027700132194")), b -> b.addSchools(GOOD_SCHOOL),
            ViolationCode.OGRN_INVALID, "schools[0].ogrn"),
        row("School.shortName @NotBlank",
            b -> b.addSchools(GOOD_SCHOOL.withShortName(" ")), b -> b.addSchools(GOOD_SCHOOL),
            ViolationCode.REQUIRED_TEXT_BLANK, "schools[0].shortName"),
        row("SchoolStatus.year @PlausibleYear",
            b -> b.addSchools(GOOD_SCHOOL.withStatuses(SchoolStatus.of(20222, SchoolStatusKind.RISK_ZONE))),
            b -> b.addSchools(GOOD_SCHOOL),
            ViolationCode.YEAR_IMPLAUSIBLE, "schools[0].statuses[0].year"),
        row("Roadmap.yearColumns[] @PlausibleYear",
            b -> b.addYearColumns(2021, 20222), b -> b.addYearColumns(2021, 2022),
            ViolationCode.YEAR_IMPLAUSIBLE, "yearColumns[1]"));
  }

  private static Arguments row(String name, UnaryOperator<Roadmap.Builder> broken, UnaryOperator<Roadmap.Builder> kept,
      ViolationCode code, String path) {
    return Arguments.of(name, broken, kept, code, path);
  }

  /** Changes the second activity of a two-row roadmap. */
  private static UnaryOperator<Roadmap.Builder> activity(UnaryOperator<Activity> change) {
    return b -> TestRoadmaps.builder(TestRoadmaps.activity("1"), change.apply(TestRoadmaps.activity("2")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constraints")
  void validate_brokenConstraint_isReportedWithCodeAndPath(String name, UnaryOperator<Roadmap.Builder> broken,
      UnaryOperator<Roadmap.Builder> kept, ViolationCode code, String path) {
    Roadmap roadmap = broken.apply(TestRoadmaps.builder(TestRoadmaps.activity("1"), TestRoadmaps.activity("2"))).build();
    ValidationReport report = RoadmapValidator.standard().validate(roadmap, RU);
    assertThat(report.withCode(code)).extracting(Violation::path).containsExactly(path);
    Violation v = report.withCode(code).get(0);
    assertThat(v.severity()).isEqualTo(code.severity());
    assertThat(v.message()).doesNotContain("{").doesNotContainPattern("[A-Za-z]{3,}");
    if (path.startsWith("sections[0].activities[1]")) {
      assertThat(v.activity()).contains(roadmap.sections().get(0).activities().get(1).key());
      assertThat(v.message()).startsWith("Мероприятие ");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constraints")
  void validate_keptConstraint_isNotReported(String name, UnaryOperator<Roadmap.Builder> broken,
      UnaryOperator<Roadmap.Builder> kept, ViolationCode code, String path) {
    Roadmap roadmap = kept.apply(TestRoadmaps.builder(TestRoadmaps.activity("1"), TestRoadmaps.activity("2"))).build();
    assertThat(RoadmapValidator.standard().validate(roadmap, RU).violations()).isEmpty();
  }
}
