package org.eduroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.school.School;
import org.eduroadmap.support.CycleRecord;
import org.eduroadmap.support.ProgrammeIndicator;
import org.junit.jupiter.api.Test;

/**
 * The public builders, which wrap the generated ones: what is set comes back, an optional attribute
 * left unset is absent, a missing required one still fails on {@code build()}.
 */
class BuildersTest {

  private static final ApprovingOrder ORDER = ApprovingOrder.builder()
      .authority("Комитет по образованию")
      .kind("Приказ")
      .number("576")
      .date(LocalDate.of(2020, 12, 15))
      .build();

  private static final Party IMC = Party.of("ИМЦ", PartyKind.ORGANISATION);

  private static Roadmap.Builder roadmap() {
    return Roadmap.builder()
        .title("План мероприятий")
        .level(RoadmapLevel.MUNICIPAL)
        .order(ORDER)
        .period(RoadmapPeriod.ofYears(2021, 2023));
  }

  private static CycleRecord.Builder record() {
    return CycleRecord.builder()
        .roadmap("municipal")
        .activityId("2.1")
        .occurrenceStart(LocalDate.of(2022, 1, 1))
        .doneOn(LocalDate.of(2022, 11, 10))
        .evidence("Справка МБОУ СОШ № 1");
  }

  @Test
  void build_withRegion_hasTheRegion() {
    Roadmap built = roadmap().region("Пермский край").controlledBy(IMC).build();

    assertThat(built.region()).contains("Пермский край");
    assertThat(built.controlledBy()).contains(IMC);
    assertThat(built.title()).isEqualTo("План мероприятий");
    assertThat(built.order()).isEqualTo(ORDER);
  }

  @Test
  void build_withoutRegion_hasNoRegion() {
    Roadmap built = roadmap().build();

    assertThat(built.region()).isEmpty();
    assertThat(built.municipality()).isEmpty();
    assertThat(built.controlledBy()).isEmpty();
  }

  @Test
  void build_withoutTitle_failsAsTheGeneratedBuilderDoes() {
    Roadmap.Builder untitled =
        Roadmap.builder().level(RoadmapLevel.MUNICIPAL).order(ORDER).period(RoadmapPeriod.ofYears(2021, 2023));

    assertThatThrownBy(untitled::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("title");
  }

  @Test
  void build_withoutDate_hasNoDate() {
    ApprovingOrder undated = ApprovingOrder.builder().authority("Комитет").kind("Приказ").number("1").build();

    assertThat(undated.date()).isEmpty();
    assertThat(ORDER.date()).contains(LocalDate.of(2020, 12, 15));
  }

  @Test
  void build_withoutYear_hasNoYear() {
    assertThat(record().build().year()).isEmpty();
    assertThat(record().school("МБОУ СОШ № 1").year(2022).build().year()).hasValue(2022);
    assertThat(record().build().school()).isEmpty();
  }

  @Test
  void addGoals_varargsAndIterable_giveTheSameRoadmap() {
    assertThat(roadmap().addGoals("Снижение доли ШНОР", "Повышение качества").build())
        .isEqualTo(roadmap().addAllGoals(List.of("Снижение доли ШНОР", "Повышение качества")).build())
        .isEqualTo(roadmap().addGoals("Снижение доли ШНОР").addGoals("Повышение качества").build());
  }

  @Test
  void goals_replaceThoseAddedBefore() {
    Roadmap built = roadmap().addGoals("Старая цель").goals(List.of("Новая цель")).build();

    assertThat(built.goals()).containsExactly("Новая цель");
  }

  @Test
  void putTargets_entriesComeBack() {
    ProgrammeIndicator indicator = ProgrammeIndicator.builder()
        .name("Доля обучающихся, не достигших минимального балла на ОГЭ, %")
        .baselineYear(2021)
        .baseline(12.5)
        .putTargets(2022, 10.0)
        .putAllTargets(Map.of(2023, 8.0))
        .build();

    assertThat(indicator.targets()).containsExactly(Map.entry(2022, 10.0), Map.entry(2023, 8.0));
    assertThat(indicator.unit()).isEmpty();
  }

  @Test
  void from_copiesEveryAttribute() {
    Roadmap original = roadmap()
        .region("Пермский край")
        .controlledBy(IMC)
        .addGoals("Снижение доли ШНОР")
        .addSections(Section.untitled(List.of(Activity.builder().number("1.").title("Анализ").build())))
        .build();
    School school = School.builder().shortName("МБОУ СОШ № 1").inn("5900000000").build();

    assertThat(Roadmap.builder().from(original).build()).isEqualTo(original);
    assertThat(School.builder().from(school).build()).isEqualTo(school);
  }

  @Test
  void from_thenSetter_replacesTheValue() {
    Roadmap original = roadmap().region("Пермский край").build();

    Roadmap changed = Roadmap.builder().from(original).region("Иркутская область").build();

    assertThat(changed.region()).contains("Иркутская область");
    assertThat(changed.title()).isEqualTo(original.title());
  }
}
