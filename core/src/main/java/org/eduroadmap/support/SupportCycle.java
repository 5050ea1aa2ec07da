package org.eduroadmap.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.schedule.OnTimeRate;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.Progress;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.school.School;
import org.immutables.value.Value;

/**
 * One municipality's support cycle: its schools, their risk profiles and programmes, the municipal
 * roadmap cascaded from the regional one, the cascade links and the execution records.
 *
 * <pre>{@code
 * SupportCycle cycle = SupportCycleJson.standard().read(Path.of("cycle.json"));   // eduroadmap-json
 * ScheduleCalculator calculator = ScheduleCalculator.standard();
 * cycle.history("МБОУ СОШ № 1").current();                          // the latest risk profile
 * cycle.agenda("МБОУ СОШ № 1", Map.of("eao-2021", eao), calculator,
 *     DateRange.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));  // what it owes at every level
 * cycle.dashboard(calculator, LocalDate.of(2022, 12, 31)).rollup();  // per school, factor, activity
 * }</pre>
 *
 * <p>Roadmaps are named in the cycle: the municipal one by {@link #municipalRoadmapId()}, each programme
 * by its {@link SchoolProgramme#id()}, the regional one by {@link #regionalRoadmap()} (a bundled name
 * or a file; the cycle names it and does not hold it). Schools are named by their short name. Whether
 * every name resolves, every high risk has a programme and every delegated deadline comes before its
 * parent's is the validation module's {@code SupportCycleValidator}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class SupportCycle {

  SupportCycle() {}

  /** The cycle's title: «Сопровождение ШНОР: Условный муниципальный район, 2021 – 2022». */
  public abstract String title();

  /** Notes, as written: an example says here that it is an illustration. */
  public abstract List<String> notes();

  /** The federal subject. */
  public abstract Optional<String> region();

  /** The municipality. */
  public abstract String municipality();

  /** The region's own risk factors, added to the standard catalogue. */
  public abstract List<RiskFactor> riskFactors();

  /** The municipality's schools in the cycle. */
  public abstract List<School> schools();

  /** The schools' risk profiles, any order; a school's history is {@link #history}. */
  public abstract List<RiskProfile> profiles();

  /** The schools' programmes. */
  public abstract List<SchoolProgramme> programmes();

  /** The name of the regional roadmap the municipal one is cascaded from: {@code eao-2021}. */
  public abstract Optional<String> regionalRoadmap();

  /** The municipal roadmap's name in cascade links and records; {@code municipal} by default. */
  @Value.Default
  public String municipalRoadmapId() {
    return "municipal";
  }

  /** The municipal roadmap. */
  public abstract Roadmap municipalRoadmap();

  /** The cascade links. */
  public abstract List<Delegation> delegations();

  /** The execution records of every roadmap of the cycle. */
  public abstract List<CycleRecord> records();

  /** The standard catalogue followed by {@link #riskFactors()}. */
  public RiskFactorCatalogue catalogue() {
    return riskFactors().isEmpty() ? RiskFactorCatalogue.standard()
        : RiskFactorCatalogue.standard().plus(RiskFactorCatalogue.of("regional", riskFactors()));
  }

  /** The risk profiles of {@code school}, oldest first. */
  public RiskProfileHistory history(String school) {
    return RiskProfileHistory.of(school,
        profiles().stream().filter(p -> p.school().equals(school)).toList());
  }

  /** The programmes of {@code school}. */
  public List<SchoolProgramme> programmesOf(String school) {
    return programmes().stream().filter(p -> p.school().equals(school)).toList();
  }

  /** The cycle's own roadmaps by name: the municipal one, then each programme's. */
  public Map<String, Roadmap> roadmaps() {
    Map<String, Roadmap> out = new LinkedHashMap<>();
    out.put(municipalRoadmapId(), municipalRoadmap());
    for (SchoolProgramme p : programmes()) {
      out.putIfAbsent(p.id(), p.roadmap());
    }
    return out;
  }

  /**
   * The higher activities {@code ref} carries out, nearest first, following the cascade links upwards
   * (a loop in the links stops at the first repeat).
   */
  public List<ActivityRef> parentsOf(ActivityRef ref) {
    List<ActivityRef> chain = new ArrayList<>();
    Set<ActivityRef> seen = new HashSet<>();
    seen.add(ref);
    ActivityRef current = ref;
    while (true) {
      ActivityRef from = current;
      Optional<ActivityRef> parent = delegations().stream().filter(d -> d.activity().equals(from))
          .map(Delegation::parent).findFirst();
      if (parent.isEmpty() || !seen.add(parent.get())) {
        return List.copyOf(chain);
      }
      chain.add(parent.get());
      current = parent.get();
    }
  }

  /**
   * What {@code school} owes in {@code range} at every level: its programmes' occurrences and those of
   * every activity delegated to it, in the calculator's order, each with its level and the chain of
   * higher activities. {@code others} gives the roadmaps the cycle only names (the regional one); a
   * link to a roadmap neither the cycle nor {@code others} has is left out (validation reports it).
   */
  public List<AgendaItem> agenda(String school, Map<String, Roadmap> others, ScheduleCalculator calculator,
      DateRange range) {
    List<AgendaItem> items = new ArrayList<>();
    for (SchoolProgramme p : programmesOf(school)) {
      calculator.occurrences(p.roadmap(), range).forEach(o -> items.add(
          AgendaItem.of(o, p.id(), RoadmapLevel.SCHOOL, parentsOf(ActivityRef.of(p.id(), o.activityId())))));
    }
    Map<String, Roadmap> all = new LinkedHashMap<>(others);
    all.putAll(roadmaps());
    delegatedTo(school).forEach((name, ids) -> {
      Roadmap r = all.get(name);
      if (r != null) {
        calculator.occurrences(only(r, ids), range).forEach(o -> items.add(
            AgendaItem.of(o, name, r.level(), parentsOf(ActivityRef.of(name, o.activityId())))));
      }
    });
    items.sort(Comparator.comparing(AgendaItem::occurrence, Occurrence.ORDER));
    return List.copyOf(items);
  }

  /**
   * The municipality's dashboard on {@code today}: per school the on-time rate of its programmes and
   * of the municipal activities delegated to it, and the attainment of its programmes' indicators as
   * known in {@code today}'s year (later target years count as not yet measured), per anti-risk factor
   * and per activity; rolled up to the municipality. Execution records count from the day they were
   * done on ({@link Progress}).
   */
  public Dashboard dashboard(ScheduleCalculator calculator, LocalDate today) {
    List<Rollup> schools = new ArrayList<>();
    for (School s : schools()) {
      schools.add(rollupOf(s.shortName(), calculator, today));
    }
    Set<String> delegated = delegations().stream()
        .filter(d -> d.activity().roadmap().equals(municipalRoadmapId()) && !d.assignees().isEmpty())
        .map(d -> d.activity().activityId()).collect(Collectors.toSet());
    Set<String> own = new HashSet<>();
    for (Activity a : municipalRoadmap().allActivities()) {
      if (!delegated.contains(a.id())) {
        own.add(a.id());
      }
    }
    List<ExecutionRecord> ownRecords = records().stream()
        .filter(r -> r.roadmap().equals(municipalRoadmapId()) && r.school().isEmpty())
        .map(CycleRecord::record).toList();
    OnTimeRate ownRate = calculator.progress(only(municipalRoadmap(), own), ownRecords).onTimeRate(today);
    return Dashboard.of(municipality(), today, Rollup.of(municipality(), RoadmapLevel.MUNICIPAL, schools),
        Performance.of(ownRate, Attainment.none()));
  }

  /** The figures of {@code school} on {@code today}: see {@link #dashboard}. */
  public Rollup rollupOf(String school, ScheduleCalculator calculator, LocalDate today) {
    Performance total = Performance.none();
    Map<String, Performance> byFactor = new TreeMap<>();
    Map<String, Performance> byActivity = new TreeMap<>();
    for (SchoolProgramme p : programmesOf(school)) {
      List<ExecutionRecord> records = records().stream().filter(r -> r.roadmap().equals(p.id()))
          .map(CycleRecord::record).toList();
      Progress progress = calculator.progress(p.roadmap(), records);
      Performance figures = Performance.of(progress.onTimeRate(today), p.attainment(today.getYear()));
      total = total.plus(figures);
      p.riskFactor().ifPresent(f -> byFactor.merge(f, figures, Performance::plus));
      progress.onTimeRateByActivity(today).forEach((id, rate) -> byActivity.merge(
          ActivityRef.of(p.id(), id).key(), Performance.of(rate, Attainment.none()), Performance::plus));
    }
    Set<String> delegated = delegatedTo(school).getOrDefault(municipalRoadmapId(), Set.of());
    if (!delegated.isEmpty()) {
      List<ExecutionRecord> records = records().stream()
          .filter(r -> r.roadmap().equals(municipalRoadmapId()) && r.school().equals(Optional.of(school)))
          .map(CycleRecord::record).toList();
      Progress progress = calculator.progress(only(municipalRoadmap(), delegated), records);
      total = total.plus(Performance.of(progress.onTimeRate(today), Attainment.none()));
      progress.onTimeRateByActivity(today).forEach((id, rate) -> byActivity.merge(
          ActivityRef.of(municipalRoadmapId(), id).key(), Performance.of(rate, Attainment.none()),
          Performance::plus));
    }
    return Rollup.leaf(school, total, byFactor, byActivity);
  }

  /** The activity identifiers delegated to {@code school}, by roadmap name. */
  private Map<String, Set<String>> delegatedTo(String school) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (Delegation d : delegations()) {
      if (d.assignees().contains(school)) {
        out.computeIfAbsent(d.activity().roadmap(), k -> new HashSet<>()).add(d.activity().activityId());
      }
    }
    return out;
  }

  /** {@code roadmap} with only the activities whose identifiers are {@code ids}, identifiers kept. */
  static Roadmap only(Roadmap roadmap, Set<String> ids) {
    List<Section> sections = new ArrayList<>();
    for (Section s : roadmap.sections()) {
      sections.add(s.withActivities(s.activities().stream().filter(a -> ids.contains(a.id())).toList()));
    }
    return roadmap.withSections(sections)
        .withReportingDuties(roadmap.reportingDuties().stream().filter(a -> ids.contains(a.id())).toList());
  }

  @Value.Check
  void check() {
    if (municipality().isBlank()) {
      throw new IllegalArgumentException("Invalid support cycle (blank municipality)");
    }
    Set<String> names = new HashSet<>();
    names.add(municipalRoadmapId());
    for (int i = 0; i < programmes().size(); i++) {
      SchoolProgramme p = programmes().get(i);
      if (!names.add(p.id())) {
        // The index lets a reader of JSON name where the second one is (SupportCycleJson does).
        throw new IllegalArgumentException("Invalid support cycle (roadmap name used twice, programmes[" + i + "]): "
            + p.id());
      }
    }
  }

  /** A copy of this support cycle with another title. */
  public SupportCycle withTitle(String title) {
    return immutable().withTitle(title);
  }

  /** A copy of this support cycle with these notes. */
  public SupportCycle withNotes(String... notes) {
    return immutable().withNotes(notes);
  }

  /** A copy of this support cycle with these notes. */
  public SupportCycle withNotes(Iterable<String> notes) {
    return immutable().withNotes(notes);
  }

  /** A copy of this support cycle with this region. */
  public SupportCycle withRegion(String region) {
    return immutable().withRegion(region);
  }

  /** A copy of this support cycle without a region. */
  public SupportCycle withoutRegion() {
    return immutable().withRegion(Optional.empty());
  }

  /** A copy of this support cycle with another municipality. */
  public SupportCycle withMunicipality(String municipality) {
    return immutable().withMunicipality(municipality);
  }

  /** A copy of this support cycle with these risk factors. */
  public SupportCycle withRiskFactors(RiskFactor... riskFactors) {
    return immutable().withRiskFactors(riskFactors);
  }

  /** A copy of this support cycle with these risk factors. */
  public SupportCycle withRiskFactors(Iterable<? extends RiskFactor> riskFactors) {
    return immutable().withRiskFactors(riskFactors);
  }

  /** A copy of this support cycle with these schools. */
  public SupportCycle withSchools(School... schools) {
    return immutable().withSchools(schools);
  }

  /** A copy of this support cycle with these schools. */
  public SupportCycle withSchools(Iterable<? extends School> schools) {
    return immutable().withSchools(schools);
  }

  /** A copy of this support cycle with these profiles. */
  public SupportCycle withProfiles(RiskProfile... profiles) {
    return immutable().withProfiles(profiles);
  }

  /** A copy of this support cycle with these profiles. */
  public SupportCycle withProfiles(Iterable<? extends RiskProfile> profiles) {
    return immutable().withProfiles(profiles);
  }

  /** A copy of this support cycle with these programmes. */
  public SupportCycle withProgrammes(SchoolProgramme... programmes) {
    return immutable().withProgrammes(programmes);
  }

  /** A copy of this support cycle with these programmes. */
  public SupportCycle withProgrammes(Iterable<? extends SchoolProgramme> programmes) {
    return immutable().withProgrammes(programmes);
  }

  /** A copy of this support cycle with this regional roadmap. */
  public SupportCycle withRegionalRoadmap(String regionalRoadmap) {
    return immutable().withRegionalRoadmap(regionalRoadmap);
  }

  /** A copy of this support cycle without a regional roadmap. */
  public SupportCycle withoutRegionalRoadmap() {
    return immutable().withRegionalRoadmap(Optional.empty());
  }

  /** A copy of this support cycle with another municipal roadmap id. */
  public SupportCycle withMunicipalRoadmapId(String municipalRoadmapId) {
    return immutable().withMunicipalRoadmapId(municipalRoadmapId);
  }

  /** A copy of this support cycle with another municipal roadmap. */
  public SupportCycle withMunicipalRoadmap(Roadmap municipalRoadmap) {
    return immutable().withMunicipalRoadmap(municipalRoadmap);
  }

  /** A copy of this support cycle with these delegations. */
  public SupportCycle withDelegations(Delegation... delegations) {
    return immutable().withDelegations(delegations);
  }

  /** A copy of this support cycle with these delegations. */
  public SupportCycle withDelegations(Iterable<? extends Delegation> delegations) {
    return immutable().withDelegations(delegations);
  }

  /** A copy of this support cycle with these records. */
  public SupportCycle withRecords(CycleRecord... records) {
    return immutable().withRecords(records);
  }

  /** A copy of this support cycle with these records. */
  public SupportCycle withRecords(Iterable<? extends CycleRecord> records) {
    return immutable().withRecords(records);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableSupportCycle immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableSupportCycle) ImmutableSupportCycle.copyOf(this);
  }

  /** A builder for all attributes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SupportCycle}. */
  public static final class Builder {
    // Wraps the generated builder instead of extending it, so that its setters taking an
    // Optional stay out of the public API; an optional attribute not set is absent.
    private final ImmutableSupportCycle.Builder delegate = new ImmutableSupportCycle.Builder();

    Builder() {}

    /** Copies {@code instance}: its values replace those set; its elements are added. */
    public Builder from(SupportCycle instance) {
      delegate.from(instance);
      return this;
    }

    /** Sets the support cycle's title. */
    public Builder title(String title) {
      delegate.title(title);
      return this;
    }

    /** Adds an element to the support cycle's notes. */
    public Builder addNotes(String element) {
      delegate.addNotes(element);
      return this;
    }

    /** Adds these elements to the support cycle's notes. */
    public Builder addNotes(String... elements) {
      delegate.addNotes(elements);
      return this;
    }

    /** Sets the support cycle's notes, replacing those set before. */
    public Builder notes(Iterable<String> elements) {
      delegate.notes(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the support cycle's notes. */
    public Builder addAllNotes(Iterable<String> elements) {
      delegate.addAllNotes(elements);
      return this;
    }

    /** Sets the support cycle's region. */
    public Builder region(String region) {
      delegate.region(region);
      return this;
    }

    /** Sets the support cycle's municipality. */
    public Builder municipality(String municipality) {
      delegate.municipality(municipality);
      return this;
    }

    /** Adds an element to the support cycle's risk factors. */
    public Builder addRiskFactors(RiskFactor element) {
      delegate.addRiskFactors(element);
      return this;
    }

    /** Adds these elements to the support cycle's risk factors. */
    public Builder addRiskFactors(RiskFactor... elements) {
      delegate.addRiskFactors(elements);
      return this;
    }

    /** Sets the support cycle's risk factors, replacing those set before. */
    public Builder riskFactors(Iterable<? extends RiskFactor> elements) {
      delegate.riskFactors(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the support cycle's risk factors. */
    public Builder addAllRiskFactors(Iterable<? extends RiskFactor> elements) {
      delegate.addAllRiskFactors(elements);
      return this;
    }

    /** Adds an element to the support cycle's schools. */
    public Builder addSchools(School element) {
      delegate.addSchools(element);
      return this;
    }

    /** Adds these elements to the support cycle's schools. */
    public Builder addSchools(School... elements) {
      delegate.addSchools(elements);
      return this;
    }

    /** Sets the support cycle's schools, replacing those set before. */
    public Builder schools(Iterable<? extends School> elements) {
      delegate.schools(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the support cycle's schools. */
    public Builder addAllSchools(Iterable<? extends School> elements) {
      delegate.addAllSchools(elements);
      return this;
    }

    /** Adds an element to the support cycle's profiles. */
    public Builder addProfiles(RiskProfile element) {
      delegate.addProfiles(element);
      return this;
    }

    /** Adds these elements to the support cycle's profiles. */
    public Builder addProfiles(RiskProfile... elements) {
      delegate.addProfiles(elements);
      return this;
    }

    /** Sets the support cycle's profiles, replacing those set before. */
    public Builder profiles(Iterable<? extends RiskProfile> elements) {
      delegate.profiles(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the support cycle's profiles. */
    public Builder addAllProfiles(Iterable<? extends RiskProfile> elements) {
      delegate.addAllProfiles(elements);
      return this;
    }

    /** Adds an element to the support cycle's programmes. */
    public Builder addProgrammes(SchoolProgramme element) {
      delegate.addProgrammes(element);
      return this;
    }

    /** Adds these elements to the support cycle's programmes. */
    public Builder addProgrammes(SchoolProgramme... elements) {
      delegate.addProgrammes(elements);
      return this;
    }

    /** Sets the support cycle's programmes, replacing those set before. */
    public Builder programmes(Iterable<? extends SchoolProgramme> elements) {
      delegate.programmes(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the support cycle's programmes. */
    public Builder addAllProgrammes(Iterable<? extends SchoolProgramme> elements) {
      delegate.addAllProgrammes(elements);
      return this;
    }

    /** Sets the support cycle's regional roadmap. */
    public Builder regionalRoadmap(String regionalRoadmap) {
      delegate.regionalRoadmap(regionalRoadmap);
      return this;
    }

    /** Sets the support cycle's municipal roadmap's name. */
    public Builder municipalRoadmapId(String municipalRoadmapId) {
      delegate.municipalRoadmapId(municipalRoadmapId);
      return this;
    }

    /** Sets the support cycle's municipal roadmap. */
    public Builder municipalRoadmap(Roadmap municipalRoadmap) {
      delegate.municipalRoadmap(municipalRoadmap);
      return this;
    }

    /** Adds an element to the support cycle's delegations. */
    public Builder addDelegations(Delegation element) {
      delegate.addDelegations(element);
      return this;
    }

    /** Adds these elements to the support cycle's delegations. */
    public Builder addDelegations(Delegation... elements) {
      delegate.addDelegations(elements);
      return this;
    }

    /** Sets the support cycle's delegations, replacing those set before. */
    public Builder delegations(Iterable<? extends Delegation> elements) {
      delegate.delegations(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the support cycle's delegations. */
    public Builder addAllDelegations(Iterable<? extends Delegation> elements) {
      delegate.addAllDelegations(elements);
      return this;
    }

    /** Adds an element to the support cycle's records. */
    public Builder addRecords(CycleRecord element) {
      delegate.addRecords(element);
      return this;
    }

    /** Adds these elements to the support cycle's records. */
    public Builder addRecords(CycleRecord... elements) {
      delegate.addRecords(elements);
      return this;
    }

    /** Sets the support cycle's records, replacing those set before. */
    public Builder records(Iterable<? extends CycleRecord> elements) {
      delegate.records(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the support cycle's records. */
    public Builder addAllRecords(Iterable<? extends CycleRecord> elements) {
      delegate.addAllRecords(elements);
      return this;
    }

    /**
     * Builds the support cycle; throws {@link IllegalStateException} if a required attribute is
     * missing.
     */
    public SupportCycle build() {
      return delegate.build();
    }
  }
}
