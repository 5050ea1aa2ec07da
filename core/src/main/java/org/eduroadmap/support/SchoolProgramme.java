package org.eduroadmap.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.immutables.value.Value;

/**
 * A school's programme — concept document, medium-term programme or anti-risk programme — as what it
 * is: a roadmap at school level, with its kind, the risk factor an anti-risk programme answers and
 * the indicators measured year by year.
 *
 * <pre>{@code
 * Roadmap plan = Roadmap.builder().title("Антирисковая программа «Низкая учебная мотивация обучающихся»")
 *     .level(RoadmapLevel.SCHOOL).order(order).period(RoadmapPeriod.ofYears(2022, 2023))
 *     .addSections(Section.untitled(activities)).build();
 * SchoolProgramme p = SchoolProgramme.antiRisk("s1-motivation", "МБОУ СОШ № 1", "LOW_MOTIVATION", plan)
 *     .withIndicators(indicator);
 * calculator.schedule(p.roadmap());           // dates as for any roadmap
 * }</pre>
 *
 * <p>It wraps a {@link Roadmap} rather than adding fields to it: the goal, tasks, activities with
 * terms and responsible persons are a roadmap's, so scheduling, validation, calendar export and the
 * roadmap JSON work on {@link #roadmap()} unchanged, and roadmaps that are not programmes (and their
 * JSON) stay as they are. The {@link #id()} names the programme in cascade links and execution
 * records. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SchoolProgramme {

  SchoolProgramme() {}

  /** The programme's name in its cycle: {@code s1-motivation}. */
  public abstract String id();

  /** Which document it is. */
  public abstract ProgrammeKind kind();

  /** The school, by its short name. */
  public abstract String school();

  /** The risk factor an anti-risk programme answers, by code; empty for the other kinds. */
  public abstract Optional<String> riskFactor();

  /** The plan itself: goal, tasks, activities with terms and responsible persons; level SCHOOL. */
  public abstract Roadmap roadmap();

  /** The indicators with baseline, targets and measured values. */
  public abstract List<ProgrammeIndicator> indicators();

  /** The calendar years of the roadmap's period. */
  public List<Integer> years() {
    List<Integer> years = new ArrayList<>();
    for (int y = roadmap().period().first().getYear(); y <= roadmap().period().last().getYear(); y++) {
      years.add(y);
    }
    return years;
  }

  /** The attainment of all its indicators. */
  public Attainment attainment() {
    Attainment a = Attainment.none();
    for (ProgrammeIndicator i : indicators()) {
      a = a.plus(i.attainment());
    }
    return a;
  }

  /** The attainment of all its indicators as known in {@code asOfYear} ({@link ProgrammeIndicator#attainment(int)}). */
  public Attainment attainment(int asOfYear) {
    Attainment a = Attainment.none();
    for (ProgrammeIndicator i : indicators()) {
      a = a.plus(i.attainment(asOfYear));
    }
    return a;
  }

  /**
   * Obtains a concept document or medium-term programme.
   *
   * @throws IllegalArgumentException for {@link ProgrammeKind#ANTI_RISK} (use {@link #antiRisk}) or a
   *     roadmap not at school level
   */
  public static SchoolProgramme of(String id, ProgrammeKind kind, String school, Roadmap roadmap) {
    return builder().id(id).kind(kind).school(school).roadmap(roadmap).build();
  }

  /** Obtains the anti-risk programme of {@code school} answering factor {@code riskFactor}. */
  public static SchoolProgramme antiRisk(String id, String school, String riskFactor, Roadmap roadmap) {
    return builder().id(id).kind(ProgrammeKind.ANTI_RISK).school(school).riskFactor(riskFactor)
        .roadmap(roadmap).build();
  }

  @Value.Check
  void check() {
    if (id().isBlank() || school().isBlank()) {
      throw new IllegalArgumentException("Invalid programme (blank id or school): \"" + id() + "\"");
    }
    if (roadmap().level() != RoadmapLevel.SCHOOL) {
      throw new IllegalArgumentException(
          "Invalid programme " + id() + " (its roadmap must be at level SCHOOL): " + roadmap().level());
    }
    if ((kind() == ProgrammeKind.ANTI_RISK) != riskFactor().isPresent()) {
      throw new IllegalArgumentException("Invalid programme " + id()
          + " (an anti-risk programme, and only it, names the risk factor it answers)");
    }
  }

  /** A copy of this school programme with another id. */
  public SchoolProgramme withId(String id) {
    return immutable().withId(id);
  }

  /** A copy of this school programme with another kind. */
  public SchoolProgramme withKind(ProgrammeKind kind) {
    return immutable().withKind(kind);
  }

  /** A copy of this school programme with another school. */
  public SchoolProgramme withSchool(String school) {
    return immutable().withSchool(school);
  }

  /** A copy of this school programme with this risk factor. */
  public SchoolProgramme withRiskFactor(String riskFactor) {
    return immutable().withRiskFactor(riskFactor);
  }

  /** A copy of this school programme without a risk factor. */
  public SchoolProgramme withoutRiskFactor() {
    return immutable().withRiskFactor(Optional.empty());
  }

  /** A copy of this school programme with another roadmap. */
  public SchoolProgramme withRoadmap(Roadmap roadmap) {
    return immutable().withRoadmap(roadmap);
  }

  /** A copy of this school programme with these indicators. */
  public SchoolProgramme withIndicators(ProgrammeIndicator... indicators) {
    return immutable().withIndicators(indicators);
  }

  /** A copy of this school programme with these indicators. */
  public SchoolProgramme withIndicators(Iterable<? extends ProgrammeIndicator> indicators) {
    return immutable().withIndicators(indicators);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableSchoolProgramme immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableSchoolProgramme) ImmutableSchoolProgramme.copyOf(this);
  }

  /** A builder for all attributes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SchoolProgramme}. */
  public static final class Builder {
    // Wraps the generated builder instead of extending it, so that its setters taking an
    // Optional stay out of the public API; an optional attribute not set is absent.
    private final ImmutableSchoolProgramme.Builder delegate =
        new ImmutableSchoolProgramme.Builder();

    Builder() {}

    /** Copies {@code instance}: its values replace those set; its elements are added. */
    public Builder from(SchoolProgramme instance) {
      delegate.from(instance);
      return this;
    }

    /** Sets the school programme's identifier. */
    public Builder id(String id) {
      delegate.id(id);
      return this;
    }

    /** Sets the school programme's kind. */
    public Builder kind(ProgrammeKind kind) {
      delegate.kind(kind);
      return this;
    }

    /** Sets the school programme's school. */
    public Builder school(String school) {
      delegate.school(school);
      return this;
    }

    /** Sets the school programme's risk factor. */
    public Builder riskFactor(String riskFactor) {
      delegate.riskFactor(riskFactor);
      return this;
    }

    /** Sets the school programme's roadmap. */
    public Builder roadmap(Roadmap roadmap) {
      delegate.roadmap(roadmap);
      return this;
    }

    /** Adds an element to the school programme's indicators. */
    public Builder addIndicators(ProgrammeIndicator element) {
      delegate.addIndicators(element);
      return this;
    }

    /** Adds these elements to the school programme's indicators. */
    public Builder addIndicators(ProgrammeIndicator... elements) {
      delegate.addIndicators(elements);
      return this;
    }

    /** Sets the school programme's indicators, replacing those set before. */
    public Builder indicators(Iterable<? extends ProgrammeIndicator> elements) {
      delegate.indicators(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the school programme's indicators. */
    public Builder addAllIndicators(Iterable<? extends ProgrammeIndicator> elements) {
      delegate.addAllIndicators(elements);
      return this;
    }

    /**
     * Builds the school programme; throws {@link IllegalStateException} if a required attribute is
     * missing.
     */
    public SchoolProgramme build() {
      return delegate.build();
    }
  }
}
