package org.eduroadmap.json.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.SortedSet;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.school.School;
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

/**
 * The mix-ins of the support cycle's types ({@code org.eduroadmap.support}), as {@link Mixins} does for
 * the roadmap: field names are the accessor names, documented in {@code docs/cycle.md}; reading goes
 * through the public builders, and {@link SupportBuilders} for {@link ActivityRef}.
 */
final class SupportMixins {

  private SupportMixins() {}

  static Map<Class<?>, Class<?>> all() {
    Map<Class<?>, Class<?>> m = new LinkedHashMap<>();
    m.put(RiskFactor.class, RiskFactorMixin.class);
    m.put(RiskFactor.Builder.class, RiskFactorBuilderMixin.class);
    m.put(RiskFactorCatalogue.class, CatalogueMixin.class);
    m.put(RiskFactorCatalogue.Builder.class, CatalogueBuilderMixin.class);
    m.put(RiskProfile.class, RiskProfileMixin.class);
    m.put(RiskProfile.Builder.class, RiskProfileBuilderMixin.class);
    m.put(ProgrammeIndicator.class, IndicatorMixin.class);
    m.put(ProgrammeIndicator.Builder.class, IndicatorBuilderMixin.class);
    m.put(SchoolProgramme.class, ProgrammeMixin.class);
    m.put(SchoolProgramme.Builder.class, ProgrammeBuilderMixin.class);
    m.put(ActivityRef.class, ActivityRefMixin.class);
    m.put(Delegation.class, DelegationMixin.class);
    m.put(Delegation.Builder.class, DelegationBuilderMixin.class);
    m.put(CycleRecord.class, RecordMixin.class);
    m.put(CycleRecord.Builder.class, RecordBuilderMixin.class);
    m.put(SupportCycle.class, CycleMixin.class);
    m.put(SupportCycle.Builder.class, CycleBuilderMixin.class);
    return m;
  }

  @Explicit
  @JsonSerialize(as = RiskFactor.class)
  @JsonDeserialize(builder = RiskFactor.Builder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = RiskFactor.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = RiskFactor.Builder.class)
  @JsonPropertyOrder({"code", "nameRu", "nameEn", "cohorts"})
  abstract static class RiskFactorMixin {
    @JsonProperty("code") abstract String code();
    @JsonProperty("nameRu") abstract String nameRu();
    @JsonProperty("nameEn") abstract String nameEn();
    @JsonProperty("cohorts") abstract SortedSet<Integer> cohorts();
  }

  @Explicit
  abstract static class RiskFactorBuilderMixin {
    @JsonProperty("code") @JsonSetter(nulls = Nulls.SKIP) abstract Object code(String v);
    @JsonProperty("nameRu") @JsonSetter(nulls = Nulls.SKIP) abstract Object nameRu(String v);
    @JsonProperty("nameEn") @JsonSetter(nulls = Nulls.SKIP) abstract Object nameEn(String v);
    @JsonProperty("cohorts") @JsonSetter(nulls = Nulls.SKIP) abstract Object cohorts(Iterable<Integer> v);
  }

  @Explicit
  @JsonSerialize(as = RiskFactorCatalogue.class)
  @JsonDeserialize(builder = RiskFactorCatalogue.Builder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = RiskFactorCatalogue.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = RiskFactorCatalogue.Builder.class)
  @JsonPropertyOrder({"version", "factors"})
  abstract static class CatalogueMixin {
    @JsonProperty("version") abstract String version();
    @JsonProperty("factors") abstract List<RiskFactor> factors();
  }

  @Explicit
  abstract static class CatalogueBuilderMixin {
    @JsonProperty("version") @JsonSetter(nulls = Nulls.SKIP) abstract Object version(String v);
    @JsonProperty("factors") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object factors(Iterable<? extends RiskFactor> v);
  }

  @Explicit
  @JsonSerialize(as = RiskProfile.class)
  @JsonDeserialize(builder = RiskProfile.Builder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = RiskProfile.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = RiskProfile.Builder.class)
  @JsonPropertyOrder({"school", "year", "levels", "source"})
  abstract static class RiskProfileMixin {
    @JsonProperty("school") abstract String school();
    @JsonProperty("year") abstract int year();
    @JsonProperty("levels") abstract SortedMap<String, RiskLevel> levels();
    @JsonProperty("source") abstract Optional<String> source();
  }

  @Explicit
  abstract static class RiskProfileBuilderMixin {
    @JsonProperty("school") @JsonSetter(nulls = Nulls.SKIP) abstract Object school(String v);
    @JsonProperty("year") abstract Object year(int v);
    @JsonProperty("levels") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object levels(Map<String, ? extends RiskLevel> v);
    @JsonProperty("source") @JsonSetter(nulls = Nulls.SKIP) abstract Object source(String v);
  }

