package org.eduroadmap.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.ApprovingOrder;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.school.School;
import org.eduroadmap.seeds.SeedDocuments;
import org.eduroadmap.support.ActivityRef;
import org.eduroadmap.support.CycleRecord;
import org.eduroadmap.support.Delegation;
import org.eduroadmap.support.IndicatorDirection;
import org.eduroadmap.support.ProgrammeIndicator;
import org.eduroadmap.support.ProgrammeKind;
import org.eduroadmap.support.RiskFactor;
import org.eduroadmap.support.RiskFactorCatalogue;
import org.eduroadmap.support.RiskLevel;
import org.eduroadmap.support.RiskProfile;
import org.eduroadmap.support.SchoolProgramme;
import org.eduroadmap.support.SupportCycle;
import org.eduroadmap.term.Term;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class SupportCycleJsonTest {

  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final SupportCycleJson JSON = SupportCycleJson.standard();

  private static SupportCycle example() {
    return JSON.read(SeedDocuments.supportCycleJson("eao-cycle-example"));
  }

  @Test
  void read_bundledExample_isAnIllustrationWithThreeSchoolsAndTwoYearsOfProfiles() {
    SupportCycle cycle = example();
    assertThat(cycle.title()).startsWith("Иллюстративный пример");
    assertThat(cycle.notes()).anySatisfy(n -> assertThat(n).contains("illustration"));
    assertThat(cycle.schools()).hasSize(3);
    assertThat(cycle.profiles()).extracting(RiskProfile::year).containsOnly(2021, 2022);
    assertThat(cycle.programmes()).extracting(SchoolProgramme::kind).contains(ProgrammeKind.ANTI_RISK,
        ProgrammeKind.MEDIUM_TERM, ProgrammeKind.CONCEPT);
    assertThat(cycle.regionalRoadmap()).contains("eao-2021");
    assertThat(cycle.municipalRoadmap().level()).isEqualTo(RoadmapLevel.MUNICIPAL);
  }

  @Test
  void write_bundledExample_roundTrips() {
    SupportCycle cycle = example();
    String text = JSON.write(cycle);
    assertThat(JSON.read(text)).isEqualTo(cycle);
    assertThat(JSON.write(JSON.read(text))).isEqualTo(text);
  }

  @Test
  void bundledExample_everyRecordNamesAnOccurrenceOfItsRoadmap() {
    SupportCycle cycle = example();
    ScheduleCalculator calculator = ScheduleCalculator.standard();
    Map<String, Roadmap> roadmaps = cycle.roadmaps();
    for (CycleRecord r : cycle.records()) {
      List<Occurrence> schedule = calculator.schedule(roadmaps.get(r.roadmap())).toList();
      assertThat(schedule).as("%s", r).anySatisfy(o -> assertThat(r.record().isAbout(o)).isTrue());
    }
  }

  @Test
  void catalogue_roundTrips() {
    RiskFactorCatalogue standard = RiskFactorCatalogue.standard();
    String text = JSON.writeCatalogue(standard);
    assertThat(text).contains("\"code\" : \"LOW_MOTIVATION\"").contains("\"cohorts\" : [ 2022, 2023, 2024 ]");
    assertThat(JSON.readCatalogue(text)).isEqualTo(standard);
  }

  @Test
  void cycle_roundTripsThroughJson_property() {
    qt().withExamples(200).forAll(cycles()).checkAssert(cycle -> {
      String text = JSON.write(cycle);
      assertThat(JSON.read(text)).isEqualTo(cycle);
    });
  }

  // ---- errors: the same strictness and places as RoadmapJson ----

  @Test
  void read_unknownField_namesPathLineAndColumn() {
    String text = "{\n \"municipality\": \"Р\",\n \"profiles\": [{\"school\": \"Ш\", \"year\": 2022, \"levelz\": {}}]}";
    RoadmapJsonException e = catchThrowableOfType(RoadmapJsonException.class, () -> JSON.read(text));
    assertThat(e.path()).isEqualTo("$.profiles[0].levelz");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).startsWith("Unknown field 'levelz'; expected one of: levels, school, source, year");
    assertThat(e.getMessage(RU)).startsWith("Неизвестное поле").contains("$.profiles[0].levelz");
  }

  @Test
  void read_badRiskLevel_namesTheValueAndTheLevels() {
    String text = "{\"profiles\": [{\"school\": \"Ш\", \"year\": 2022, \"levels\": {\"LOW_MOTIVATION\": \"VERY_HIGH\"}}]}";
    RoadmapJsonException e = catchThrowableOfType(RoadmapJsonException.class, () -> JSON.read(text));
    assertThat(e.path()).isEqualTo("$.profiles[0].levels.LOW_MOTIVATION");
    assertThat(e.getMessage()).contains("'VERY_HIGH'").contains("HIGH, MEDIUM, LOW, NONE");
    assertThat(e.getMessage(RU)).contains("VERY_HIGH").contains("одно из значений HIGH, MEDIUM, LOW, NONE");
  }

  @Test
  void read_missingRequiredField_isReportedAtThatField() {
    String text = "{\"delegations\": [{\"parent\": {\"roadmap\": \"eao-2021\"}}]}";
    RoadmapJsonException e = catchThrowableOfType(RoadmapJsonException.class, () -> JSON.read(text));
    assertThat(e.path()).isEqualTo("$.delegations[0].parent.activityId");
    assertThat(e.getMessage()).startsWith("Required field missing or null at $.delegations[0].parent.activityId");
  }

  @Test
  void read_antiRiskProgrammeWithoutFactor_isAnInvalidObjectAtTheProgramme() {
    SupportCycle cycle = example();
    String text = JSON.write(cycle).replaceFirst("\"riskFactor\" : \"LOW_TEACHER_COMPETENCE\",", "");
    RoadmapJsonException e = catchThrowableOfType(RoadmapJsonException.class, () -> JSON.read(text));
    assertThat(e.path()).isEqualTo("$.programmes[0]");
    assertThat(e.getMessage()).contains("names the risk factor it answers");
    assertThat(e.getMessage(RU)).startsWith("Недопустимый объект");
  }

  @Test
  void read_stringForAYear_isRefused() {
    String text = "{\"profiles\": [{\"school\": \"Ш\", \"year\": \"2022\"}]}";
    RoadmapJsonException e = catchThrowableOfType(RoadmapJsonException.class, () -> JSON.read(text));
    assertThat(e.path()).isEqualTo("$.profiles[0].year");
  }

  @Test
  void read_null_isNoCycle_inBothLanguages() {
    RoadmapJsonException e = catchThrowableOfType(RoadmapJsonException.class, () -> JSON.read("null"));
    assertThat(e.getMessage()).startsWith("Expected a support cycle object, found null");
    assertThat(e.getMessage(RU)).startsWith("Ожидается объект цикла сопровождения");
  }

  // ---- generators ----

  private static final List<String> SCHOOLS = List.of("Школа А", "Школа Б", "Школа В");
  private static final List<String> CODES = List.of("LOW_MOTIVATION", "LOW_EQUIPMENT", "REGION-01");

  private static Roadmap roadmap(RoadmapLevel level, int firstYear, int activities) {
    List<Activity> list = new ArrayList<>();
    for (int i = 1; i <= activities; i++) {
      list.add(Activity.of(i + ".", "Мероприятие " + i, Term.of("ежегодно (ноябрь)")));
    }
    return Roadmap.builder().title("План " + firstYear).level(level)
        .order(ApprovingOrder.builder().authority("Отдел").kind("Приказ").number("1").build())
        .period(RoadmapPeriod.ofYears(firstYear, firstYear + 1))
        .addSections(Section.untitled(list)).build();
  }

  private static Gen<ProgrammeIndicator> indicators() {
    Gen<Double> value = SourceDSL.doubles().between(-1000, 1000);
    Gen<Integer> year = SourceDSL.integers().between(2019, 2025);
    Gen<Boolean> flag = SourceDSL.booleans().all();
    return in -> {
      Map<Integer, Double> targets = new TreeMap<>();
      Map<Integer, Double> measured = new TreeMap<>();
      for (int i = 0; i < 3; i++) {
        targets.put(year.generate(in), value.generate(in));
        if (flag.generate(in)) {
          measured.put(year.generate(in), value.generate(in));
        }
      }
      ProgrammeIndicator p = ProgrammeIndicator.of("Показатель " + year.generate(in), year.generate(in),
          value.generate(in)).withTargets(targets).withMeasured(measured)
          .withDirection(flag.generate(in) ? IndicatorDirection.HIGHER_IS_BETTER : IndicatorDirection.LOWER_IS_BETTER);
      return flag.generate(in) ? p.withUnit("%") : p;
    };
  }

  private static Gen<SupportCycle> cycles() {
    Gen<Integer> n = SourceDSL.integers().between(0, 3);
    Gen<Integer> pick = SourceDSL.integers().between(0, 2);
    Gen<Integer> year = SourceDSL.integers().between(2019, 2025);
    Gen<Boolean> flag = SourceDSL.booleans().all();
    Gen<RiskLevel> level = SourceDSL.arbitrary().enumValues(RiskLevel.class);
    Gen<ProgrammeIndicator> indicator = indicators();
    Gen<LocalDate> day = SourceDSL.integers().between(0, 2000).map(d -> LocalDate.of(2019, 1, 1).plusDays(d));
    return in -> {
      SupportCycle.Builder b = SupportCycle.builder().title("Цикл").municipality("Район");
      for (String s : SCHOOLS) {
        b.addSchools(School.of(s));
      }
      if (flag.generate(in)) {
        b.region("Область").regionalRoadmap("eao-2021").addNotes("Иллюстративный пример");
      }
      if (flag.generate(in)) {
        b.addRiskFactors(RiskFactor.of("REGION-01", "Удалённость", "Remoteness").withCohorts(year.generate(in)));
      }
      for (int i = n.generate(in); i > 0; i--) {
        Map<String, RiskLevel> levels = new TreeMap<>();
        for (int j = n.generate(in); j > 0; j--) {
          levels.put(CODES.get(pick.generate(in)), level.generate(in));
        }
        RiskProfile p = RiskProfile.of(SCHOOLS.get(pick.generate(in)), year.generate(in), levels);
        b.addProfiles(flag.generate(in) ? p.withSource("Анкетирование") : p);
      }
      int programmes = n.generate(in);
      for (int i = 0; i < programmes; i++) {
        String school = SCHOOLS.get(pick.generate(in));
        Roadmap r = roadmap(RoadmapLevel.SCHOOL, year.generate(in), 1 + pick.generate(in));
        SchoolProgramme p = flag.generate(in)
            ? SchoolProgramme.antiRisk("p" + i, school, CODES.get(pick.generate(in)), r)
            : SchoolProgramme.of("p" + i, flag.generate(in) ? ProgrammeKind.CONCEPT : ProgrammeKind.MEDIUM_TERM, school, r);
        List<ProgrammeIndicator> list = new ArrayList<>();
        for (int j = n.generate(in); j > 0; j--) {
          list.add(indicator.generate(in));
        }
        b.addProgrammes(p.withIndicators(list));
      }
      b.municipalRoadmap(roadmap(RoadmapLevel.MUNICIPAL, 2021, 3));
      if (flag.generate(in)) {
        b.municipalRoadmapId("район");
      }
      for (int i = n.generate(in); i > 0; i--) {
        Delegation d = Delegation.of(ActivityRef.of("eao-2021", String.valueOf(1 + pick.generate(in))),
            ActivityRef.of("municipal", String.valueOf(1 + pick.generate(in))));
        b.addDelegations(flag.generate(in) ? d.withAssignees(SCHOOLS.subList(0, 1 + pick.generate(in))) : d);
      }
      for (int i = n.generate(in); i > 0; i--) {
        ExecutionRecord e = ExecutionRecord.of(String.valueOf(1 + pick.generate(in)), day.generate(in),
            day.generate(in), "Справка № " + i);
        CycleRecord r = CycleRecord.of("municipal", flag.generate(in) ? e.withYear(year.generate(in)) : e);
        b.addRecords(flag.generate(in) ? r.withSchool(SCHOOLS.get(pick.generate(in))) : r);
      }
      return b.build();
    };
  }
}
