package org.eduroadmap.roadmap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.responsibility.ResponsibleParties;
import org.eduroadmap.school.School;
import org.immutables.value.Value;

/**
 * A roadmap («дорожная карта», «план мероприятий»): the plan an education authority approves by an
 * order, with its sections and activities.
 *
 * <pre>{@code
 * Roadmap roadmap = Roadmap.builder()
 *     .title("План мероприятий («Дорожная карта») по работе со ШНОР на 2021 — 2023 годы")
 *     .level(RoadmapLevel.REGIONAL)
 *     .order(order)
 *     .period(RoadmapPeriod.ofYears(2021, 2023))
 *     .addSections(Section.untitled(activities))
 *     .build();
 * roadmap.activities(); // every row, section by section
 * }</pre>
 *
 * <p>The model holds what the document says, inconsistencies included: checking them is the
 * validation module's job. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Roadmap {

  Roadmap() {}

  /** The plan's title as written. */
  public abstract String title();

  /** Whose plan it is. */
  public abstract RoadmapLevel level();

  /** The federal subject: {@code Еврейская автономная область}. */
  public abstract Optional<String> region();

  /** The municipality, for municipal and school plans: {@code город Оленегорск}. */
  public abstract Optional<String> municipality();

  /** The order that approves the plan. */
  public abstract ApprovingOrder order();

  /** Who controls execution («контроль за исполнением … возложить на …»). */
  public abstract Optional<Party> controlledBy();

  /** Who implements the plan as a whole, as the order names them. */
  @Value.Default
  public Responsibility implementers() {
    return Responsibility.none();
  }

  /** The period the plan covers. */
  public abstract RoadmapPeriod period();

  /** The plan's goals, as written. */
  public abstract List<String> goals();

  /** The plan's tasks, as written. */
  public abstract List<String> tasks();

  /** Other text the plan states before its table (a rationale, a list of schools), as written. */
  public abstract List<String> notes();

  /** The table's column headers as printed. */
  public abstract List<String> columns();

  /** The years of the per-year columns, for documents with a column per year. */
  public abstract List<Integer> yearColumns();

  /** The table's sections, in order. */
  public abstract List<Section> sections();

  /**
   * The reporting duties the order itself sets, as activities numbered by the order's point
   * ({@code п. 3.4}) so they never clash with the table's numbers.
   */
  public abstract List<Activity> reportingDuties();

  /** Footnotes under the table. */
  public abstract List<Footnote> footnotes();

  /** The abbreviations the document defines. */
  public abstract List<GlossaryEntry> glossary();

  /** The schools the plan names. */
  public abstract List<School> schools();

  /** Every row of the table, section by section, in document order. */
  @Value.Lazy
  public List<Activity> activities() {
    List<Activity> all = new ArrayList<>();
    for (Section s : sections()) {
      all.addAll(s.activities());
    }
    return Collections.unmodifiableList(all);
  }

  /** The table's rows followed by the order's reporting duties. */
  @Value.Lazy
  public List<Activity> allActivities() {
    List<Activity> all = new ArrayList<>(activities());
    all.addAll(reportingDuties());
    return Collections.unmodifiableList(all);
  }

  /**
   * Gives every activity that is identified by its number an identifier unique in the roadmap, in
   * document order (the table, then the reporting duties): an identifier already taken that is the
   * activity's {@link Activity#key()} — two rows numbered «11» — or blank gets the first free suffix
   * {@code -2}, {@code -3}, …; a unique one is kept as it is.
   *
   * <p>An identifier chosen apart from the number ({@code "analysis"}) is never renamed, even when
   * another activity has it too: renaming the second {@code "analysis"} to {@code "analysis-2"} would let
   * an execution record meant for it mark the first one done. Such a roadmap keeps both, the validator
   * reports {@code ACTIVITY_ID_DUPLICATE} (an error), and the JSON reader refuses it.
   */
  @Value.Check
  protected Roadmap withUniqueActivityIds() {
    Set<String> taken = new HashSet<>();
    boolean changed = false;
    List<Section> sections = new ArrayList<>(sections().size());
    for (Section section : sections()) {
      List<Activity> activities = new ArrayList<>(section.activities().size());
      for (Activity a : section.activities()) {
        Activity unique = uniquelyIdentified(a, taken);
        changed |= unique != a;
        activities.add(unique);
      }
      sections.add(section.withActivities(activities));
    }
    List<Activity> duties = new ArrayList<>(reportingDuties().size());
    for (Activity a : reportingDuties()) {
      Activity unique = uniquelyIdentified(a, taken);
      changed |= unique != a;
      duties.add(unique);
    }
    // One copy with both lists, so that the check runs once more on the finished roadmap and finds it done.
    return changed
        ? new ImmutableRoadmap.Builder()
            .from(this)
            .sections(sections)
            .reportingDuties(duties)
            .build()
        : this;
  }

  private static Activity uniquelyIdentified(Activity a, Set<String> taken) {
    if (!a.id().isBlank() && !a.id().strip().equals(a.key())) {
      // Chosen by whoever wrote the roadmap: kept as written, a duplicate is theirs to correct.
      taken.add(a.id());
      return a;
    }
    String base = a.id().isBlank() ? "activity" : a.id().strip();
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id.equals(a.id()) ? a : a.withId(id);
  }

  /** The activity whose identifier is {@code id}, if any. */
  public Optional<Activity> activityById(String id) {
    return allActivities().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The activities whose number, without a trailing dot, is {@code key}; numbers may repeat. */
  public List<Activity> activitiesByKey(String key) {
    return allActivities().stream().filter(a -> a.key().equals(key)).toList();
  }

  /**
   * Who owes {@code activity}: its own responsible parties, or else, when its row names no one, the
   * plan's {@link #implementers()}, marked as coming from the plan. The one answer every output uses.
   *
   * <pre>{@code
   * roadmap.responsibleFor(roadmap.activities().get(0)).isFromPlan(); // true for eao-2021: the order names them
   * }</pre>
   */
  public ResponsibleParties responsibleFor(Activity activity) {
    return ResponsibleParties.resolve(activity.responsibility(), implementers());
  }

  /**
   * What the glossary says a short name means: {@code ИМЦ} → «муниципальное учреждение
   * «Информационно – методический центр»». Exact match first, then ignoring case.
   */
  public Optional<GlossaryEntry> resolve(String shortName) {
    String name = shortName.strip();
    Optional<GlossaryEntry> exact =
        glossary().stream().filter(e -> e.abbreviation().equals(name)).findFirst();
    return exact.isPresent()
        ? exact
        : glossary().stream().filter(e -> e.abbreviation().equalsIgnoreCase(name)).findFirst();
  }

  /** A copy of this roadmap with another title. */
  public Roadmap withTitle(String title) {
    return immutable().withTitle(title);
  }

  /** A copy of this roadmap with another level. */
  public Roadmap withLevel(RoadmapLevel level) {
    return immutable().withLevel(level);
  }

  /** A copy of this roadmap with this region. */
  public Roadmap withRegion(String region) {
    return immutable().withRegion(region);
  }

  /** A copy of this roadmap without a region. */
  public Roadmap withoutRegion() {
    return immutable().withRegion(Optional.empty());
  }

  /** A copy of this roadmap with this municipality. */
  public Roadmap withMunicipality(String municipality) {
    return immutable().withMunicipality(municipality);
  }

  /** A copy of this roadmap without a municipality. */
  public Roadmap withoutMunicipality() {
    return immutable().withMunicipality(Optional.empty());
  }

  /** A copy of this roadmap with another order. */
  public Roadmap withOrder(ApprovingOrder order) {
    return immutable().withOrder(order);
  }

  /** A copy of this roadmap with this party controlling execution. */
  public Roadmap withControlledBy(Party controlledBy) {
    return immutable().withControlledBy(controlledBy);
  }

  /** A copy of this roadmap without a party controlling execution. */
  public Roadmap withoutControlledBy() {
    return immutable().withControlledBy(Optional.empty());
  }

  /** A copy of this roadmap with other implementers. */
  public Roadmap withImplementers(Responsibility implementers) {
    return immutable().withImplementers(implementers);
  }

  /** A copy of this roadmap with another period. */
  public Roadmap withPeriod(RoadmapPeriod period) {
    return immutable().withPeriod(period);
  }

  /** A copy of this roadmap with these goals. */
  public Roadmap withGoals(String... goals) {
    return immutable().withGoals(goals);
  }

  /** A copy of this roadmap with these goals. */
  public Roadmap withGoals(Iterable<String> goals) {
    return immutable().withGoals(goals);
  }

  /** A copy of this roadmap with these tasks. */
  public Roadmap withTasks(String... tasks) {
    return immutable().withTasks(tasks);
  }

  /** A copy of this roadmap with these tasks. */
  public Roadmap withTasks(Iterable<String> tasks) {
    return immutable().withTasks(tasks);
  }

  /** A copy of this roadmap with these notes. */
  public Roadmap withNotes(String... notes) {
    return immutable().withNotes(notes);
  }

  /** A copy of this roadmap with these notes. */
  public Roadmap withNotes(Iterable<String> notes) {
    return immutable().withNotes(notes);
  }

  /** A copy of this roadmap with these columns. */
  public Roadmap withColumns(String... columns) {
    return immutable().withColumns(columns);
  }

  /** A copy of this roadmap with these columns. */
  public Roadmap withColumns(Iterable<String> columns) {
    return immutable().withColumns(columns);
  }

  /** A copy of this roadmap with these year columns. */
  public Roadmap withYearColumns(int... yearColumns) {
    return immutable().withYearColumns(yearColumns);
  }

  /** A copy of this roadmap with these year columns. */
  public Roadmap withYearColumns(Iterable<Integer> yearColumns) {
    return immutable().withYearColumns(yearColumns);
  }

  /** A copy of this roadmap with these sections. */
  public Roadmap withSections(Section... sections) {
    return immutable().withSections(sections);
  }

  /** A copy of this roadmap with these sections. */
  public Roadmap withSections(Iterable<? extends Section> sections) {
    return immutable().withSections(sections);
  }

  /** A copy of this roadmap with these reporting duties. */
  public Roadmap withReportingDuties(Activity... reportingDuties) {
    return immutable().withReportingDuties(reportingDuties);
  }

  /** A copy of this roadmap with these reporting duties. */
  public Roadmap withReportingDuties(Iterable<? extends Activity> reportingDuties) {
    return immutable().withReportingDuties(reportingDuties);
  }

  /** A copy of this roadmap with these footnotes. */
  public Roadmap withFootnotes(Footnote... footnotes) {
    return immutable().withFootnotes(footnotes);
  }

  /** A copy of this roadmap with these footnotes. */
  public Roadmap withFootnotes(Iterable<? extends Footnote> footnotes) {
    return immutable().withFootnotes(footnotes);
  }

  /** A copy of this roadmap with these glossary entries. */
  public Roadmap withGlossary(GlossaryEntry... glossary) {
    return immutable().withGlossary(glossary);
  }

  /** A copy of this roadmap with these glossary entries. */
  public Roadmap withGlossary(Iterable<? extends GlossaryEntry> glossary) {
    return immutable().withGlossary(glossary);
  }

  /** A copy of this roadmap with these schools. */
  public Roadmap withSchools(School... schools) {
    return immutable().withSchools(schools);
  }

  /** A copy of this roadmap with these schools. */
  public Roadmap withSchools(Iterable<? extends School> schools) {
    return immutable().withSchools(schools);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableRoadmap immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableRoadmap) ImmutableRoadmap.copyOf(this);
  }

  /** A builder for all attributes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Roadmap}. */
  public static final class Builder {
    // Wraps the generated builder instead of extending it, so that its setters taking an
    // Optional stay out of the public API; an optional attribute not set is absent.
    private final ImmutableRoadmap.Builder delegate = new ImmutableRoadmap.Builder();

    Builder() {}

    /** Copies {@code instance}: its values replace those set; its elements are added. */
    public Builder from(Roadmap instance) {
      delegate.from(instance);
      return this;
    }

    /** Sets the roadmap's title. */
    public Builder title(String title) {
      delegate.title(title);
      return this;
    }

    /** Sets the roadmap's level. */
    public Builder level(RoadmapLevel level) {
      delegate.level(level);
      return this;
    }

    /** Sets the roadmap's region. */
    public Builder region(String region) {
      delegate.region(region);
      return this;
    }

    /** Sets the roadmap's municipality. */
    public Builder municipality(String municipality) {
      delegate.municipality(municipality);
      return this;
    }

    /** Sets the roadmap's order. */
    public Builder order(ApprovingOrder order) {
      delegate.order(order);
      return this;
    }

    /** Sets the roadmap's controlling party. */
    public Builder controlledBy(Party controlledBy) {
      delegate.controlledBy(controlledBy);
      return this;
    }

    /** Sets the roadmap's implementers. */
    public Builder implementers(Responsibility implementers) {
      delegate.implementers(implementers);
      return this;
    }

    /** Sets the roadmap's period. */
    public Builder period(RoadmapPeriod period) {
      delegate.period(period);
      return this;
    }

    /** Adds an element to the roadmap's goals. */
    public Builder addGoals(String element) {
      delegate.addGoals(element);
      return this;
    }

    /** Adds these elements to the roadmap's goals. */
    public Builder addGoals(String... elements) {
      delegate.addGoals(elements);
      return this;
    }

    /** Sets the roadmap's goals, replacing those set before. */
    public Builder goals(Iterable<String> elements) {
      delegate.goals(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the roadmap's goals. */
    public Builder addAllGoals(Iterable<String> elements) {
      delegate.addAllGoals(elements);
      return this;
    }

    /** Adds an element to the roadmap's tasks. */
    public Builder addTasks(String element) {
      delegate.addTasks(element);
      return this;
    }

    /** Adds these elements to the roadmap's tasks. */
    public Builder addTasks(String... elements) {
      delegate.addTasks(elements);
      return this;
    }

    /** Sets the roadmap's tasks, replacing those set before. */
    public Builder tasks(Iterable<String> elements) {
      delegate.tasks(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the roadmap's tasks. */
    public Builder addAllTasks(Iterable<String> elements) {
      delegate.addAllTasks(elements);
      return this;
    }

    /** Adds an element to the roadmap's notes. */
    public Builder addNotes(String element) {
      delegate.addNotes(element);
      return this;
    }

    /** Adds these elements to the roadmap's notes. */
    public Builder addNotes(String... elements) {
      delegate.addNotes(elements);
      return this;
    }

    /** Sets the roadmap's notes, replacing those set before. */
    public Builder notes(Iterable<String> elements) {
      delegate.notes(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the roadmap's notes. */
    public Builder addAllNotes(Iterable<String> elements) {
      delegate.addAllNotes(elements);
      return this;
    }

    /** Adds an element to the roadmap's columns. */
    public Builder addColumns(String element) {
      delegate.addColumns(element);
      return this;
    }

    /** Adds these elements to the roadmap's columns. */
    public Builder addColumns(String... elements) {
      delegate.addColumns(elements);
      return this;
    }

    /** Sets the roadmap's columns, replacing those set before. */
    public Builder columns(Iterable<String> elements) {
      delegate.columns(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the roadmap's columns. */
    public Builder addAllColumns(Iterable<String> elements) {
      delegate.addAllColumns(elements);
      return this;
    }

    /** Adds an element to the roadmap's year columns. */
    public Builder addYearColumns(int element) {
      delegate.addYearColumns(element);
      return this;
    }

    /** Adds these elements to the roadmap's year columns. */
    public Builder addYearColumns(int... elements) {
      delegate.addYearColumns(elements);
      return this;
    }

    /** Sets the roadmap's year columns, replacing those set before. */
    public Builder yearColumns(Iterable<Integer> elements) {
      delegate.yearColumns(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the roadmap's year columns. */
    public Builder addAllYearColumns(Iterable<Integer> elements) {
      delegate.addAllYearColumns(elements);
      return this;
    }

    /** Adds an element to the roadmap's sections. */
    public Builder addSections(Section element) {
      delegate.addSections(element);
      return this;
    }

    /** Adds these elements to the roadmap's sections. */
    public Builder addSections(Section... elements) {
      delegate.addSections(elements);
      return this;
    }

    /** Sets the roadmap's sections, replacing those set before. */
    public Builder sections(Iterable<? extends Section> elements) {
      delegate.sections(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the roadmap's sections. */
    public Builder addAllSections(Iterable<? extends Section> elements) {
      delegate.addAllSections(elements);
      return this;
    }

    /** Adds an element to the roadmap's reporting duties. */
    public Builder addReportingDuties(Activity element) {
      delegate.addReportingDuties(element);
      return this;
    }

    /** Adds these elements to the roadmap's reporting duties. */
    public Builder addReportingDuties(Activity... elements) {
      delegate.addReportingDuties(elements);
      return this;
    }

    /** Sets the roadmap's reporting duties, replacing those set before. */
    public Builder reportingDuties(Iterable<? extends Activity> elements) {
      delegate.reportingDuties(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the roadmap's reporting duties. */
    public Builder addAllReportingDuties(Iterable<? extends Activity> elements) {
      delegate.addAllReportingDuties(elements);
      return this;
    }

    /** Adds an element to the roadmap's footnotes. */
    public Builder addFootnotes(Footnote element) {
      delegate.addFootnotes(element);
      return this;
    }

    /** Adds these elements to the roadmap's footnotes. */
    public Builder addFootnotes(Footnote... elements) {
      delegate.addFootnotes(elements);
      return this;
    }

    /** Sets the roadmap's footnotes, replacing those set before. */
    public Builder footnotes(Iterable<? extends Footnote> elements) {
      delegate.footnotes(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the roadmap's footnotes. */
    public Builder addAllFootnotes(Iterable<? extends Footnote> elements) {
      delegate.addAllFootnotes(elements);
      return this;
    }

    /** Adds an element to the roadmap's glossary. */
    public Builder addGlossary(GlossaryEntry element) {
      delegate.addGlossary(element);
      return this;
    }

    /** Adds these elements to the roadmap's glossary. */
    public Builder addGlossary(GlossaryEntry... elements) {
      delegate.addGlossary(elements);
      return this;
    }

    /** Sets the roadmap's glossary, replacing those set before. */
    public Builder glossary(Iterable<? extends GlossaryEntry> elements) {
      delegate.glossary(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the roadmap's glossary. */
    public Builder addAllGlossary(Iterable<? extends GlossaryEntry> elements) {
      delegate.addAllGlossary(elements);
      return this;
    }

    /** Adds an element to the roadmap's schools. */
    public Builder addSchools(School element) {
      delegate.addSchools(element);
      return this;
    }

    /** Adds these elements to the roadmap's schools. */
    public Builder addSchools(School... elements) {
      delegate.addSchools(elements);
      return this;
    }

    /** Sets the roadmap's schools, replacing those set before. */
    public Builder schools(Iterable<? extends School> elements) {
      delegate.schools(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the roadmap's schools. */
    public Builder addAllSchools(Iterable<? extends School> elements) {
      delegate.addAllSchools(elements);
      return this;
    }

    /**
     * Builds the roadmap; throws {@link IllegalStateException} if a required attribute is missing.
     */
    public Roadmap build() {
      return delegate.build();
    }
  }
}
