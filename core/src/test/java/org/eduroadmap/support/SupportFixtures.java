package org.eduroadmap.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.ApprovingOrder;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.school.School;
import org.eduroadmap.term.Term;

/** A small support cycle built in Java: two schools, one anti-risk programme each, one delegated activity. */
final class SupportFixtures {

  static final String S1 = "МБОУ СОШ № 1";
  static final String S2 = "МБОУ СОШ № 2";

  private SupportFixtures() {}

  static Roadmap roadmap(RoadmapLevel level, String title, Activity... activities) {
    return Roadmap.builder().title(title).level(level)
        .order(ApprovingOrder.builder().authority("Отдел образования").kind("Приказ").number("1")
            .date(LocalDate.of(2022, 1, 10)).build())
        .period(RoadmapPeriod.ofYears(2022, 2023))
        .addSections(Section.untitled(List.of(activities)))
        .build();
  }

  static Roadmap regional() {
    return roadmap(RoadmapLevel.REGIONAL, "Региональный план",
        Activity.of("8.", "Анализ эффективности мер", Term.of("ежегодно (ноябрь)")));
  }

  static Roadmap municipal() {
    return roadmap(RoadmapLevel.MUNICIPAL, "Муниципальный план",
        Activity.of("1.", "Справка об эффективности мер в школах", Term.of("ежегодно (октябрь)")),
        Activity.of("2.", "Совещание руководителей", Term.of("ежегодно (сентябрь)")));
  }

  static SchoolProgramme programme(String id, String school, String factor) {
    Roadmap r = roadmap(RoadmapLevel.SCHOOL, "Антирисковая программа " + school,
        Activity.of("1.", "Диагностика мотивации", Term.of("ежегодно (март)")));
    ProgrammeIndicator i = ProgrammeIndicator.of("Доля мотивированных обучающихся, %", 2021, 40)
        .withTargets(Map.of(2022, 45.0, 2023, 50.0))
        .withMeasured(Map.of(2022, 47.0));
    return SchoolProgramme.antiRisk(id, school, factor, r).withIndicators(i);
  }

  static SupportCycle cycle() {
    return SupportCycle.builder()
        .title("Иллюстративный пример")
        .municipality("Условный район")
        .addSchools(School.of(S1), School.of(S2))
        .addProfiles(
            RiskProfile.of(S1, 2021, Map.of("LOW_MOTIVATION", RiskLevel.HIGH)),
            RiskProfile.of(S1, 2022, Map.of("LOW_MOTIVATION", RiskLevel.MEDIUM)),
            RiskProfile.of(S2, 2022, Map.of("LOW_EQUIPMENT", RiskLevel.HIGH)))
        .addProgrammes(programme("s1-motivation", S1, "LOW_MOTIVATION"),
            programme("s2-equipment", S2, "LOW_EQUIPMENT"))
        .regionalRoadmap("region")
        .municipalRoadmap(municipal())
        .addDelegations(Delegation.of(ActivityRef.of("region", "8"), ActivityRef.of("municipal", "1"))
            .withAssignees(S1, S2))
        .addRecords(
            CycleRecord.of("s1-motivation", ExecutionRecord.of("1", LocalDate.of(2022, 3, 1),
                LocalDate.of(2022, 3, 20), "Справка")),
            CycleRecord.of("municipal", ExecutionRecord.of("1", LocalDate.of(2022, 10, 1),
                LocalDate.of(2022, 10, 25), "Справка школы")).withSchool(S1),
            CycleRecord.of("municipal", ExecutionRecord.of("1", LocalDate.of(2022, 10, 1),
                LocalDate.of(2022, 11, 15), "Справка школы")).withSchool(S2),
            CycleRecord.of("municipal", ExecutionRecord.of("2", LocalDate.of(2022, 9, 1),
                LocalDate.of(2022, 9, 20), "Протокол совещания")))
        .build();
  }
}