  @Explicit
  @JsonSerialize(as = ProgrammeIndicator.class)
  @JsonDeserialize(builder = ProgrammeIndicator.Builder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = ProgrammeIndicator.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = ProgrammeIndicator.Builder.class)
  @JsonPropertyOrder({"name", "direction", "unit", "baselineYear", "baseline", "targets", "measured"})
  abstract static class IndicatorMixin {
    @JsonProperty("name") abstract String name();
    @JsonProperty("direction") abstract IndicatorDirection direction();
    @JsonProperty("unit") abstract Optional<String> unit();
    @JsonProperty("baselineYear") abstract int baselineYear();
    @JsonProperty("baseline") abstract double baseline();
    @JsonProperty("targets") abstract SortedMap<Integer, Double> targets();
    @JsonProperty("measured") abstract SortedMap<Integer, Double> measured();
  }

  @Explicit
  abstract static class IndicatorBuilderMixin {
    @JsonProperty("name") @JsonSetter(nulls = Nulls.SKIP) abstract Object name(String v);
    @JsonProperty("direction") @JsonSetter(nulls = Nulls.SKIP) abstract Object direction(IndicatorDirection v);
    @JsonProperty("unit") @JsonSetter(nulls = Nulls.SKIP) abstract Object unit(String v);
    @JsonProperty("baselineYear") abstract Object baselineYear(int v);
    @JsonProperty("baseline") abstract Object baseline(double v);
    @JsonProperty("targets") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object targets(Map<Integer, ? extends Double> v);
    @JsonProperty("measured") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object measured(Map<Integer, ? extends Double> v);
  }

  @Explicit
  @JsonSerialize(as = SchoolProgramme.class)
  @JsonDeserialize(builder = SchoolProgramme.Builder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = SchoolProgramme.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = SchoolProgramme.Builder.class)
  @JsonPropertyOrder({"id", "kind", "school", "riskFactor", "indicators", "roadmap"})
  abstract static class ProgrammeMixin {
    @JsonProperty("id") abstract String id();
    @JsonProperty("kind") abstract ProgrammeKind kind();
    @JsonProperty("school") abstract String school();
    @JsonProperty("riskFactor") abstract Optional<String> riskFactor();
    @JsonProperty("indicators") abstract List<ProgrammeIndicator> indicators();
    @JsonProperty("roadmap") abstract Roadmap roadmap();
  }

  @Explicit
  abstract static class ProgrammeBuilderMixin {
    @JsonProperty("id") @JsonSetter(nulls = Nulls.SKIP) abstract Object id(String v);
    @JsonProperty("kind") @JsonSetter(nulls = Nulls.SKIP) abstract Object kind(ProgrammeKind v);
    @JsonProperty("school") @JsonSetter(nulls = Nulls.SKIP) abstract Object school(String v);
    @JsonProperty("riskFactor") @JsonSetter(nulls = Nulls.SKIP) abstract Object riskFactor(String v);
    @JsonProperty("indicators") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object indicators(Iterable<? extends ProgrammeIndicator> v);
    @JsonProperty("roadmap") @JsonSetter(nulls = Nulls.SKIP) abstract Object roadmap(Roadmap v);
  }

  @Explicit
  @JsonSerialize(as = ActivityRef.class)
  @JsonDeserialize(builder = SupportBuilders.ActivityRefBuilder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = ActivityRef.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = SupportBuilders.ActivityRefBuilder.class)
  @JsonPropertyOrder({"roadmap", "activityId"})
  abstract static class ActivityRefMixin {
    @JsonProperty("roadmap") abstract String roadmap();
    @JsonProperty("activityId") abstract String activityId();
  }

  @Explicit
  @JsonSerialize(as = Delegation.class)
  @JsonDeserialize(builder = Delegation.Builder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = Delegation.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = Delegation.Builder.class)
  @JsonPropertyOrder({"parent", "activity", "assignees"})
  abstract static class DelegationMixin {
    @JsonProperty("parent") abstract ActivityRef parent();
    @JsonProperty("activity") abstract ActivityRef activity();
    @JsonProperty("assignees") abstract List<String> assignees();
  }

  @Explicit
  abstract static class DelegationBuilderMixin {
    @JsonProperty("parent") @JsonSetter(nulls = Nulls.SKIP) abstract Object parent(ActivityRef v);
    @JsonProperty("activity") @JsonSetter(nulls = Nulls.SKIP) abstract Object activity(ActivityRef v);
    @JsonProperty("assignees") @JsonSetter(nulls = Nulls.SKIP) abstract Object assignees(Iterable<String> v);
  }

  @Explicit
  @JsonSerialize(as = CycleRecord.class)
  @JsonDeserialize(builder = CycleRecord.Builder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = CycleRecord.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = CycleRecord.Builder.class)
  @JsonPropertyOrder({"roadmap", "school", "activityId", "occurrenceStart", "year", "doneOn", "evidence"})
  abstract static class RecordMixin {
    @JsonProperty("roadmap") abstract String roadmap();
    @JsonProperty("school") abstract Optional<String> school();
    @JsonProperty("activityId") abstract String activityId();
    @JsonProperty("occurrenceStart") @JsonFormat(shape = JsonFormat.Shape.STRING) abstract LocalDate occurrenceStart();
    @JsonProperty("year") abstract OptionalInt year();
    @JsonProperty("doneOn") @JsonFormat(shape = JsonFormat.Shape.STRING) abstract LocalDate doneOn();
    @JsonProperty("evidence") abstract String evidence();
  }

  @Explicit
  abstract static class RecordBuilderMixin {
    @JsonProperty("roadmap") @JsonSetter(nulls = Nulls.SKIP) abstract Object roadmap(String v);
    @JsonProperty("school") @JsonSetter(nulls = Nulls.SKIP) abstract Object school(String v);
    @JsonProperty("activityId") @JsonSetter(nulls = Nulls.SKIP) abstract Object activityId(String v);
    @JsonProperty("occurrenceStart") @JsonSetter(nulls = Nulls.SKIP) abstract Object occurrenceStart(LocalDate v);
    @JsonProperty("year") abstract Object year(int v);
    @JsonProperty("doneOn") @JsonSetter(nulls = Nulls.SKIP) abstract Object doneOn(LocalDate v);
    @JsonProperty("evidence") @JsonSetter(nulls = Nulls.SKIP) abstract Object evidence(String v);
  }

  @Explicit
  @JsonSerialize(as = SupportCycle.class)
  @JsonDeserialize(builder = SupportCycle.Builder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = SupportCycle.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = SupportCycle.Builder.class)
  @JsonPropertyOrder({"title", "notes", "region", "municipality", "riskFactors", "schools", "profiles",
      "programmes", "regionalRoadmap", "municipalRoadmapId", "municipalRoadmap", "delegations", "records"})
  abstract static class CycleMixin {
    @JsonProperty("title") abstract String title();
    @JsonProperty("notes") abstract List<String> notes();
    @JsonProperty("region") abstract Optional<String> region();
    @JsonProperty("municipality") abstract String municipality();
    @JsonProperty("riskFactors") abstract List<RiskFactor> riskFactors();
    @JsonProperty("schools") abstract List<School> schools();
    @JsonProperty("profiles") abstract List<RiskProfile> profiles();
    @JsonProperty("programmes") abstract List<SchoolProgramme> programmes();
    @JsonProperty("regionalRoadmap") abstract Optional<String> regionalRoadmap();
    @JsonProperty("municipalRoadmapId") abstract String municipalRoadmapId();
    @JsonProperty("municipalRoadmap") abstract Roadmap municipalRoadmap();
    @JsonProperty("delegations") abstract List<Delegation> delegations();
    @JsonProperty("records") abstract List<CycleRecord> records();
  }

  @Explicit
  abstract static class CycleBuilderMixin {
    @JsonProperty("title") @JsonSetter(nulls = Nulls.SKIP) abstract Object title(String v);
    @JsonProperty("notes") @JsonSetter(nulls = Nulls.SKIP) abstract Object notes(Iterable<String> v);
    @JsonProperty("region") @JsonSetter(nulls = Nulls.SKIP) abstract Object region(String v);
    @JsonProperty("municipality") @JsonSetter(nulls = Nulls.SKIP) abstract Object municipality(String v);
    @JsonProperty("riskFactors") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object riskFactors(Iterable<? extends RiskFactor> v);
    @JsonProperty("schools") @JsonSetter(nulls = Nulls.SKIP) abstract Object schools(Iterable<? extends School> v);
    @JsonProperty("profiles") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object profiles(Iterable<? extends RiskProfile> v);
    @JsonProperty("programmes") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object programmes(Iterable<? extends SchoolProgramme> v);
    @JsonProperty("regionalRoadmap") @JsonSetter(nulls = Nulls.SKIP) abstract Object regionalRoadmap(String v);
    @JsonProperty("municipalRoadmapId") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object municipalRoadmapId(String v);
    @JsonProperty("municipalRoadmap") @JsonSetter(nulls = Nulls.SKIP) abstract Object municipalRoadmap(Roadmap v);
    @JsonProperty("delegations") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object delegations(Iterable<? extends Delegation> v);
    @JsonProperty("records") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object records(Iterable<? extends CycleRecord> v);
  }
}
